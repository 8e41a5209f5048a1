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
}
