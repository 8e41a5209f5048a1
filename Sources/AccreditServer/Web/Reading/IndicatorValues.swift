import AccreditAuthoring
import AccreditCore
import Dispatch
import Foundation

/// The indicator values of stored packages, read the way `accredit compare` reads packages:
/// each value's period is the year its period ends, and the package's every period is kept so
/// the comparison can show the change since the year before. The server keeps no indicator
/// values per run, so the packages are opened (with the server's package limits) on every
/// request, and only those of the units on the page.
struct IndicatorValues: Sendable {
    /// One unit's package, as the store holds it.
    struct Source: Sendable {
        var unit: String
        var run: Int64
        var zip: [UInt8]
    }

    /// What the packages gave: observations for `IndicatorComparison`, the measuring unit of
    /// each indicator (`%`, `dage`), and the units whose package could not be opened.
    struct Read: Sendable {
        var observations: [IndicatorComparison.Observation] = []
        var measures: [String: String] = [:]
        var unreadable: [String] = []
    }

    /// One package's values: its observations and the measuring unit of each indicator.
    typealias PackageValues = (observations: [IndicatorComparison.Observation], measures: [String: String])

    let limits: PackageLimits

    /// Opens the packages on the cores, off the caller's thread: opening is file and CPU work
    /// that must not hold an event loop.
    func read(_ sources: [Source]) async -> Read {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: readNow(sources)) }
        }
    }

    func readNow(_ sources: [Source]) -> Read {
        let results = Results(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results.set(index, Self.values(of: sources[index], limits: limits))
        }
        var read = Read()
        for (index, result) in results.all.enumerated() {
            guard let result else {
                read.unreadable.append(sources[index].unit)
                continue
            }
            read.observations += result.observations
            read.measures.merge(result.measures) { first, _ in first }
        }
        return read
    }

    /// The packages' values as they come in from the cores, each in its place.
    private final class Results: @unchecked Sendable {
        typealias Values = PackageValues
        private let lock = NSLock()
        private var values: [Values?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Values?) { lock.withLock { values[index] = value } }

        var all: [Values?] { lock.withLock { values } }
    }

    /// One package's values: per indicator and year, the value of the period ending last in
    /// that year; values marked missing are left out. Nil when the package cannot be opened.
    static func values(of source: Source, limits: PackageLimits) -> PackageValues? {
        let opener = PackageOpener(limits: limits)
        return try? opener.withPackage(.zipData(source.zip, name: "run-\(source.run).zip")) {
            loaded -> PackageValues in
            let package = loaded.package
            var observations: [IndicatorComparison.Observation] = []
            var measures: [String: String] = [:]
            for id in package.indicators.keys.sorted() {
                var byYear: [String: Double] = [:]
                for value in package.series(id) where !value.missing {
                    byYear[String(value.periodEnd.description.prefix(4))] = value.value
                    if !value.unit.isEmpty { measures[id] = value.unit }
                }
                for (year, value) in byYear.sorted(by: { $0.key < $1.key }) {
                    observations.append(.init(unit: source.unit, indicator: id, period: year, value: value))
                }
            }
            return (observations: observations, measures: measures)
        }
    }
}
