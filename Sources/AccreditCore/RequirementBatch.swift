import Foundation

/// Evaluates every requirement of the claimed standards, in their order, on `concurrency`
/// cores (the evaluator decides when a package is large enough to gain from it).
///
/// Requirements are independent once their evidence files are known, so the files are
/// examined (and hashed) first, each once, in parallel; then the requirements are evaluated
/// in contiguous slices, each with its own context seeded with those file states. Rule sets
/// with XPath rules stay on one core: they query the manifest's libxml2 tree, which belongs to
/// one thread.
struct RequirementBatch {
    let claimed: [Standard]
    let catalogue: Catalogue

    /// One requirement to evaluate, with what its result needs from its standard.
    private struct Item {
        let standard: Standard
        let ruleSet: RuleSet
        let requirement: Requirement
        let critical: Bool
    }

    func evaluate(_ loaded: LoadedPackage, asOf: Day, limits: PackageLimits, concurrency: Int) -> [Report.RequirementResult] {
        var items: [Item] = []
        for standard in claimed {
            let ruleSet = catalogue.ruleSet(for: standard.id)!
            let critical = Set(ruleSet.policy?.critical ?? [])
            for requirement in standard.requirements {
                items.append(Item(standard: standard, ruleSet: ruleSet, requirement: requirement,
                                  critical: critical.contains(requirement.id)))
            }
        }
        let queriesManifest = catalogue.queriesManifest(claiming: claimed.map(\.id))
        let slices = queriesManifest ? 1 : min(concurrency, items.count)
        guard slices > 1 else {
            let context = EvaluationContext(loaded: loaded, catalogue: catalogue, asOf: asOf, limits: limits)
            return items.map { Self.result($0, context) }
        }
        let shared = ReadOnly(loaded)
        let files = EvaluationContext.fileStates(of: loaded.package, for: items.map(\.requirement.id),
                                                 canonicalRoot: loaded.canonicalRoot, limits: limits, concurrency: slices)
        let parts = Slots<[Report.RequirementResult]>(count: slices)
        let all = items
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let context = EvaluationContext(loaded: shared.value, catalogue: catalogue, asOf: asOf, limits: limits,
                                            fileStates: files)
            let range = (slice * all.count / slices)..<((slice + 1) * all.count / slices)
            parts[slice] = all[range].map { Self.result($0, context) }
        }
        return parts.values.flatMap { $0 }
    }

    private static func result(_ item: Item, _ context: EvaluationContext) -> Report.RequirementResult {
        let (status, findings) = RequirementEvaluation.evaluate(item.requirement, ruleSet: item.ruleSet, context: context)
        return Report.RequirementResult(
            id: item.requirement.id, standard: item.standard.id, level: item.standard.level, theme: item.requirement.theme,
            groupPath: item.requirement.groupPath, title: item.requirement.title, status: status,
            critical: item.critical, findings: findings, definition: item.requirement.location,
            location: context.anchor(for: item.requirement))
    }
}

/// A value shared by threads that only read it. `LoadedPackage` is not `Sendable` because of
/// its manifest tree; without XPath rules no thread touches the tree, and the rest is read-only.
private struct ReadOnly<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
