import AccreditAuthoring
import AccreditCore
import AccreditTestSupport
import Testing

struct CatalogueDiffTests {
    static let fixture = Fixtures.path("Tests/Fixtures/diff/concern-and-sector")

    static func diff() throws -> CatalogueDiff {
        // The new version has rules no requirement uses any more: load as diff does, without failing on that.
        CatalogueDiff(
            old: CatalogueLoader().loadReporting([fixture + "/old"]).catalogue,
            new: CatalogueLoader().loadReporting([fixture + "/new"]).catalogue)
    }

    static func find(_ diff: CatalogueDiff, _ subject: CatalogueDiff.Subject, _ id: String) -> CatalogueDiff.Difference? {
        diff.differences.first { $0.subject == subject && $0.id == id }
    }

    @Test func identicalVersionsHaveNoDifferences() throws {
        let catalogue = CatalogueLoader().loadReporting([Self.fixture + "/old"]).catalogue
        let diff = CatalogueDiff(old: catalogue, new: catalogue)
        #expect(diff.isEmpty)
        #expect(diff.affected.isEmpty)
        #expect(CatalogueDiff(old: try Fixtures.shippedCatalogue(), new: try Fixtures.shippedCatalogue()).isEmpty)
    }

    @Test func requirementsAddedRemovedAndChangedWithTheFieldsThatChanged() throws {
        let diff = try Self.diff()
        #expect(Self.find(diff, .requirement, "s.new")?.kind == .added)
        #expect(Self.find(diff, .requirement, "s.xpath")?.kind == .removed)
        let title = try #require(Self.find(diff, .requirement, "c.2"))
        #expect(title.kind == .changed && title.owner == "mini-concern")
        #expect(title.changes == [.init(field: .title, language: .en, old: "Competencies", new: "Competences and training")])
        let relation = try #require(Self.find(diff, .requirement, "s.superset"))
        #expect(relation.changes.map(\.field) == [.relations])
        #expect(relation.changes.first?.new == "c.3 subset")
        #expect(Self.find(diff, .standard, "mini-concern")?.changes.map(\.field) == [.version])
    }

    @Test func rulesUsesAndPoliciesThatChanged() throws {
        let diff = try Self.diff()
        let rule = try #require(Self.find(diff, .rule, "score"))
        #expect(rule.owner == "mini-lib")
        #expect(rule.changes.first?.new == "min=51, partialMin=41")
        // A library rule's new default shows on the requirement using it; an argument on its use too.
        #expect(Self.find(diff, .verification, "c.1")?.changes.first?.new.contains("partialMin=41") == true)
        #expect(Self.find(diff, .verification, "c.4")?.changes.first?.new == "doc (kind=agreement, maxAgeDays=365)")
        #expect(Self.find(diff, .verification, "c.2") == nil)
        #expect(Self.find(diff, .verification, "s.new")?.kind == .added)
        let policy = try #require(Self.find(diff, .policy, "mini-sector-rules"))
        #expect(policy.changes == [.init(field: .ready, language: nil, old: "0.8", new: "0.75")])
    }

    @Test func sectorRequirementsRelatedToAChangedConcernRequirementAreAffected() throws {
        let diff = try Self.diff()
        let affected = Dictionary(uniqueKeysWithValues: diff.affected.map { ($0.sector, $0) })
        #expect(affected.keys.sorted() == ["s.equal", "s.intersects", "s.subset"])
        #expect(affected["s.subset"]?.causes.first?.concern == "c.2")
        #expect(affected["s.subset"]?.causes.first?.fields == [.title])
        #expect(affected["s.subset"]?.causes.first?.relation == .subset)
        #expect(affected["s.equal"]?.causes.first?.fields == [.uses])
        // s.superset's own relation changed, but c.3 did not: it is changed, not affected.
        #expect(affected["s.superset"] == nil)
        // s.new is new: listed as added, not as affected.
        #expect(affected["s.new"] == nil)
    }

    @Test func theOrderIsStable() throws {
        let first = try Self.diff()
        let second = try Self.diff()
        #expect(first.differences == second.differences)
        #expect(first.differences.map(\.subject) == first.differences.map(\.subject).sorted())
    }
}
