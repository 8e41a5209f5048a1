import Foundation

/// Evaluates every requirement of the claimed standards, in their order, on `concurrency`
/// cores (the evaluator decides when a package is large enough to gain from it).
///
/// Requirements are independent once their evidence files are known, so the files are
/// examined (and hashed) first, each once, in parallel; then the requirements are evaluated
/// in contiguous slices, each with its own context seeded with those file states. Rule sets
/// with XPath rules query the manifest's libxml2 tree: it is parsed once, before the slices
/// start, and then only read, each slice with an XPath context and compiled expressions of its
/// own. libxml2 supports XPath from several threads on a document that none of them modifies
/// (its notes on threads); the evaluator modifies nothing.
struct RequirementBatch {
    let claimed: [Standard]
    let catalogue: Catalogue
    /// Checked before each requirement: once it has passed, the rest are skipped.
    var deadline: Deadline?

    /// What the requirements of one claimed standard share; a class, so that reaching it from
    /// each requirement retains one reference rather than every field of a standard.
    private final class Part: Sendable {
        let standard: Standard
        let ruleSet: RuleSet
        let critical: Set<String>

        init(standard: Standard, ruleSet: RuleSet, critical: Set<String>) {
            self.standard = standard
            self.ruleSet = ruleSet
            self.critical = critical
        }
    }

    /// One requirement to evaluate: positions rather than values, so that handing items to
    /// the cores copies two integers instead of retaining a standard and a rule set each.
    private struct Item {
        let part: Int
        let requirement: Int
    }

    /// The results in the standards' order, or nil when the deadline passed first.
    func evaluate(_ loaded: LoadedPackage, asOf: Day, limits: PackageLimits, concurrency: Int) -> [Report.RequirementResult]? {
        let parts = claimed.map { standard in
            let ruleSet = catalogue.ruleSet(for: standard.id)!
            return Part(standard: standard, ruleSet: ruleSet, critical: Set(ruleSet.policy?.critical ?? []))
        }
        var items: [Item] = []
        for (part, standard) in claimed.enumerated() {
            items += standard.requirements.indices.map { Item(part: part, requirement: $0) }
        }
        let wanted = min(concurrency, items.count)
        // A tree that cannot be parsed (memory ran out) is left to the one slice that asks
        // for it, which reports it as each XPath rule's finding, as it always has.
        let slices =
            wanted > 1 && catalogue.queriesManifest(claiming: claimed.map(\.id)) && (try? loaded.document()) == nil
            ? 1 : wanted
        guard slices > 1 else {
            let context = EvaluationContext(loaded: loaded, catalogue: catalogue, asOf: asOf, limits: limits)
            context.deadline = deadline
            return evaluate(items[...], parts, context)
        }
        let shared = ReadOnly(loaded)
        let files = EvaluationContext.fileStates(
            of: loaded.package, canonicalRoot: loaded.canonicalRoot, limits: limits,
            concurrency: slices, deadline: deadline)
        if deadline?.hasPassed == true { return nil }
        let results = Slots<[Report.RequirementResult]?>(count: slices)
        let all = items
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            ThreadHeap.prepareThisThread()
            let context = EvaluationContext(
                loaded: shared.value, catalogue: catalogue, asOf: asOf, limits: limits,
                fileStates: files)
            context.deadline = deadline
            let range = (slice * all.count / slices)..<((slice + 1) * all.count / slices)
            results[slice] = evaluate(all[range], parts, context)
        }
        var joined: [Report.RequirementResult] = []
        joined.reserveCapacity(items.count)
        for slice in results.values {
            guard let slice else { return nil }
            joined += slice
        }
        return joined
    }

    /// Evaluates `items` in order, or gives nil as soon as the deadline has passed.
    private func evaluate(_ items: ArraySlice<Item>, _ parts: [Part], _ context: EvaluationContext) -> [Report.RequirementResult]?
    {
        var results: [Report.RequirementResult] = []
        results.reserveCapacity(items.count)
        for item in items {
            if let deadline, deadline.hasPassed { return nil }
            results.append(Self.result(item, parts, context))
        }
        return results
    }

    private static func result(_ item: Item, _ parts: [Part], _ context: EvaluationContext) -> Report.RequirementResult {
        let part = parts[item.part]
        let requirement = part.standard.requirements[item.requirement]
        let (status, findings) = RequirementEvaluation.evaluate(requirement, ruleSet: part.ruleSet, context: context)
        return Report.RequirementResult(
            id: requirement.id, standard: part.standard.id, level: part.standard.level, theme: requirement.theme,
            groupPath: requirement.groupPath, title: requirement.title, status: status,
            critical: part.critical.contains(requirement.id), findings: findings, definition: requirement.location,
            location: context.anchor(for: requirement))
    }
}

/// A value shared by threads that only read it. `LoadedPackage` is not `Sendable` because of
/// its manifest tree, parsed on first use; the slices share a package only after its tree
/// has been parsed (or when no rule queries it), and then every thread only reads it.
private struct ReadOnly<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
