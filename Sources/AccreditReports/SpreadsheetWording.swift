import AccreditCore

/// The column headings and sheet names of the spreadsheet reports (CSV and xlsx) that the
/// other reports do not need. Shared, so that the same column is named the same way in both.
enum SpreadsheetWording {
    enum Heading: Sendable, CaseIterable {
        case unitName, periodStart, periodEnd, verdictCode, verdict, openFindings, acceptedEvidence
        case fulfilledShare, findingKind, code, rule, concern, sector, concernStatus, sectorStatus
        case requirementsSheet, findingsSheet, overlapsSheet, summarySheet, value, item
    }

    static func text(_ heading: Heading, _ language: Language) -> String {
        let da = language == .da
        switch heading {
        case .unitName: return da ? "Enhedens navn" : "Unit name"
        case .periodStart: return da ? "Periode fra" : "Period from"
        case .periodEnd: return da ? "Periode til" : "Period to"
        case .verdictCode: return da ? "Afgørelseskode" : "Verdict code"
        case .verdict: return da ? "Afgørelse" : "Verdict"
        case .openFindings: return da ? "Åbne fund (antal)" : "Open findings (count)"
        case .acceptedEvidence: return da ? "Godkendt dokumentation (antal)" : "Accepted evidence (count)"
        case .fulfilledShare: return da ? "Standarden opfyldt (%)" : "Standard fulfilled (%)"
        case .findingKind: return da ? "Art" : "Kind"
        case .code: return da ? "Kode" : "Code"
        case .rule: return da ? "Regel" : "Rule"
        case .concern: return da ? "Koncernkrav" : "Concern requirement"
        case .sector: return da ? "Sektorkrav" : "Sector requirement"
        case .concernStatus: return da ? "Status, koncern" : "Concern status"
        case .sectorStatus: return da ? "Status, sektor" : "Sector status"
        case .requirementsSheet: return da ? "Krav" : "Requirements"
        case .findingsSheet: return da ? "Fund" : "Findings"
        case .overlapsSheet: return da ? "Overlap" : "Overlaps"
        case .summarySheet: return da ? "Overblik" : "Summary"
        case .value: return da ? "Værdi" : "Value"
        case .item: return da ? "Emne" : "Item"
        }
    }

    /// The share of a standard's assessable requirements that are fulfilled, in per cent with
    /// one decimal, or nil when nothing could be assessed.
    static func fulfilledPercent(_ standard: Report.StandardResult?) -> Double? {
        guard let standard, standard.assessable > 0 else { return nil }
        return (Double(standard.fulfilled) * 1000 / Double(standard.assessable)).rounded() / 10
    }
}
