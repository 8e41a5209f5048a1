import AccreditCore

/// accredit's own words in Danish and English: statuses, verdicts, headings. Texts from
/// standards and rule files come with the files; these are the tool's.
public enum Vocabulary {
    public static func status(_ status: RequirementStatus, _ language: Language) -> String {
        status.name.text(language)
    }

    public static func decision(_ decision: Verdict.Decision, _ language: Language) -> String {
        switch (decision, language) {
        case (.ready, .en): return "ready"
        case (.ready, .da): return "klar"
        case (.readyWithRemarks, .en): return "ready with remarks"
        case (.readyWithRemarks, .da): return "klar med bemærkninger"
        case (.notReady, .en): return "not ready"
        case (.notReady, .da): return "ikke klar"
        case (.undetermined, .en): return "undetermined"
        case (.undetermined, .da): return "kan ikke afgøres"
        }
    }

    public static func overlap(_ state: Overlap.State, _ language: Language) -> String {
        switch (state, language) {
        case (.inherited, .en): return "inherited"
        case (.inherited, .da): return "arvet"
        case (.duplicated, .en): return "duplicated"
        case (.duplicated, .da): return "dobbeltdokumenteret"
        case (.complementary, .en): return "complementary"
        case (.complementary, .da): return "supplerende"
        case (.conflicting, .en): return "conflicting"
        case (.conflicting, .da): return "modstridende"
        case (.concernGap, .en): return "concern gap"
        case (.concernGap, .da): return "hul på koncernniveau"
        case (.sectorOwes, .en): return "sector owes"
        case (.sectorOwes, .da): return "sektoren mangler"
        case (.notComparable, .en): return "not comparable"
        case (.notComparable, .da): return "kan ikke sammenlignes"
        }
    }

    public static func level(_ level: Level, _ language: Language) -> String {
        switch (level, language) {
        case (.concern, .en): return "concern"
        case (.concern, .da): return "koncern"
        case (.sector, .en): return "sector"
        case (.sector, .da): return "sektor"
        }
    }

    /// The nine KVIK/CAF themes by their Danish KVIK names and English CAF names.
    public static func theme(_ theme: Theme, _ language: Language) -> String {
        let da = language == .da
        switch theme {
        case .leadership: return da ? "Lederskab" : "Leadership"
        case .strategy: return da ? "Strategi og planlægning" : "Strategy and planning"
        case .people: return da ? "Medarbejdere" : "People"
        case .partnerships: return da ? "Partnerskaber og ressourcer" : "Partnerships and resources"
        case .processes: return da ? "Processer" : "Processes"
        case .citizenResults: return da ? "Bruger- og borgerresultater" : "Citizen/customer results"
        case .peopleResults: return da ? "Medarbejderresultater" : "People results"
        case .societyResults: return da ? "Samfundsresultater" : "Society results"
        case .keyResults: return da ? "Nøgleresultater" : "Key performance results"
        }
    }

    /// A finding's kind in words.
    public static func findingKind(_ kind: Finding.Kind, _ language: Language) -> String {
        let da = language == .da
        switch kind {
        case .passed: return da ? "godkendt" : "passed"
        case .gap: return da ? "mangel" : "gap"
        case .error: return da ? "fejl" : "error"
        case .note: return da ? "note" : "note"
        }
    }

    /// "and 3 more", for lists cut short.
    public static func more(_ count: Int, _ language: Language) -> String {
        language == .da ? "og \(count) mere" : "and \(count) more"
    }

    /// "requirement defined here" and "rule r defined here", for related locations.
    public static func definedHere(rule: String?, _ language: Language) -> String {
        switch (rule, language) {
        case (nil, .da): return "kravet er defineret her"
        case (nil, .en): return "the requirement is defined here"
        case (let rule?, .da): return "reglen \(rule) er defineret her"
        case (let rule?, .en): return "rule \(rule) is defined here"
        }
    }

    /// Headings and labels used by the text-like reporters.
    public enum Label: Sendable, CaseIterable {
        case title, package, assessedAt, period, rules, verdict, advisory, toChange, couldNotEvaluate, summary
        case overlaps, noOverlaps, sectorOwes, nothingOwed
        case tool, organisation, unit, language, catalogue, standard, standards, requirement, requirements
        case requirementTitle, level, theme, criterion, status, statusCode, critical, findings, evidence
        case location, definition, gapsFirst, noGaps, readinessByTheme, readinessByCriterion
        case overlapMatrix, relation, state, message, search, allStatuses, allStandards, onlyGaps
        case shown, fulfilled, yes, no, reasons, verdictCounts, printHint, noScript, madeWith
    }

