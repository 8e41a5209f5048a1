import AccreditCore
import AccreditReports
import Benchmark

/// accredit's core steps, each measured on its own, in the order `accredit check` runs them:
/// load the rule files, parse the manifest, evaluate, render. The inputs of a step are made in
/// its setup, which is not measured (but peakMemoryResident, a process-wide peak, includes what
/// setup keeps alive; peakMemoryResidentDelta is the growth during the measured iterations).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [
        .wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta,
    ]

    for n in [1_000, 10_000] {
        let configuration = limits(for: n)

        Benchmark("Load rules N=\(n)", configuration: configuration) { _, input in
            blackHole(try CatalogueLoader().load([input.rules]))
        } setup: { try Inputs.synthetic(n) }

        Benchmark("Parse manifest N=\(n)", configuration: configuration) { _, input in
            blackHole(try PackageLoader().load(input.package))
        } setup: { try Inputs.synthetic(n) }

        // As CheckCommand calls it, with the package's own assessment date.
        Benchmark("Evaluate N=\(n)", configuration: configuration) { _, loaded in
            blackHole(try Evaluator(catalogue: loaded.catalogue).evaluate(loaded.package))
        } setup: { try load(Inputs.synthetic(n)) }

        // Every format renders the same report, so the formats compare with one another.
        for format in ReportFormat.allCases {
            Benchmark("Render \(format.rawValue) N=\(n)", configuration: configuration) { _, report in
                blackHole(format.reporter.render(report, language: .en))
            } setup: {
                let loaded = try load(Inputs.synthetic(n))
                return try Evaluator(catalogue: loaded.catalogue).evaluate(loaded.package)
            }
        }
    }

    // Hashing is internal to AccreditCore (EvaluationContext), so it is measured through an
    // evaluation that does little else: one requirement over 64 MiB of evidence with checksums.
    let hashing = Benchmark.Configuration(maxDuration: .seconds(2), maxIterations: 8)
    Benchmark("Hash evidence 16x4 MiB (evaluate)", configuration: hashing) { _, loaded in
        blackHole(try Evaluator(catalogue: loaded.catalogue).evaluate(loaded.package))
    } setup: { try load(Inputs.hashing()) }
}

/// Iteration limits that keep a whole run within a few minutes on a small machine: many
/// samples where an iteration takes milliseconds, a handful where it takes about a second.
func limits(for n: Int) -> Benchmark.Configuration {
    n <= 1_000 ? .init(maxDuration: .seconds(1), maxIterations: 30) : .init(maxDuration: .seconds(3), maxIterations: 5)
}

/// The catalogue and the loaded package that evaluation needs, made once in setup.
struct Loaded {
    var catalogue: Catalogue
    var package: LoadedPackage
}

func load(_ input: Input) throws -> Loaded {
    Loaded(catalogue: try CatalogueLoader().load([input.rules]), package: try PackageLoader().load(input.package))
}
