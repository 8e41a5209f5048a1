import Testing

@testable import AccreditReports

/// Every CSV accredit writes goes through `CSVWriter`: text fields are quoted as RFC 4180 says
/// and defused against spreadsheet formulas; numbers the renderer made stay numbers.
struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("Kvalitet, tværs", #""Kvalitet, tværs""#),
        (#"sagde "ja""#, #""sagde ""ja""""#),
        ("linje 1\nlinje 2", "\"linje 1\nlinje 2\""),
        ("linje 1\r\nlinje 2", "\"linje 1\r\nlinje 2\""),
        ("=HYPERLINK(\"x\")", #""'=HYPERLINK(""x"")""#),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("æøå ÆØÅ", "æøå ÆØÅ"),
    ])
    func textFieldsAreQuotedAndDefusedAgainstFormulas(_ input: String, _ expected: String) {
        #expect(CSVWriter.field(input) == expected)
    }

    @Test func rowsAreSeparatedByCommasAndEndedByTheLineEnd() {
        var crlf = CSVWriter(lineEnd: "\r\n")
        crlf.row(texts: ["a", "b, c"])
        crlf.row([.text("-1"), .number("-1")])
        #expect(crlf.text == "a,\"b, c\"\r\n'-1,-1\r\n")
        var lf = CSVWriter(lineEnd: "\n")
        lf.row(texts: [])
        lf.row(texts: ["x"])
        #expect(lf.text == "\nx\n")
    }

    @Test func excelDialectSeparatesBySemicolonsWithADecimalCommaAfterAByteOrderMark() {
        var excel = CSVWriter(lineEnd: "\r\n", dialect: .excel)
        excel.row([
            .text("Værktøj"), .text("a; b"), .text("a, b"), .decimal(72.46, fractionDigits: 1),
            .decimal(1234.5, fractionDigits: 1),
        ])
        #expect(excel.text == "\u{FEFF}Værktøj;\"a; b\";a, b;72,5;1234,5\r\n")
        var plain = CSVWriter(lineEnd: "\r\n", dialect: .rfc4180)
        plain.row([
            .text("a; b"), .decimal(72.46, fractionDigits: 1), .decimal(-0.04, fractionDigits: 1), .decimal(3, fractionDigits: 1),
        ])
        #expect(plain.text == "a; b,72.5,0,3\r\n")
    }

    @Test func danishPrefersExcelsDialect() {
        #expect(CSVDialect.preferred(for: .da) == .excel)
        #expect(CSVDialect.preferred(for: .en) == .rfc4180)
    }
}
