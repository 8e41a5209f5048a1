import AccreditCore
import AccreditTestSupport
import Testing

/// Evaluation on several cores must give exactly the report of evaluation on one.
struct ParallelEvaluationTests {
    /// Three cores, and more cores than the package has requirements.
    @Test(arguments: [
        ("examples/overlap-sundhed", 3), ("examples/not-ready-sundhed", 3), ("examples/ready-hjemmepleje", 3),
        ("examples/overlap-sundhed", 64), ("examples/ready-hjemmepleje", 200),
    ])
    func severalCoresGiveTheSameReportAsOne(_ example: String, _ cores: Int) throws {
        // Without XPath rules: the package's tree is never parsed.
        var catalogue = try Fixtures.shippedCatalogue()
        for (id, set) in catalogue.ruleSets {
            catalogue.ruleSets[id]?.verifications = set.verifications.mapValues { $0.filter { $0.rule.check != .xpath } }
        }
        #expect(!catalogue.queriesManifest(claiming: Array(catalogue.standards.keys)))
        var serial = Evaluator(catalogue: catalogue)
        serial.concurrency = 1
        var parallel = Evaluator(catalogue: catalogue)
        parallel.concurrency = cores
        parallel.parallelThreshold = 1
        let one = try serial.evaluate(PackageLoader().load(Fixtures.path(example)))
        let several = try parallel.evaluate(PackageLoader().load(Fixtures.path(example)))
        #expect(several.requirements.count > 3)
        #expect(several.requirements == one.requirements)
        #expect(several.overlaps == one.overlaps)
        #expect(several.verdict == one.verdict)
    }

    /// With XPath rules the cores share the package's tree, each with XPath contexts of its
    /// own: the results are those of one core, the `$requirement`-dependent ones included.
    @Test(arguments: [3, 200])
    func xpathRulesOnSeveralCoresGiveTheSameReportAsOne(_ cores: Int) throws {
        let catalogue = try Fixtures.shippedCatalogue()
        #expect(catalogue.queriesManifest(claiming: ["aeldre-kvalitetsstandard"]))
        var serial = Evaluator(catalogue: catalogue)
        serial.concurrency = 1
        var parallel = Evaluator(catalogue: catalogue)
        parallel.concurrency = cores
        parallel.parallelThreshold = 1
        let one = try serial.evaluate(PackageLoader().load(Fixtures.path("examples/ready-hjemmepleje")))
        let several = try parallel.evaluate(PackageLoader().load(Fixtures.path("examples/ready-hjemmepleje")))
        let uses = catalogue.ruleSet(for: "aeldre-kvalitetsstandard")!.verifications.values.joined()
        #expect(uses.contains { $0.rule.id == "council-decision-in-period" })
        #expect(several.requirements == one.requirements)
        #expect(several.verdict == one.verdict)
    }
}
