import Foundation

/// The columns of a run row other than its id, in one order for both stores, so that the
/// statements and the decoding cannot drift apart.
enum RunColumns {
    static let names = [
        "unit", "created_at", "created_by", "as_of", "verdict", "summary", "error", "standards", "rule_sets",
        "catalogue_hash", "package_sha256", "expiring",
    ]

    /// `run` as column values in the order of `names`; nil where SQL takes NULL.
    static func values(_ run: RunRecord) -> [String?] {
        [
            run.unit, StoredValue.text(run.createdAt), run.createdBy, run.asOf, run.verdict,
            run.summary.map(StoredValue.json), run.error, StoredValue.json(run.standards),
            StoredValue.json(run.ruleSets), run.catalogueHash, run.packageSHA256,
            StoredValue.json(run.expiringEvidence),
        ]
    }

    /// A run from its id and the column values in the order of `names`.
    static func record(id: Int64, _ value: (String) -> String?) -> RunRecord {
        RunRecord(
            id: id, unit: value("unit") ?? "", createdAt: StoredValue.date(value("created_at") ?? ""),
            createdBy: value("created_by") ?? "", asOf: value("as_of"), verdict: value("verdict"),
            summary: StoredSummary.decode(value("summary")), error: value("error"),
            standards: StoredValue.decode([String].self, value("standards")) ?? [],
            ruleSets: StoredValue.decode([String].self, value("rule_sets")) ?? [],
            catalogueHash: value("catalogue_hash") ?? "", packageSHA256: value("package_sha256") ?? "",
            expiringEvidence: StoredValue.decode([ExpiringEvidence].self, value("expiring")) ?? [])
    }
}
