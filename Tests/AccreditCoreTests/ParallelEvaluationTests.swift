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
        // XPath rules keep evaluation on one core, so leave them out to exercise the threads.
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
}
