import AccreditCore
import AccreditTestSupport
import Testing

/// One test per overlap state, on the mini standards where s.X relates to c.N with type X.
struct OverlapTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func doc(_ requirement: String, id: String) -> String {
        #"<evidence id="\#(id)" requirements="\#(requirement)" kind="policy" path="p.txt" issued="2025-06-01"/>"#
    }

    private func run(_ entries: [String]) throws -> Report {
        try evaluate(PackageBuilder(entries: entries, files: ["p.txt": "x"]), with: catalogue)
    }

    @Test func undocumentedSectorRequirementInheritsFromAMetConcernSubset() throws {
        let r = try run([doc("c.2", id: "E1")])
        #expect(r.requirement("s.subset").status == .inherited)
        #expect(r.requirement("s.subset").findings.last?.code == "inherited")
        #expect(r.overlap(sector: "s.subset")?.state == .inherited)
    }

    @Test func documentingBothLevelsOfAnEqualRelationIsDuplicateWork() throws {
        let r = try run([
            doc("c.1", id: "E1"), #"<answer requirement="c.1" score="60"/>"#, #"<answer requirement="s.equal" score="ja"/>"#,
        ])
        #expect(r.overlap(sector: "s.equal")?.state == .duplicated)
    }

    @Test func bothMetUnderSupersetIsComplementary() throws {
        let r = try run([doc("c.3", id: "E1"), #"<answer requirement="s.superset" score="ja"/>"#])
        #expect(r.overlap(sector: "s.superset")?.state == .complementary)
    }

    @Test func metConcernAndFailingDocumentedSectorConflict() throws {
        let r = try run([
            doc("c.1", id: "E1"), #"<answer requirement="c.1" score="60"/>"#, #"<answer requirement="s.equal" score="nej"/>"#,
        ])
        #expect(r.requirement("s.equal").status == .notMet)
        #expect(r.overlap(sector: "s.equal")?.state == .conflicting)
    }

    @Test func metSectorWithUnmetConcernIsAConcernGap() throws {
        let r = try run([#"<answer requirement="s.intersects" score="ja"/>"#])
        #expect(r.overlap(sector: "s.intersects")?.state == .concernGap)
    }

    @Test func intersectingConcernDoesNotCoverTheSector() throws {
        let r = try run([doc("c.4", id: "E1"), #"<answer requirement="s.intersects" score="nej"/>"#])
        #expect(r.overlap(sector: "s.intersects")?.state == .sectorOwes)
        #expect(r.sectorOwes.contains("s.intersects"))
    }

    @Test func undocumentedIntersectingRequirementIsNotInherited() throws {
        let r = try run([doc("c.4", id: "E1")])
        #expect(r.requirement("s.intersects").status == .notMet)
        #expect(r.overlap(sector: "s.intersects")?.state == .sectorOwes)
    }

    @Test func exemptSideIsNotComparable() throws {
        let exemption =
            #"<exemption requirement="s.superset" type="not-applicable" approvedBy="Chef" approved="2026-01-01"><justification>Ingen</justification></exemption>"#
        let r = try run([doc("c.3", id: "E1"), exemption])
        #expect(r.requirement("s.superset").status == .notApplicable)
        #expect(r.overlap(sector: "s.superset")?.state == .notComparable)
    }

    @Test func relationsCountOnlyWhenBothStandardsAreClaimed() throws {
        var builder = PackageBuilder(entries: [], files: ["p.txt": "x"])
        builder.claims = [#"<claim standard="mini-sector" version="2"/>"#]
        let r = try evaluate(builder, with: catalogue)
        #expect(r.overlaps.isEmpty)
        #expect(r.requirement("s.subset").status == .notMet)
    }
}
