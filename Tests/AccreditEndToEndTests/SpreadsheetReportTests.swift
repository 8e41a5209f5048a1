import AccreditTestSupport
import Foundation
import Testing

/// The spreadsheet reports from the command line: xlsx needs a file and is written whole.
struct SpreadsheetReportTests {
    @Test(arguments: [["--format", "xlsx"], ["--report", "xlsx"], ["--format", "xlsx", "-o", "-"]])
    func xlsxToStandardOutputIsRefusedWith64(_ arguments: [String]) throws {
        let result = try CommandRunner.accredit(["check", "examples/overlap-sundhed"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("xlsx is a binary format"), "\(result.stderr)")
    }

    @Test func xlsxIsWrittenWholeWithTheFormatAndOutputShorthands() throws {
        let folder = try TemporaryFolder("xlsx")
        let path = folder.path + "/out/report.xlsx"
        let result = try CommandRunner.accredit([
            "check", "examples/overlap-sundhed", "--lang", "da", "--format", "xlsx", "-o", path,
        ])
        #expect(result.stdout.isEmpty)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(bytes.starts(with: Array("PK\u{3}\u{4}".utf8)))
        #expect(bytes.count > 10_000)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out")
        #expect(left == ["report.xlsx"], "no temporary file left beside it: \(left)")
    }

    @Test func danishCSVOnStandardOutputBeginsWithAByteOrderMarkAndSemicolons() throws {
        let result = try CommandRunner.accredit(["check", "examples/overlap-sundhed", "--lang", "da", "--format", "csv"])
        #expect(result.stdout.hasPrefix("\u{FEFF}Organisation;Enhed;"))
    }
}
