import AccreditTestSupport
import Foundation
import Testing

struct ExplainCommandTests {
    @Test func explainsASectorRequirementWithRulesSupplyAndRelations() throws {
        let result = try CommandRunner.accredit(["explain", "kvs.R5"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("kvs.R5  Operational goals\n"))
        #expect(result.stdout.contains("Theme:     key-results"))
        #expect(result.stdout.contains("documented [evidence]"))
        #expect(result.stdout.contains("at least 1 evidence document of kind guideline"))
        #expect(
            result.stdout.contains(
                "kvs.R5 partly overlaps with kik.2.2 [intersects]  (Standards/aeldre-kvalitetsstandard.xml:75)"))
    }

    @Test func explainsAConcernRequirementInDanishWithTheSectorRequirementsRelatingToIt() throws {
        let result = try CommandRunner.accredit(["explain", "kik.2.2", "--lang", "da"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kritisk:   ja"))
        #expect(result.stdout.contains("et selvevalueringssvar på skalaen caf-enablers: mindst 51"))
        #expect(result.stdout.contains("Sektorkrav med relation hertil"))
        #expect(result.stdout.contains("kvs.R5 overlapper delvist med kik.2.2 [intersects]"))
        #expect(result.stdout.contains("ddkm.1.1.1 overlapper delvist med kik.2.2"))
    }

    @Test func explainsAManualRequirementWithItsReason() throws {
        let result = try CommandRunner.accredit(["explain", "kik.1.4"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Assessed by people (kik-caf2020-rules)"))
        #expect(!result.stdout.contains("The package must supply"))
    }

    @Test func indicatorsAndStepsAreSpelledOut() throws {
        let result = try CommandRunner.accredit(["explain", "ddkm.2.6.2"])
        #expect(result.stdout.contains("step 1: at least 1 evidence document of kind guideline, at most 1095 days old"))
        #expect(result.stdout.contains("indicator haandhygiejne-audit ≥ 90 %"))
    }

    @Test func unknownRequirementIsAUsageError() throws {
        let result = try CommandRunner.accredit(["explain", "kik.99"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown requirement \"kik.99\""))
    }

    @Test func brokenRuleFilesCannotBeEvaluated() throws {
        let result = try CommandRunner.accredit(["explain", "lc.1", "--rules", "Tests/Fixtures/lint/layering-cycle"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the layering forms a cycle"))
    }
}
