import Foundation

/// One check of one package for one unit: what was checked, by whom, against which rules, and
/// what came out. The package zip and the rendered reports are stored beside it (see `Store`),
/// so every report of a run reads the same forever, whatever happens to the rules later.
public struct RunRecord: Sendable, Hashable, Codable {
    public var id: Int64
    public var unit: String
    public var createdAt: Date
    public var createdBy: String
    /// The date the package was judged on (`asOf`), as `YYYY-MM-DD`; nil for the package's own
    /// assessment date.
    public var asOf: String?
    /// `ready`, `ready-with-remarks`, `not-ready` or `undetermined`; nil when the package could
    /// not be evaluated.
    public var verdict: String?
    public var summary: RunSummary?
    /// Why the package could not be evaluated, in the uploader's language; nil for a checked run.
    public var error: String?
    /// The claimed standards, `id version` each, for the dashboard's filters.
    public var standards: [String]
    /// The rule sets used, `id version` each, and the hash of the whole catalogue.
    public var ruleSets: [String]
    public var catalogueHash: String
    /// SHA-256 of the package zip as uploaded.
    public var packageSHA256: String
    /// Evidence with an expiry date, for the list of evidence that runs out.
    public var expiringEvidence: [ExpiringEvidence]

    public init(
        id: Int64 = 0, unit: String, createdAt: Date = Date(), createdBy: String, asOf: String? = nil,
        verdict: String? = nil, summary: RunSummary? = nil, error: String? = nil, standards: [String] = [],
        ruleSets: [String] = [], catalogueHash: String = "", packageSHA256: String = "",
        expiringEvidence: [ExpiringEvidence] = []
    ) {
        self.id = id
        self.unit = unit
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.asOf = asOf
        self.verdict = verdict
        self.summary = summary
        self.error = error
        self.standards = standards
        self.ruleSets = ruleSets
        self.catalogueHash = catalogueHash
        self.packageSHA256 = packageSHA256
        self.expiringEvidence = expiringEvidence
    }
}

/// The numbers of a checked run that dashboards show without opening its report.
public struct RunSummary: Sendable, Hashable, Codable {
    /// Requirements per status (`met`, `partially-met`, …), every status present.
    public var counts: [String: Int]
    /// Requirements fulfilled (met or inherited) and assessable (fulfilled, partly met or not met).
    public var fulfilled: Int
    public var assessable: Int
    /// Open gaps: requirements partly met or not met.
    public var gaps: Int

    public init(counts: [String: Int], fulfilled: Int, assessable: Int, gaps: Int) {
        self.counts = counts
        self.fulfilled = fulfilled
        self.assessable = assessable
        self.gaps = gaps
    }

    /// Fulfilled over assessable, 0 to 1; nil when nothing was assessable.
    public var shareMet: Double? { assessable == 0 ? nil : Double(fulfilled) / Double(assessable) }
}

/// A piece of evidence with an expiry date, as the package declared it.
public struct ExpiringEvidence: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// `YYYY-MM-DD`.
    public var expires: String

    public init(id: String, title: String, expires: String) {
        self.id = id
        self.title = title
        self.expires = expires
    }
}
