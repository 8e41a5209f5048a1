import AccreditCore
import AccreditTestSupport
import Testing

struct IndicatorCheckTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func waiting(_ value: String, unit: String = "dage", end: String = "2025-12-31") throws -> Report.RequirementResult {
        let entry = #"<indicator id="ventetid" value="\#(value)" unit="\#(unit)" periodStart="2025-01-01" periodEnd="\#(end)"/>"#
        return try evaluate(PackageBuilder(entries: [entry]), with: catalogue).requirement("s.indicator")
    }

    /// Lower is better for waiting time: the threshold itself still meets the target.
    @Test(arguments: [("12", RequirementStatus.met), ("14", .met), ("14.5", .notMet), ("30", .notMet)])
    func lowerIsBetter(_ value: String, _ expected: RequirementStatus) throws {
        #expect(try waiting(value).status == expected)
    }

    @Test func missedTargetSaysValueAndTarget() throws {
        let finding = try #require(try waiting("20").findings.first)
        #expect(finding.code == "indicator.missed")
        #expect(finding.message.text(.en) == "ventetid = 20 dage misses the target ≤ 14")
        #expect(finding.location.line == 8)
    }

    @Test func unitMustMatch() throws {
        #expect(try waiting("1", unit: "uger").findings.map(\.code) == ["indicator.unit"])
    }

    @Test func periodEndingAfterTheAssessmentDateIsRefused() throws {
        #expect(try waiting("1", end: "2026-06-30").findings.map(\.code) == ["indicator.future"])
    }

    @Test func missingIndicatorIsAGap() throws {
        let r = try evaluate(PackageBuilder(), with: catalogue)
        #expect(r.requirement("s.indicator").findings.map(\.code) == ["indicator.missing"])
    }
}

struct XPathCheckTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    @Test func assertionHoldsForAOneYearPeriod() throws {
        let r = try evaluate(PackageBuilder(), with: catalogue)
        #expect(r.requirement("s.xpath").status == .met)
    }

    @Test func catalogueWithXPathRulesAsksForTheManifestToBeKept() throws {
        #expect(catalogue.queriesManifest(claiming: ["mini-sector"]))
        #expect(!withoutXPath.queriesManifest(claiming: ["mini-sector"]))
        #expect(!catalogue.queriesManifest(claiming: []))
    }

    /// Evaluation leaves the loaded package as it was: XPath rules still work after an
    /// evaluation without them. Only an explicit release drops the manifest, and XPath rules
    /// after that are errors, not a crash.
    @Test func onlyAnExplicitReleaseDropsTheManifest() throws {
        let folder = try PackageBuilder().write()
        try withExtendedLifetime(folder) {
            let loaded = try PackageLoader().load(folder.path)
            _ = try Evaluator(catalogue: withoutXPath).evaluate(loaded)
            #expect(try Evaluator(catalogue: catalogue).evaluate(loaded).requirement("s.xpath").status == .met)
            loaded.releaseManifest()
            #expect(try Evaluator(catalogue: catalogue).evaluate(loaded).requirement("s.xpath").status == .error)
        }
    }

    private var withoutXPath: Catalogue {
        var result = catalogue
        for (id, set) in result.ruleSets {
            result.ruleSets[id]?.verifications = set.verifications.mapValues { $0.filter { $0.rule.check != .xpath } }
        }
        return result
    }

    @Test func failingAssertionGivesTheRulesMessage() throws {
        var builder = PackageBuilder()
        builder.assessment = #"<assessment date="2026-03-01" periodStart="2024-01-01" periodEnd="2025-12-31"/>"#
        let result = try evaluate(builder, with: catalogue).requirement("s.xpath")
        #expect(result.status == .notMet)
        #expect(result.findings.first?.message.text(.da) == "perioden er længere end et år")
        #expect(result.findings.first?.message.text(.en) == "the period is longer than a year")
    }
}