    public static func label(_ label: Label, _ language: Language) -> String {
        let da = language == .da
        switch label {
        case .title: return da ? "parathedsrapport" : "readiness report"
        case .package: return da ? "Pakke" : "Package"
        case .assessedAt: return da ? "Vurderet pr." : "Assessed at"
        case .period: return da ? "Periode" : "Period"
        case .rules: return da ? "Regler" : "Rules"
        case .verdict: return da ? "Afgørelse" : "Verdict"
        case .advisory:
            return da ? "vejledende; modellen har ingen automatisk afgørelse" : "advisory; the model has no automatic decision"
        case .toChange: return da ? "Ret disse for at ændre afgørelsen" : "Fix these to change the verdict"
        case .couldNotEvaluate: return da ? "Kunne ikke vurderes" : "Could not be evaluated"
        case .summary: return da ? "Overblik" : "Summary"
        case .overlaps: return da ? "Overlap mellem koncern og sektor" : "Overlap between concern and sector"
        case .noOverlaps:
            return da
                ? "ingen erklærede relationer mellem de angivne standarder"
                : "no declared relations between the claimed standards"
        case .sectorOwes: return da ? "Sektoren mangler stadig" : "The sector still owes"
        case .nothingOwed: return da ? "intet" : "nothing"
        case .tool: return da ? "Værktøj" : "Tool"
        case .organisation: return da ? "Organisation" : "Organisation"
        case .unit: return da ? "Enhed" : "Unit"
        case .language: return da ? "Sprog" : "Language"
        case .catalogue: return da ? "Samlet regelsæt" : "Whole catalogue"
        case .standard: return da ? "Standard" : "Standard"
        case .standards: return da ? "Standarder" : "Standards"
        case .requirement: return da ? "Krav" : "Requirement"
        case .requirements: return da ? "Krav" : "Requirements"
        case .requirementTitle: return da ? "Titel" : "Title"
        case .level: return da ? "Niveau" : "Level"
        case .theme: return da ? "Tema" : "Theme"
        case .criterion: return da ? "Kriterium" : "Criterion"
        case .status: return da ? "Status" : "Status"
        case .statusCode: return da ? "Statuskode" : "Status code"
        case .critical: return da ? "Kritisk" : "Critical"
        case .findings: return da ? "Fund" : "Findings"
        case .evidence: return da ? "Godkendt dokumentation" : "Accepted evidence"
        case .location: return da ? "Placering i pakken" : "Place in the package"
        case .definition: return da ? "Defineret i" : "Defined in"
        case .gapsFirst: return da ? "Huller, der skal lukkes først" : "Gaps to close first"
        case .noGaps: return da ? "Ingen huller." : "No gaps."
        case .readinessByTheme: return da ? "Parathed pr. tema" : "Readiness per theme"
        case .readinessByCriterion: return da ? "Parathed pr. kriterium" : "Readiness per criterion"
        case .overlapMatrix: return da ? "Overlap koncern × sektor" : "Concern × sector overlap"
        case .relation: return da ? "Relation" : "Relation"
        case .state: return da ? "Tilstand" : "State"
        case .message: return da ? "Besked" : "Message"
        case .search: return da ? "Søg i krav og fund" : "Search requirements and findings"
        case .allStatuses: return da ? "Alle statusser" : "All statuses"
        case .allStandards: return da ? "Alle standarder" : "All standards"
        case .onlyGaps: return da ? "Kun huller" : "Gaps only"
        case .shown: return da ? "vist" : "shown"
        case .fulfilled: return da ? "opfyldt" : "fulfilled"
        case .yes: return da ? "ja" : "yes"
        case .no: return da ? "nej" : "no"
        case .reasons: return da ? "Begrundelse" : "Reasons"
        case .verdictCounts: return da ? "Krav pr. status" : "Requirements per status"
        case .printHint:
            return da
                ? "Udskriv eller gem som PDF fra browserens udskriftsmenu."
                : "Print or save as PDF from the browser's print menu."
        case .noScript:
            return da
                ? "Søgning og filtre kræver JavaScript; alle krav vises."
                : "Search and filters need JavaScript; every requirement is shown."
        case .madeWith: return da ? "Lavet med" : "Made with"
        }
    }
}
