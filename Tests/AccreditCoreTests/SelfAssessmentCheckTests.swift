import AccreditCore
import AccreditTestSupport
import Testing

struct SelfAssessmentCheckTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func c1(_ answer: String) throws -> Report.RequirementResult {
        let builder = PackageBuilder(
            entries: [
                #"<evidence id="E1" requirements="c.1" kind="policy" path="p.txt" issued="2025-06-01"/>"#, answer,
            ], files: ["p.txt": "x"])
        return try evaluate(builder, with: catalogue).requirement("c.1")
    }

    @Test func scoreWithAllLowerPhasesMeets() throws {
        #expect(try c1(#"<answer requirement="c.1" score="62" phases="plan do check"/>"#).status == .met)
    }

    @Test func scoreWithoutPhasesIsJudgedOnTheScore() throws {
        #expect(try c1(#"<answer requirement="c.1" score="51"/>"#).status == .met)
    }

    /// CAF classical scoring is cumulative: CHECK without DO is not allowed.
    @Test func skippedPhaseBreaksTheCumulativeRule() throws {
        let result = try c1(#"<answer requirement="c.1" score="62" phases="plan check"/>"#)
        #expect(result.status == .partiallyMet)
        #expect(result.findings.contains { $0.code == "answer.not-cumulative" && $0.message.text(.en).contains("do") })
    }

    @Test(arguments: [("50", RequirementStatus.partiallyMet), ("31", .partiallyMet), ("30", .partiallyMet), ("71", .met)])
    func bandBoundaries(_ score: String, _ expected: RequirementStatus) throws {
        // c.1 also has a passing evidence rule, so a failing score still leaves it partly met.
        let result = try c1(#"<answer requirement="c.1" score="\#(score)"/>"#)
        #expect(result.status == expected)
        let codes = result.findings.map(\.code)
        #expect(codes.contains("answer.sufficient") == (expected == .met))
    }

    @Test(arguments: ["55.5", "101", "-1", "high"])
    func scoresMustBeWholeNumbersInRange(_ score: String) throws {
        #expect(try c1(#"<answer requirement="c.1" score="\#(score)"/>"#).findings.contains { $0.code == "answer.out-of-scale" })
    }

    @Test func ordinalValueThatMeets() throws {
        let r = try evaluate(PackageBuilder(entries: [#"<answer requirement="s.equal" score="ja"/>"#]), with: catalogue)
        #expect(r.requirement("s.equal").status == .met)
    }

    @Test func ordinalNotApplicableNeedsAnExemption() throws {
        let r = try evaluate(PackageBuilder(entries: [#"<answer requirement="s.equal" score="irrelevant"/>"#]), with: catalogue)
        #expect(r.requirement("s.equal").status == .notMet)
        #expect(r.requirement("s.equal").findings.map(\.code) == ["answer.not-applicable-undeclared"])
    }

    @Test func unknownOrdinalValueIsNamed() throws {
        let r = try evaluate(PackageBuilder(entries: [#"<answer requirement="s.equal" score="maybe"/>"#]), with: catalogue)
        let message = try #require(r.requirement("s.equal").findings.first).message.text(.en)
        #expect(message.contains("ja, nej, irrelevant"))
    }
}
