import AccreditCore
import AccreditTestSupport
import Testing

struct StatusAndVerdictTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func docs(_ requirements: [String]) -> [String] {
        requirements.enumerated().map { index, id in
            #"<evidence id="E\#(index)" requirements="\#(id)" kind="policy" path="p.txt" issued="2025-06-01"/>"#
        }
    }

    private func concernOnly(_ entries: [String]) throws -> Report {
        var builder = PackageBuilder(entries: entries, files: ["p.txt": "x"])
        builder.claims = [#"<claim standard="mini-concern" version="1"/>"#]
        return try evaluate(builder, with: catalogue)
    }

    @Test func everythingMetIsReady() throws {
        let r = try concernOnly(docs(["c.1", "c.2", "c.3", "c.4"]) + [#"<answer requirement="c.1" score="80"/>"#])
        #expect(r.verdict.decision == .ready)
        #expect(r.verdict.toChange.isEmpty)
    }

    @Test func failingCriticalRequirementIsNotReadyWhateverTheShare() throws {
        let r = try concernOnly(docs(["c.2", "c.3", "c.4"]))
        #expect(r.verdict.decision == .notReady)
        #expect(r.verdict.toChange == ["c.1"])
        #expect(r.verdict.reasons.first?.text(.en).contains("critical") == true)
    }

    @Test func shareBetweenThresholdsIsReadyWithRemarksAndNamesTheGap() throws {
        let r = try concernOnly(docs(["c.1", "c.2", "c.3"]) + [#"<answer requirement="c.1" score="80"/>"#])
        #expect(r.verdict.decision == .readyWithRemarks)
        #expect(r.verdict.toChange == ["c.4"])
    }

    @Test func belowTheRemarksShareNamesTheSmallestSetToFix() throws {
        // c.1 met; 1 of 4 < 0.5 × 4 = 2, so one more must be fixed.
        let r = try concernOnly(docs(["c.1"]) + [#"<answer requirement="c.1" score="80"/>"#])
        #expect(r.verdict.decision == .notReady)
        #expect(r.verdict.toChange == ["c.2"])
    }

    @Test func validExemptionsLeaveTheShare() throws {
        let waiver =
            #"<exemption requirement="c.4" type="waiver" approvedBy="Direktør" approved="2026-01-10" expires="2026-12-31"><justification>Ny organisation</justification></exemption>"#
        let r = try concernOnly(docs(["c.1", "c.2", "c.3"]) + [#"<answer requirement="c.1" score="80"/>"#, waiver])
        #expect(r.requirement("c.4").status == .waived)
        #expect(r.verdict.decision == .ready)
    }

    @Test func expiredWaiverNoLongerApplies() throws {
        let waiver =
            #"<exemption requirement="c.4" type="waiver" approvedBy="Direktør" approved="2025-01-10" expires="2026-01-31"><justification>Ny organisation</justification></exemption>"#
        let r = try concernOnly(docs(["c.1", "c.2", "c.3"]) + [#"<answer requirement="c.1" score="80"/>"#, waiver])
        #expect(r.requirement("c.4").status == .notMet)
        #expect(r.requirement("c.4").findings.map(\.code) == ["exemption.expired", "evidence.none"])
    }

    @Test func manualRequirementIsNotAssessed() throws {
        let r = try evaluate(PackageBuilder(), with: catalogue)
        #expect(r.requirement("s.manual").status == .notAssessed)
        #expect(r.summary[.notAssessed] == 1)
    }

    @Test func summaryCountsEveryStatus() throws {
        let r = try evaluate(PackageBuilder(), with: catalogue)
        #expect(r.summary.keys.count == RequirementStatus.allCases.count)
        #expect(r.summary.values.reduce(0, +) == r.requirements.count)
    }

    @Test func unknownStandardCannotBeEvaluated() throws {
        var builder = PackageBuilder()
        builder.claims = [#"<claim standard="dagtilbud" version="1"/>"#]
        #expect {
            _ = try evaluate(builder, with: catalogue)
        } throws: { error in
            let problem = (error as? AccreditErrors)?.errors.first
            return problem?.location?.line == 6 && problem?.message.text(.en) == "unknown standard \"dagtilbud\""
        }
    }

    @Test func claimedVersionMustMatch() throws {
        var builder = PackageBuilder()
        builder.claims = [#"<claim standard="mini-sector" version="1"/>"#]
        #expect(throws: AccreditErrors.self) { _ = try evaluate(builder, with: catalogue) }
    }
}

struct ManifestGrammarTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func refusal(_ builder: PackageBuilder) throws -> AccreditError? {
        do {
            _ = try evaluate(builder, with: catalogue)
            return nil
        } catch {
            return (error as? AccreditErrors)?.errors.first
        }
    }

    @Test(arguments: [
        (#"<evidence id="E1" requirements="c.2" kind="policy" issued="2025-06-01"/>"#, "lacks the attribute path"),
        (#"<evidence id="E1" requirements="c.2" kind="policy" path="p" issued="2025-06-01" sha256="abc"/>"#, "64 hexadecimal"),
        (#"<indicator id="i" value="12,5" unit="%" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#, "decimal"),
        (
            #"<exemption requirement="c.2" type="forever" approvedBy="X" approved="2026-01-01"><justification>j</justification></exemption>"#,
            "one of not-applicable, waiver"
        ),
        (#"<exemption requirement="c.2" type="waiver" approvedBy="X" approved="2026-01-01"/>"#, "lacks <justification>"),
        (#"<answer requirement="c.2" score="1" colour="red"/>"#, "unknown attribute colour"),
        (#"<note>hi</note>"#, "unknown element <note>"),
        (#"<unit id="again" name="Igen"/>"#, "out of place"),
        (
            #"<evidence id="E1" requirements="c.2 -c.3" kind="policy" path="p" issued="2025-06-01"/>"#,
            "space-separated list of ids"
        ),
        (#"<evidence id="E1" requirements="  " kind="policy" path="p" issued="2025-06-01"/>"#, "space-separated list of ids"),
        (
            #"<evidence id="E1" requirements="c.2 c/3" kind="policy" path="p" issued="2025-06-01"/>"#,
            "space-separated list of ids"
        ),
        (
            #"<evidence id="E1" requirements="c.2" kind="policy" path="p" issued="2025-06-01"><title>a</title><title>b</title></evidence>"#,
            "<title> is not allowed here"
        ),
    ])
    func manifestGrammarViolationsAreLocated(_ entry: String, _ expected: String) throws {
        let error = try #require(try refusal(PackageBuilder(entries: [entry])))
        #expect(error.location?.line == 8)
        #expect(error.message.text(.en).contains(expected))
    }

    /// Lists are split on spaces however many; checksums are compared in lower case.
    @Test func requirementListsAndChecksumsAreReadAsTheSchemaAllows() throws {
        let folder = try PackageBuilder(entries: [
            #"<evidence id="E1" requirements="  c.2   c.2b " kind="policy" path="p" issued="2025-06-01" sha256="ABCDEF0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789"/>"#
        ]).write()
        try withExtendedLifetime(folder) {
            let evidence = try #require(try PackageLoader().load(folder.path).package.evidence.first)
            #expect(evidence.requirements == ["c.2", "c.2b"])
            #expect(evidence.sha256 == "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789")
        }
    }

    @Test func answerForAStandardNotClaimedIsRefused() throws {
        var builder = PackageBuilder(entries: [#"<answer requirement="c.1" score="60"/>"#])
        builder.claims = [#"<claim standard="mini-sector" version="2"/>"#]
        let error = try #require(try refusal(builder))
        #expect(error.message.text(.en) == "requirement \"c.1\" belongs to mini-concern, which the package does not claim")
    }
}
