import AccreditCore
import AccreditReports
import Foundation
import Testing
import ZIPFoundation

/// A package that could not be evaluated still gets its xlsx report, saying why.
struct XLSXFailureReportTests {
    @Test func aFailedCheckGivesAWorkbookSayingWhy() throws {
        let error = AccreditError(
            .malformed, at: SourceLocation(file: "m.xml", line: 3),
            message: LocalisedText(da: "ugyldig XML", en: "malformed XML"),
            hint: LocalisedText(da: "ret filen", en: "fix the file"))
        let failed = FailedCheck(package: "unit", failure: .package([error]))
        let bytes = XLSXReporter().renderFailureUTF8(failed, language: .en)
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let strings = try SpreadsheetReporterTests.text(of: "xl/sharedStrings.xml", in: archive)
        #expect(strings.contains("m.xml:3"))
        #expect(strings.contains("malformed XML — fix the file"))
    }
}
