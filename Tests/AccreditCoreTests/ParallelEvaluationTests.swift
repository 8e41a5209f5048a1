import AccreditCore
import AccreditTestSupport
import Testing

/// Evaluation on several cores must give exactly the report of evaluation on one.
struct ParallelEvaluationTests {
    @Test(arguments: ["examples/overlap-sundhed", "examples/not-ready-sundhed", "examples/ready-hjemmepleje"])
    func severalCoresGiveTheSameReportAsOne(_ example: String) throws {
        // XPath rules keep evaluation on one core, so leave them out to exercise the threads.
        var catalogue = try Fixtures.shippedCatalogue()
        for (id, set) in catalogue.ruleSets {
            catalogue.ruleSets[id]?.verifications = set.verifications.mapValues { $0.filter { $0.rule.check != .xpath } }
        }
        #expect(!catalogue.queriesManifest)
        var serial = Evaluator(catalogue: catalogue)
        serial.concurrency = 1
        var parallel = Evaluator(catalogue: catalogue)
        parallel.concurrency = 3
        parallel.parallelThreshold = 1
        let one = try serial.evaluate(PackageLoader().load(Fixtures.path(example)))
        let several = try parallel.evaluate(PackageLoader().load(Fixtures.path(example)))
        #expect(several.requirements.count > 3)
        #expect(several.requirements == one.requirements)
        #expect(several.overlaps == one.overlaps)
        #expect(several.verdict == one.verdict)
    }
}
