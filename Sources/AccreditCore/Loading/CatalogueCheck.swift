/// The problems `accredit lint` reports in standard and rule files, one case per kind of
/// finding. The identifiers are stable: they name the condition found, appear in the output
/// in brackets and name the broken fixture that demonstrates each one.
public enum CatalogueCheck: String, Sendable, CaseIterable, Codable {
    /// A file that cannot be read (missing, a dangling link, too large).
    case unreadableFile = "unreadable-file"
    /// Not well-formed XML, a DOCTYPE, the wrong root element or an unsupported format version.
    case malformedFile = "malformed-file"
    /// The file breaks its XSD (Schemas/standard.xsd or Schemas/rules.xsd).
    case schemaViolation = "schema-violation"
    /// Two standards, requirements, scales, rules or rule sets with the same id.
    case duplicateID = "duplicate-id"
    /// A reference to a requirement, rule, scale, rule set or standard that is not loaded.
    case unknownReference = "unknown-reference"
    /// Rule sets that extend each other in a circle.
    case layeringCycle = "layering-cycle"
    /// An XPath rule whose expression does not compile.
    case xpathDoesNotCompile = "xpath-does-not-compile"
    /// A parameter of the wrong type, an unknown parameter or a missing required one.
    case parameterType = "parameter-type"
    /// An inconsistent decision policy (for example readyWithRemarks above ready).
    case inconsistentPolicy = "inconsistent-policy"
    /// A requirement that no rule verifies and that is not marked manual.
    case unverifiedRequirement = "unverified-requirement"
    /// A rule that no requirement uses.
    case unusedRule = "unused-rule"
    /// A relation to a requirement that does not exist, that is not at the concern level, or
    /// into a concern standard that is not loaded.
    case danglingRelation = "dangling-relation"
    /// A title, text, label, reason or note given in only one of Danish and English.
    case missingTranslation = "missing-translation"
    /// A sector requirement outside the sector themes (processes, key results) with no
    /// declared relation to the concern level.
    case sectorThemeWithoutRelation = "sector-theme-without-relation"
    /// A concern and a sector requirement that look alike (texts, evidence kinds, indicators)
    /// but have no declared relation: for a specialist to declare or dismiss.
    case candidateOverlap = "candidate-overlap"

    /// How serious a finding of this kind is unless the finding says otherwise.
    public var defaultSeverity: ProblemSeverity {
        switch self {
        case .unusedRule, .missingTranslation, .sectorThemeWithoutRelation, .candidateOverlap: return .warning
        default: return .error
        }
    }

    /// One line for `--help` and the README.
    public var summary: LocalisedText {
        switch self {
        case .unreadableFile: return LocalisedText(da: "filen kan ikke læses", en: "the file cannot be read")
        case .malformedFile:
            return LocalisedText(
                da: "ikke velformet XML, DOCTYPE, forkert rodelement eller ukendt formatversion",
                en: "not well-formed XML, a DOCTYPE, the wrong root element or an unsupported format version")
        case .schemaViolation: return LocalisedText(da: "filen overholder ikke sin XSD", en: "the file breaks its XSD")
        case .duplicateID: return LocalisedText(da: "samme id bruges to gange", en: "the same id is used twice")
        case .unknownReference:
            return LocalisedText(da: "henvisning til noget, der ikke er indlæst", en: "a reference to something not loaded")
        case .layeringCycle:
            return LocalisedText(da: "regelsæt udvider hinanden i ring", en: "rule sets extend each other in a cycle")
        case .xpathDoesNotCompile:
            return LocalisedText(da: "XPath-udtryk kan ikke oversættes", en: "an XPath expression does not compile")
        case .parameterType:
            return LocalisedText(
                da: "parameter af forkert type, ukendt eller manglende", en: "a parameter of the wrong type, unknown or missing")
        case .inconsistentPolicy:
            return LocalisedText(da: "beslutningsreglen er selvmodsigende", en: "the decision policy contradicts itself")
        case .unverifiedRequirement:
            return LocalisedText(
                da: "krav uden regel og uden manuel markering", en: "a requirement with no rule and no manual mark")
        case .unusedRule: return LocalisedText(da: "regel, som intet krav bruger", en: "a rule no requirement uses")
        case .danglingRelation:
            return LocalisedText(
                da: "relation, der ikke peger på et koncernkrav", en: "a relation that points to no concern requirement")
        case .missingTranslation:
            return LocalisedText(da: "tekst kun på dansk eller kun på engelsk", en: "a text in only one of Danish and English")
        case .sectorThemeWithoutRelation:
            return LocalisedText(
                da: "sektorkrav uden for sektortemaerne uden relation til koncernniveauet",
                en: "a sector requirement outside the sector themes with no relation to the concern level")
        case .candidateOverlap:
            return LocalisedText(
                da: "koncern- og sektorkrav, der ligner hinanden, uden erklæret relation",
                en: "a concern and a sector requirement that look alike with no declared relation")
        }
    }
}

/// How serious a lint finding is: errors always fail `accredit lint`, warnings only with `--strict`.
public enum ProblemSeverity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (a: Self, b: Self) -> Bool { a == .error && b == .warning }

    public var name: LocalisedText {
        self == .error ? LocalisedText(da: "fejl", en: "error") : LocalisedText(da: "advarsel", en: "warning")
    }
}
