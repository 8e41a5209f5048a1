import AccreditAuthoring
import AccreditCore
import AccreditReports
import AccreditTestSupport
import Testing

/// The catalogue-diff renderers give the golden files of `accredit diff` in-process.
struct CatalogueDiffGoldenTests {
    static let fixture = "Tests/Fixtures/diff/concern-and-sector"

    static func diff() throws -> CatalogueDiff {
        let old = CatalogueLoader().loadReporting([Fixtures.path(fixture + "/old")]).catalogue
        let new = CatalogueLoader().loadReporting([Fixtures.path(fixture + "/new")]).catalogue
        return CatalogueDiff(old: old, new: new)
    }

    @Test(arguments: [
        (CatalogueDiffFormat.text, Language.en, "diff.en.txt"), (.text, .da, "diff.da.txt"),
        (.json, .en, "diff.json"),
    ])
    func matchesTheGolden(_ format: CatalogueDiffFormat, _ language: Language, _ golden: String) throws {
        // The names as `accredit diff` shows them: the arguments as given, from the repository root.
        let renderer = format.renderer(old: Self.fixture + "/old", new: Self.fixture + "/new")
        let text = renderer.render(try Self.diff(), language: language)
        if let difference = Golden.compare(text, to: Fixtures.path(Self.fixture + "/expected/" + golden)) {
            Issue.record("\(difference)")
        }
    }
}
