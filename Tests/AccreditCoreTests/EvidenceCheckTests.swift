import AccreditCore
import AccreditTestSupport
import Testing

struct EvidenceCheckTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func report(_ evidence: String, files: [String: String] = ["docs/p.txt": "politik\n"]) throws -> Report {
        try evaluate(PackageBuilder(entries: [evidence], files: files), with: catalogue)
    }

    @Test func freshEvidenceMeetsTheRequirementAndIsLocated() throws {
        let r = try report(#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-06-01"/>"#)
        let result = r.requirement("c.2")
        #expect(result.status == .met)
        #expect(result.location.line == 8)
        #expect(result.findings.map(\.code) == ["evidence.present"])
    }

    @Test func evidenceOlderThanMaxAgeIsStale() throws {
        let r = try report(#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-02-28"/>"#)
        #expect(r.requirement("c.2").status == .notMet)
        #expect(r.requirement("c.2").findings.map(\.code) == ["evidence.stale"])
    }

    @Test func evidenceExactlyMaxAgeOldIsStillValid() throws {
        let r = try report(#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-03-01"/>"#)
        #expect(r.requirement("c.2").status == .met)
    }

    @Test func expiredEvidenceDoesNotCount() throws {
        let r = try report(
            #"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-06-01" expires="2026-02-28"/>"#)
        #expect(r.requirement("c.2").findings.map(\.code) == ["evidence.expired"])
    }

    @Test func evidenceDatedAfterTheAssessmentDoesNotCount() throws {
        let r = try report(#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2026-03-02"/>"#)
        #expect(r.requirement("c.2").findings.map(\.code) == ["evidence.future"])
    }

    @Test func asOfOverridesTheDeclaredAssessmentDate() throws {
        let builder = PackageBuilder(
            entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-06-01"/>"#],
            files: ["docs/p.txt": "x"])
        let later = try evaluate(builder, with: catalogue, asOf: Day(iso: "2026-07-01"))
        #expect(later.assessmentDate.description == "2026-07-01")
        #expect(later.requirement("c.2").findings.map(\.code) == ["evidence.stale"])
    }

    @Test func missingFileIsAGap() throws {
        let r = try report(#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/none.txt" issued="2025-06-01"/>"#)
        #expect(r.requirement("c.2").status == .notMet)
        #expect(r.requirement("c.2").findings.map(\.code) == ["evidence.file-missing"])
    }

    @Test func evidenceOfAnotherKindDoesNotCount() throws {
        let r = try report(#"<evidence id="E1" requirements="c.2" kind="minutes" path="docs/p.txt" issued="2025-06-01"/>"#)
        #expect(r.requirement("c.2").findings.map(\.code) == ["evidence.none"])
        // The finding points at the requirement's own entry in the manifest.
        #expect(r.requirement("c.2").findings[0].location.line == 8)
    }

    @Test func requirementAbsentFromThePackageIsLocatedAtItsClaim() throws {
        let r = try report(#"<evidence id="E1" requirements="c.3" kind="policy" path="docs/p.txt" issued="2025-06-01"/>"#)
        #expect(r.requirement("c.2").findings.map(\.location.line) == [6])
    }

    @Test func checksumMismatchIsAnError() throws {
        let wrong = String(repeating: "a", count: 64)
        let r = try report(
            #"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-06-01" sha256="\#(wrong)"/>"#)
        #expect(r.requirement("c.2").status == .error)
        #expect(r.requirement("c.2").findings.map(\.code) == ["evidence.checksum-mismatch"])
        #expect(r.hasErrors)
        #expect(r.verdict.decision == .undetermined)
    }

    @Test func checksumOfTheActualBytesPasses() throws {
        let digest = try Digest.sha256(of: "politik\n")
        let r = try report(
            #"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-06-01" sha256="\#(digest)"/>"#)
        #expect(r.requirement("c.2").status == .met)
    }

    @Test func oneRuleOfTwoPassingIsPartlyMet() throws {
        let r = try evaluate(PackageBuilder(entries: [#"<answer requirement="s.subset" score="ja"/>"#]), with: catalogue)
        #expect(r.requirement("s.subset").status == .partiallyMet)
    }
}
