import AccreditCore

extension Linter {
    /// Texts given in only one language. Titles, labels and reasons must exist in both;
    /// optional texts (requirement texts, notes) only when one language is given.
    func missingTranslations(_ catalogue: Catalogue) -> [CatalogueProblem] {
        var result: [CatalogueProblem] = []
        func check(_ text: LocalisedText, _ what: String, _ owner: String, at location: SourceLocation, required: Bool = true) {
            guard required || !text.isEmpty else { return }
            for language in text.missingLanguages {
                let name = language == .da ? (da: "dansk", en: "Danish") : (da: "engelsk", en: "English")
                result.append(
                    CatalogueProblem(
                        .missingTranslation, at: location,
                        message: LocalisedText(
                            da: "\(what) i \(owner) mangler på \(name.da)", en: "the \(what) of \(owner) lacks \(name.en)"),
                        hint: LocalisedText(
                            da: "Tilføj <… xml:lang=\"\(language.rawValue)\">.", en: "Add <… xml:lang=\"\(language.rawValue)\">.")
                    ))
            }
        }
        for standard in catalogue.standards.values {
            check(standard.title, "title", standard.id, at: standard.location)
            for scale in standard.scales.values.sorted(by: { $0.id < $1.id }) {
                check(scale.title, "title", "scale \(scale.id)", at: standard.location, required: false)
                switch scale.kind {
                case .numeric(_, _, let bands, _):
                    for band in bands {
                        check(band.label, "label", "scale \(scale.id) band \(band.min)–\(band.max)", at: standard.location)
                    }
                case .ordinal(let values):
                    for value in values {
                        check(value.label, "label", "scale \(scale.id) value \(value.id)", at: standard.location)
                    }
                }
            }
            for group in standard.groups {
                check(group.title, "title", "group \(group.id)", at: group.location ?? standard.location)
            }
            for requirement in standard.requirements {
                check(requirement.title, "title", requirement.id, at: requirement.location)
                check(requirement.text, "text", requirement.id, at: requirement.location, required: false)
                for step in requirement.steps {
                    check(step.text, "text", "\(requirement.id) step \(step.number)", at: requirement.location)
                }
            }
        }
        for set in catalogue.ruleSets.values {
            check(set.title, "title", set.id, at: set.location)
            for rule in set.rules.values { check(rule.title, "title", "rule \(rule.id)", at: rule.location) }
            for (id, manual) in set.manual { check(manual.reason, "reason", "manual \(id)", at: manual.location) }
            if let policy = set.policy {
                check(policy.note, "note", "the policy of \(set.id)", at: policy.location, required: false)
            }
        }
        return result
    }
}
