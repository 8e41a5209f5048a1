import AccreditCore

/// Checks standard and rule files as their authors need: everything the loader finds (schema,
/// ids, references, cycles, XPath, parameters, coverage, relations) plus what only matters
/// while authoring (unused rules, missing translations, sector requirements outside the sector
/// themes without a relation, candidate undeclared overlaps). Never throws: every problem,
/// however bad, becomes a located finding.
public struct Linter: Sendable {
    public var loader = CatalogueLoader()

    public init() {}

    public struct Result: Sendable {
        public var catalogue: Catalogue
        /// Sorted by file, line and check.
        public var findings: [CatalogueProblem]
        public var files: [String]

        public var errorCount: Int { findings.filter { $0.severity == .error }.count }
        public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    }

    public func lint(_ paths: [String]) -> Result {
        let loaded = loader.loadReporting(paths)
        let catalogue = loaded.catalogue
        var findings = loaded.findings
        findings += unusedRules(catalogue)
        findings += missingTranslations(catalogue)
        findings += sectorThemesWithoutRelation(catalogue)
        findings += candidateOverlaps(catalogue)
        return Result(catalogue: catalogue, findings: CatalogueProblem.sorted(findings), files: loaded.files)
    }

    func unusedRules(_ catalogue: Catalogue) -> [CatalogueProblem] {
        var used: Set<String> = []
        for set in catalogue.ruleSets.values {
            for uses in set.verifications.values { for use in uses { used.insert(use.rule.ruleSetID + "/" + use.rule.id) } }
        }
        var result: [CatalogueProblem] = []
        for set in catalogue.ruleSets.values {
            for rule in set.rules.values where !used.contains(set.id + "/" + rule.id) {
                result.append(
                    CatalogueProblem(
                        .unusedRule, at: rule.location,
                        message: LocalisedText(
                            da: "ingen krav bruger reglen \"\(rule.id)\"",
                            en: "no requirement uses rule \"\(rule.id)\""),
                        hint: LocalisedText(
                            da: "Brug reglen i et <verify>, eller slet den.",
                            en: "Use the rule in a <verify>, or delete it.")))
            }
        }
        return result
    }

    func sectorThemesWithoutRelation(_ catalogue: Catalogue) -> [CatalogueProblem] {
        var result: [CatalogueProblem] = []
        for standard in catalogue.standards.values where standard.level == .sector {
            for requirement in standard.requirements {
                guard let theme = requirement.theme, !theme.isSectorTheme, requirement.relations.isEmpty else { continue }
                result.append(
                    CatalogueProblem(
                        .sectorThemeWithoutRelation, at: requirement.location,
                        message: LocalisedText(
                            da:
                                "sektorkravet \"\(requirement.id)\" har temaet \(theme.rawValue), som hører til koncernniveauet, men ingen relation dertil",
                            en:
                                "sector requirement \"\(requirement.id)\" has theme \(theme.rawValue), which belongs to the concern level, but no relation to it"
                        ),
                        hint: LocalisedText(
                            da:
                                "Erklær <relation concern=\"…\" type=\"…\"/> til det koncernkrav, der dækker samme område, eller giv kravet temaet processes eller key-results.",
                            en:
                                "Declare <relation concern=\"…\" type=\"…\"/> to the concern requirement covering the same ground, or give the requirement theme processes or key-results."
                        )))
            }
        }
        return result
    }

    func candidateOverlaps(_ catalogue: Catalogue) -> [CatalogueProblem] {
        SimilarityIndex(catalogue).candidates().map { candidate in
            let s = candidate.score
            let indicator =
                s.sharedIndicators.isEmpty
                ? (da: "", en: "")
                : (
                    da: ", fælles indikator \(s.sharedIndicators.joined(separator: ", "))",
                    en: ", shared indicator \(s.sharedIndicators.joined(separator: ", "))"
                )
            let numbers = "\(Self.decimal(s.total)) (" + "text \(Self.decimal(s.text)), "
            return CatalogueProblem(
                .candidateOverlap, at: candidate.sector.location,
                message: LocalisedText(
                    da:
                        "\(candidate.sector.id) og koncernkravet \(candidate.concern.id) ligner hinanden uden erklæret relation: lighed \(Self.decimal(s.total)) (tekst \(Self.decimal(s.text)), dokumentationstyper \(Self.decimal(s.evidenceKinds))\(indicator.da))",
                    en:
                        "\(candidate.sector.id) and concern requirement \(candidate.concern.id) look alike but have no declared relation: similarity \(numbers)evidence kinds \(Self.decimal(s.evidenceKinds))\(indicator.en))"
                ),
                hint: LocalisedText(
                    da:
                        "Erklær <relation concern=\"\(candidate.concern.id)\" type=\"…\"/>, hvis de overlapper; gør de ikke, så gør teksterne tydeligere forskellige.",
                    en:
                        "Declare <relation concern=\"\(candidate.concern.id)\" type=\"…\"/> if they overlap; if they do not, make the texts say more clearly how they differ."
                ))
        }
    }

    /// Two decimals, always with a point, for stable output.
    public static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
