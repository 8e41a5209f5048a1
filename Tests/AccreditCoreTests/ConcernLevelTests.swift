import AccreditCore
import AccreditTestSupport
import Testing

/// A sector unit that refers to the concern level's own package is judged as if one package
/// held both levels: the same inherited statuses, the same overlaps, without copying evidence.
struct ConcernLevelTests {
    let catalogue: Catalogue

    /// Concern entries, sector entries: one combined package, and the same split in two.
    private let concernEntries: [String]
    private let sectorEntries = [
        #"<answer requirement="s.equal" score="nej"/>"#, #"<answer requirement="s.superset" score="ja"/>"#,
        #"<answer requirement="s.intersects" score="ja"/>"#,
    ]

    init() throws {
        catalogue = try Fixtures.miniCatalogue()
        concernEntries = [
            #"<evidence id="E1" requirements="c.1" kind="policy" path="p.txt" issued="2025-06-01"/>"#,
            #"<answer requirement="c.1" score="60"/>"#,
            #"<evidence id="E2" requirements="c.2" kind="policy" path="p.txt" issued="2025-06-01"/>"#,
            #"<evidence id="E3" requirements="c.3" kind="policy" path="p.txt" issued="2025-06-01"/>"#,
        ]
    }

    @Test func aSeparateConcernPackageGivesTheStatusesOfACombinedOne() throws {
        let combined = try PackageBuilder(entries: concernEntries + sectorEntries, files: ["p.txt": "x"]).write()
        var concernOnly = PackageBuilder(entries: concernEntries, files: ["p.txt": "x"])
        concernOnly.unit = #"<unit id="koncern" name="Koncernen" level="concern"/>"#
        concernOnly.claims = [#"<claim standard="mini-concern" version="1"/>"#]
        var sectorOnly = PackageBuilder(entries: sectorEntries)
        sectorOnly.claims = [#"<claim standard="mini-sector" version="2"/>"#]
        let concernFolder = try concernOnly.write()
        let sectorFolder = try sectorOnly.write()

        let whole = try PackageCheck(catalogue: catalogue).check(.folder(combined.path)).get()
        var check = PackageCheck(catalogue: catalogue)
        check.concern = try check.concernLevel(.folder(concernFolder.path)).get()
        let split = try check.check(.folder(sectorFolder.path)).get()

        #expect(split.requirement("s.subset").status == .inherited, "c.2 is met at concern level")
        for result in whole.requirements where result.level == .sector {
            #expect(split.requirement(result.id).status == result.status, "\(result.id)")
        }
        let states = { (report: Report) in report.overlaps.map { "\($0.concern) \($0.sector) \($0.state)" } }
        #expect(states(split) == states(whole))
        #expect(split.sectorOwes == whole.sectorOwes)
        #expect(!split.requirements.contains { $0.level == .concern }, "the sector's report judges only the sector")
    }

    @Test func withoutTheConcernLevelNothingIsInherited() throws {
        var sectorOnly = PackageBuilder(entries: sectorEntries)
        sectorOnly.claims = [#"<claim standard="mini-sector" version="2"/>"#]
        let folder = try sectorOnly.write()
        let report = try PackageCheck(catalogue: catalogue).check(.folder(folder.path)).get()
        #expect(report.requirement("s.subset").status == .notMet)
        #expect(report.overlaps.isEmpty)
    }

    @Test func aBrokenConcernPackageIsAFailureOfItsOwn() throws {
        let folder = try PackageBuilder(entries: ["<broken"]).write()
        let result = PackageCheck(catalogue: catalogue).concernLevel(.folder(folder.path))
        guard case .failure(.package(let errors)) = result else {
            Issue.record("expected a package failure, got \(result)")
            return
        }
        #expect(errors.first?.location?.file.hasSuffix("manifest.xml") == true)
    }
}
