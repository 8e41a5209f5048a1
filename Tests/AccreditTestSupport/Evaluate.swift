import AccreditCore

/// Writes `builder`'s package, loads and evaluates it against `catalogue`.
public func evaluate(_ builder: PackageBuilder, with catalogue: Catalogue, asOf: Day? = nil) throws -> Report {
    let folder = try builder.write()
    return try withExtendedLifetime(folder) {
        let loaded = try PackageLoader().load(folder.path)
        return try Evaluator(catalogue: catalogue).evaluate(loaded, asOf: asOf)
    }
}

extension Report {
    /// The result for requirement `id`; fails loudly in tests when absent.
    public func requirement(_ id: String) -> RequirementResult {
        guard let found = requirements.first(where: { $0.id == id }) else {
            preconditionFailure("no requirement \(id) in report")
        }
        return found
    }

    public func overlap(sector: String) -> Overlap? { overlaps.first { $0.sector == sector } }
}
