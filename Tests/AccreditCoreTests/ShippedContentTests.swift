import AccreditCore
import AccreditTestSupport
import Testing

/// The shipped Standards/ and Rules/ load cleanly and meet the bars the project sets for them.
struct ShippedContentTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.shippedCatalogue() }

    @Test func shipsTheConcernModelAndSectorStandards() {
        #expect(catalogue.standards["kik-caf2020"]?.level == .concern)
        #expect(catalogue.standards.values.filter { $0.level == .sector }.count >= 2)
    }

    /// CAF 2020: 9 criteria, 28 subcriteria; 1–5 enablers, 6–9 results.
    @Test func concernModelHasCAFStructure() throws {
        let kik = try #require(catalogue.standards["kik-caf2020"])
        #expect(kik.requirements.count == 28)
        #expect(Set(kik.requirements.map { $0.groupPath.first! }).count == 9)
        #expect(kik.groups.filter { $0.kind == "enabler" }.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(kik.groups.filter { $0.kind == "result" }.map(\.id) == ["6", "7", "8", "9"])
    }

    /// Every requirement is verified by at least one rule or marked manual (the loader also
    /// refuses a catalogue that breaks this; this test says it about the shipped content).
    @Test func everyRequirementIsVerifiedOrManual() throws {
        for standard in catalogue.standards.values {
            let rules = try #require(catalogue.ruleSet(for: standard.id), "no rule set for \(standard.id)")
            for requirement in standard.requirements {
                let verified = !(rules.verifications[requirement.id] ?? []).isEmpty
                #expect(verified || rules.manual[requirement.id] != nil, "\(requirement.id) has no rule and no manual mark")
            }
        }
    }

    @Test func everyTitleExistsInBothLanguages() {
        for standard in catalogue.standards.values {
            #expect(standard.title.missingLanguages.isEmpty, "\(standard.id)")
            for requirement in standard.requirements {
                #expect(requirement.title.missingLanguages.isEmpty, "\(requirement.id)")
            }
        }
    }

    @Test func everyRelationPointsToAConcernRequirement() {
        for standard in catalogue.standards.values where standard.level == .sector {
            for relation in standard.requirements.flatMap(\.relations) {
                #expect(catalogue.requirement(relation.concern)?.level == .concern, "\(relation.sector) → \(relation.concern)")
            }
        }
    }

    @Test func everyRelationTypeIsUsed() {
        let used = Set(catalogue.standards.values.flatMap(\.requirements).flatMap(\.relations).map(\.type))
        #expect(used == Set(RelationType.allCases))
    }

    @Test func socialModelIsAdvisoryOnly() {
        #expect(catalogue.ruleSet(for: "social-kvalitetsmodel")?.policy?.decision == .advisory)
    }
}
