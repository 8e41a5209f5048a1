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

    /// Headings and labels used by the text-like reporters.
    public enum Label: Sendable {
        case title, package, assessedAt, period, rules, verdict, advisory, toChange, couldNotEvaluate, summary
        case overlaps, noOverlaps, sectorOwes, nothingOwed
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
        case .advisory: return da ? "vejledende; modellen har ingen automatisk afgørelse" : "advisory; the model has no automatic decision"
        case .toChange: return da ? "Ret disse for at ændre afgørelsen" : "Fix these to change the verdict"
        case .couldNotEvaluate: return da ? "Kunne ikke vurderes" : "Could not be evaluated"
        case .summary: return da ? "Overblik" : "Summary"
        case .overlaps: return da ? "Overlap mellem koncern og sektor" : "Overlap between concern and sector"
        case .noOverlaps: return da ? "ingen erklærede relationer mellem de angivne standarder" : "no declared relations between the claimed standards"
        case .sectorOwes: return da ? "Sektoren mangler stadig" : "The sector still owes"
        case .nothingOwed: return da ? "intet" : "nothing"
        }
    }
}
