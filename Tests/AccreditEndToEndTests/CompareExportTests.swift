import AccreditTestSupport
import Foundation
import Testing

/// `accredit compare` on CSV files as Danish Excel saves them, mapped columns, folders, and
/// indicators without a direction.
struct CompareExportTests {
    /// What Excel's "CSV (semikolonsepareret)" writes: Windows-1252, `;`, CRLF, Danish headers,
    /// Danish numbers, a quoted cell with a line break.
    static let danishExport = Array(
        ("Kommune;Nøgletal;År;Værdi;Retning\r\n\"Ærø\r\nKommune\";Udgift pr. borger;2025;\"1.234,5\";lavere\r\n"
            + "Børkop;Udgift pr. borger;2025;1.100,25;lavere\r\nSøby;Udgift pr. borger;2025;72,5;lavere\r\n"
            + "Åby;Udgift pr. borger;2025;2.000;lavere\r\n").unicodeScalars.map { UInt8($0.value) })

    @Test func windows1252ExportFromDanishExcelIsRankedWithDanishNumbers() throws {
        let folder = try TemporaryFolder("compare-export")
        let path = folder.path + "/export.csv"
        try Data(Self.danishExport).write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.accredit(["compare", path, "--lang", "da"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "Udgift pr. borger 2025 (lavere er bedre); gennemsnit 1.101,81")
        #expect(lines[1].contains("Søby") && lines[1].contains("72,5") && lines[1].contains("grøn"))
        #expect(lines.last { $0.contains("1.234,5") }?.contains("gul") == true)
        #expect(lines.contains { $0.contains("2.000") && $0.contains("rød") }, "2.000 is two thousand in a Danish file")
    }

    @Test(arguments: [
        ("da", "nodir.csv:2: nøgletallet x har ingen retning"), ("en", "nodir.csv:2: the indicator x has no direction"),
    ])
    func missingDirectionIsRefusedAtItsLine(_ language: String, _ expected: String) throws {
        let folder = try TemporaryFolder("compare-nodir")
        let path = try folder.write("nodir.csv", "unit;indicator;period;value\nA;x;2025;1\nB;x;2025;2\n")
        let result = try CommandRunner.accredit(["compare", path, "--lang", language])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func columnsAreMappedWithAnOption() throws {
        let folder = try TemporaryFolder("compare-map")
        let path = try folder.write("k.csv", "Enhed,KPI,Aar,Tal,Retning\nA,x,2025,3.5,higher\nB,x,2025,4,higher\n")
        let refused = try CommandRunner.accredit(["compare", path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("k.csv:1: the header lacks the column(s) indicator, period, value"), "\(refused.stderr)")
        let result = try CommandRunner.accredit([
            "compare", path, "--column", "indicator=KPI", "--column", "period=Aar", "--column", "value=Tal", "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("x,2025,higher,B,4,1,"))
        let bad = try CommandRunner.accredit(["compare", path, "--column", "colour=Farve"])
        #expect(bad.status == 64)
    }

    @Test func aFolderIsReadAsCheckReadsOne() throws {
        let folder = try TemporaryFolder("compare-folder")
        try Data(Self.danishExport).write(to: URL(fileURLWithPath: folder.path + "/a.csv"))
        _ = try folder.write("b.csv", "unit,indicator,period,value,direction\nA,x,2025,1,higher\n")
        let result = try CommandRunner.accredit(["compare", folder.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Udgift pr. borger,2025,lower,Søby,72.5,1,"))
        #expect(result.stdout.contains("x,2025,higher,A,1,1,"))
    }
}
