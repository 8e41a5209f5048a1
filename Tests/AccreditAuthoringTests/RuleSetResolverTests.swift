import AccreditAuthoring
import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

struct RuleSetResolverTests {
    static let threeLayers = Fixtures.path("Tests/Fixtures/resolve/three-layers")

    /// What decides an evaluation, without locations or hashes: per requirement the rules used,
    /// in order, with their kind, title, step and merged parameters; the manual reasons; the policy.
    struct Meaning: Equatable {
        var uses: [String: [String]]
        var manual: [String: LocalisedText]
        var policy: String
        var standardID: String?

        init(_ set: RuleSet) {
            uses = set.verifications.mapValues { uses in
                uses.map { use in
                    let parameters = use.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    return
                        "\(use.rule.id) \(use.rule.check.rawValue) \(use.rule.title) step=\(use.step.map(String.init) ?? "-") \(parameters)"
                }
            }
            manual = set.manual.mapValues(\.reason)
            policy =
                set.policy.map {
                    "\($0.decision) \($0.readyBasisPoints) \($0.readyWithRemarksBasisPoints) \($0.critical) \($0.note)"
                } ?? "none"
            standardID = set.standardID
        }
    }

    /// Loads `standards` with only the resolved file of `id` in place of the rule files.
    static func reload(_ id: String, from catalogue: Catalogue, standards: [String]) throws -> (RuleSet, ResolvedRuleSet) {
        let resolved = try #require(RuleSetResolver(catalogue: catalogue).resolve(id))
        let folder = try TemporaryFolder("resolved")
        let file = try folder.write("\(id).rules.xml", resolved.text)
        let reloaded = try CatalogueLoader().load(standards + [file])
        return (try #require(reloaded.ruleSets[id]), resolved)
    }

    @Test func threeLayersFlattenIntoOneFileThatLoadsAloneWithTheSameMeaning() throws {
        let catalogue = try CatalogueLoader().load([Self.threeLayers])
        let (reloaded, resolved) = try Self.reload("leaf", from: catalogue, standards: [Self.threeLayers + "/layered.xml"])
        #expect(reloaded.extends.isEmpty)
        #expect(Meaning(reloaded) == Meaning(try #require(catalogue.ruleSets["leaf"])))
        #expect(reloaded.description == LocalisedText(da: "Regler i tre lag.", en: "Rules in three layers."))
        #expect(resolved.layers.map(\.id) == ["leaf", "middle", "base"])
        #expect(!resolved.text.contains("extends="))
    }

    @Test func theNearestLayerWinsAndOnlyUsedRulesAreInlined() throws {
        let catalogue = try CatalogueLoader().load([Self.threeLayers])
        let resolved = try #require(RuleSetResolver(catalogue: catalogue).resolve("leaf"))
        #expect(resolved.text.contains("Document (middle)"))
        #expect(!resolved.text.contains("Document (base)"))
        #expect(!resolved.text.contains("never-used"))
        #expect(!resolved.text.contains("own-unused"))
        #expect(resolved.ruleCount == 3)
        // Arguments equal to the rule's default are not repeated; the others are.
        #expect(resolved.text.contains(#"<use rule="doc" step="2">"#))
        #expect(resolved.text.contains(#"<with name="maxAgeDays">30</with>"#))
        #expect(!resolved.text.contains(#"<with name="kind">procedure</with>"#))
    }

    @Test func requirementsFollowTheStandardAndEverythingElseIsSorted() throws {
        let catalogue = try CatalogueLoader().load([Self.threeLayers])
        let text = try #require(RuleSetResolver(catalogue: catalogue).resolve("leaf")).text
        func position(_ s: String) -> Int {
            text.range(of: s).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
        }
        #expect(position(#"<verify requirement="l.3""#) < position(#"<verify requirement="l.1""#))
        #expect(position(#"<verify requirement="l.1""#) < position(#"<manual requirement="l.2""#))
        #expect(position(#"<rule id="answered-yes""#) < position(#"<rule id="doc""#))
        #expect(position(#"<rule id="doc""#) < position(#"<rule id="period""#))
        #expect(text.contains(#"<policy decision="advisory" ready="0.9" readyWithRemarks="0.05">"#))
    }

    @Test func theHashCoversTheCanonicalContentAndIsStable() throws {
        let catalogue = try CatalogueLoader().load([Self.threeLayers])
        let first = try #require(RuleSetResolver(catalogue: catalogue).resolve("leaf"))
        let again = try #require(RuleSetResolver(catalogue: try CatalogueLoader().load([Self.threeLayers])).resolve("leaf"))
        #expect(first == again)
        #expect(first.contentHash.count == 64)
        #expect(first.text.contains("content-sha256: \(first.contentHash)"))
        #expect(RuleSetResolver.contentHash(ofFileText: first.text) == first.contentHash)
        let edited = first.text.replacingOccurrences(
            of: "<with name=\"maxAgeDays\">30</with>", with: "<with name=\"maxAgeDays\">31</with>")
        #expect(RuleSetResolver.contentHash(ofFileText: edited) != first.contentHash)
    }

    @Test func aLibraryFlattensEveryRuleItCanSee() throws {
        let catalogue = try CatalogueLoader().load([Self.threeLayers])
        let resolved = try #require(RuleSetResolver(catalogue: catalogue).resolve("middle"))
        #expect(resolved.standardID == nil)
        #expect(resolved.ruleCount == 4)
        #expect(resolved.text.contains("never-used"))
        #expect(resolved.text.contains("Document (middle)") && !resolved.text.contains("Document (base)"))
        #expect(RuleSetResolver(catalogue: catalogue).resolve("no-such-set") == nil)
    }

    @Test(arguments: [
        "aeldre-kvalitetsstandard-rules", "ddkm-kommune-2013-rules", "kik-caf2020-rules", "social-kvalitetsmodel-rules",
    ])
    func shippedRuleSetsResolveToTheSameMeaning(_ id: String) throws {
        let catalogue = try Fixtures.shippedCatalogue()
        let (reloaded, resolved) = try Self.reload(id, from: catalogue, standards: [Fixtures.path("Standards")])
        #expect(Meaning(reloaded) == Meaning(try #require(catalogue.ruleSets[id])))
        #expect(resolved.layers.map(\.id).contains("common"))
        #expect(reloaded.version == catalogue.ruleSets[id]?.version)
    }
}
