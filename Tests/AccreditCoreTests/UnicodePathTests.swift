import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// Evidence names with letters like å and é match the file on disk whether the manifest and
/// the file system write them precomposed (NFC) or decomposed (NFD, as macOS names files).
struct UnicodePathTests {
    private static let nfc = "docs/\u{00E5}rsplan-caf\u{00E9}.txt"
    private static let nfd = "docs/a\u{030A}rsplan-cafe\u{0301}.txt"

    @Test(arguments: [(nfd, nfc), (nfc, nfd)])
    func evidenceNameMatchesTheFileInEitherNormalForm(_ written: String, _ onDisk: String) throws {
        let folder = try PackageBuilder(entries: [
            #"<evidence id="E1" requirements="c.2" kind="policy" path="\#(written)" issued="2025-06-01"/>"#
        ]).write()
        try FileManager.default.createDirectory(atPath: folder.path + "/docs", withIntermediateDirectories: true)
        let file = folder.path + "/" + onDisk
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(fd >= 0)
        close(fd)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/docs")
        #expect(
            names.count == 1 && names[0].utf8.elementsEqual(URL(fileURLWithPath: onDisk).lastPathComponent.utf8),
            "the file system kept the form it was given")
        let report = try Evaluator(catalogue: try Fixtures.miniCatalogue()).evaluate(try PackageLoader().load(folder.path))
        #expect(report.requirement("c.2").status == .met, "\(report.requirement("c.2").findings.map(\.message))")
    }
}
