import AccreditCore
import AccreditReports
import AccreditTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import AccreditReports

/// The spreadsheet reports: the CSV in Excel's Danish dialect or RFC 4180's, and the xlsx
/// workbook. `scripts/ci/check-spreadsheets.sh` reads them back in LibreOffice and openpyxl.
struct SpreadsheetReporterTests {
    @Test func danishCSVIsInExcelsDialectAndEnglishInRFC4180s() throws {
        let report = try ReporterTests.example("overlap-sundhed")
        let danish = CSVReporter().renderUTF8(report, language: .da)
        #expect(danish.starts(with: [0xEF, 0xBB, 0xBF]), "a UTF-8 byte-order mark, so Excel does not read cp1252")
        let danishText = String(decoding: danish.dropFirst(3), as: UTF8.self)
        #expect(danishText.hasPrefix("Organisation;Enhed;Enhedens navn;Periode fra;"))
        #expect(danishText.contains(";Værktøj\r\n"))
        #expect(danishText.contains(";2026-03-01;accredit "))

        let english = CSVReporter().render(report, language: .en)
        #expect(english.hasPrefix("Organisation,Unit,Unit name,Period from,"))
        #expect(!english.hasPrefix("\u{FEFF}"))
    }

    @Test func dialectCanBeChosenWhateverTheLanguage() throws {
        let report = try ReporterTests.example("overlap-sundhed")
        #expect(ReportFormat.csvExcel.reporter.render(report, language: .en).hasPrefix("\u{FEFF}Organisation;Unit;"))
        #expect(ReportFormat.csvRFC4180.reporter.render(report, language: .da).hasPrefix("Organisation,Enhed,"))
    }

    @Test func shareFulfilledIsANumberWithTheDialectsDecimalMark() throws {
        let report = try ReporterTests.example("overlap-sundhed")
        let standard = try #require(report.standards.first { $0.fulfilled * 10 % $0.assessable != 0 })
        let share = try #require(SpreadsheetWording.fulfilledPercent(standard))
        let english = String(format: "%.1f", share)
        let rows = CSVReporter(dialect: .excel).render(report, language: .da).components(separatedBy: "\r\n")
        #expect(rows.contains { $0.contains(";" + english.replacingOccurrences(of: ".", with: ",") + ";") })
        let plain = CSVReporter(dialect: .rfc4180).render(report, language: .da)
        #expect(plain.contains("," + english + ","))
    }

    @Test func xlsxIsAZipWithTheSheetsInTheReportsLanguage() throws {
        let report = try ReporterTests.example("overlap-sundhed")
        for (language, sheets) in [
            (Language.da, ["Overblik", "Krav", "Fund", "Overlap"]),
            (.en, ["Summary", "Requirements", "Findings", "Overlaps"]),
        ] {
            let bytes = XLSXReporter().renderUTF8(report, language: language)
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            let names = Set(archive.map(\.path))
            for part in ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml", "docProps/core.xml"]
                + (1...4).map({ "xl/worksheets/sheet\($0).xml" })
            {
                #expect(names.contains(part), "\(part)")
            }
            let workbook = try Self.text(of: "xl/workbook.xml", in: archive)
            for sheet in sheets { #expect(workbook.contains("name=\"\(sheet)\""), "\(sheet)") }
            let requirements = try Self.text(of: "xl/worksheets/sheet2.xml", in: archive)
            #expect(requirements.contains("<pane ySplit=\"1\" topLeftCell=\"A2\""), "the header row is frozen")
            #expect(requirements.contains("<autoFilter ref=\"A1:S\(report.requirements.count + 1)\""))
            #expect(workbook.contains("_xlnm._FilterDatabase"))
            let core = try Self.text(of: "docProps/core.xml", in: archive)
            #expect(core.contains("2026-03-01T00:00:00Z"), "the creation time is the assessment date, not the clock")
        }
    }

    @Test func xlsxIsByteIdenticalForTheSameReport() throws {
        let report = try ReporterTests.example("overlap-sundhed")
        let first = XLSXReporter().renderUTF8(report, language: .da)
        #expect(first == XLSXReporter().renderUTF8(try ReporterTests.example("overlap-sundhed"), language: .da))
        #expect(first.starts(with: Array("PK\u{3}\u{4}".utf8)))
    }

    @Test func xlsxCutsTextsLongerThanACellMayHoldAndKeepsHostileTextAsText() throws {
        var report = try ReporterTests.hostile()
        report.package.unitName = "=HYPERLINK(\"http://x\")" + String(repeating: "æ", count: 40_000)
        let bytes = XLSXReporter().renderUTF8(report, language: .da)
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let strings = try Self.text(of: "xl/sharedStrings.xml", in: archive)
        #expect(strings.contains("=HYPERLINK(&quot;http://x&quot;)") || strings.contains("=HYPERLINK(\"http://x\")"))
        // In bytes ("æ" is two): cut, the name takes 65,532; whole it would take 80,000.
        #expect(strings.utf8.count > 65_532 && strings.utf8.count < 75_000, "\(strings.utf8.count)")
        #expect(strings.contains("æ…"))
        let sheets = try (1...4).map { try Self.text(of: "xl/worksheets/sheet\($0).xml", in: archive) }
        #expect(!sheets.contains { $0.contains("<f>") }, "no cell is a formula")
    }

    static func text(of part: String, in archive: Archive) throws -> String {
        let entry = try #require(archive[part])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
