import Dispatch
import Foundation

/// The one use case of accredit: a package source, a catalogue and options give a `Report`,
/// or a `CheckFailure` saying why not. The command line's single and batch checks and the web
/// application all call it, so opening archives, reading the manifest, the order of rule and
/// package problems, and the use of the cores are decided here once.
///
/// ```swift
/// let catalogue = try CatalogueLoader().load(["Standards", "Rules"])
/// switch PackageCheck(catalogue: catalogue).check(.folder("examples/ready-hjemmepleje")) {
/// case .success(let report): print(report.verdict.decision)
/// case .failure(let failure): print(failure.errors)
/// }
/// ```
public struct PackageCheck: Sendable {
    public let catalogue: Catalogue
    public var options: CheckOptions
    /// The concern level, checked once from its own package (`concernLevel(_:)`), that sector
    /// units inherit from and overlap with; nil when each package carries its concern level.
    public var concern: ConcernLevel?

    public init(catalogue: Catalogue, options: CheckOptions = CheckOptions(), concern: ConcernLevel? = nil) {
        self.catalogue = catalogue
        self.options = options
        self.concern = concern
    }

    /// Checks one package, using every core for a large one.
    public func check(_ source: PackageSource) -> Result<Report, CheckFailure> {
        Self.check(source, options: options, cores: Cores.available, concern: concern) { _ in catalogue }
    }

    /// Checks the concern level's own package, for sector units to refer to instead of
    /// copying its evidence. Its report is kept in the result, to be shown in its own right.
    public func concernLevel(_ source: PackageSource) -> Result<ConcernLevel, CheckFailure> {
        var level: ConcernLevel?
        let result = Self.check(source, options: options, cores: Cores.available, concern: nil, catalogue: { _ in catalogue }) {
            report, package in level = ConcernLevel(report: report, package: package)
        }
        return result.map { _ in level! }
    }

    /// Checks one package and keeps what it contains beside the report: for a front end that
    /// stores runs (expiry dates of evidence, indicator values) or edits a self-evaluation.
    public func checkKeepingContents(_ source: PackageSource) -> Result<CheckedPackage, CheckFailure> {
        var contents: EvaluationPackage?
        let result = Self.check(source, options: options, cores: Cores.available, concern: concern, catalogue: { _ in catalogue })
        {
            _, package in contents = package
        }
        return result.map { CheckedPackage(report: $0, contents: contents!) }
    }

    /// Checks many packages on all cores with this one catalogue, and hands each result to
    /// `each` as soon as it is ready: serially (never two calls at once), in completion order,
    /// with the source's index. Nothing is kept afterwards, so memory is bounded by the packages
    /// in flight, not by the batch. A package that fails never stops the others.
    public func checkAll(_ sources: [PackageSource], each: @escaping @Sendable (Int, Result<Report, CheckFailure>) -> Void) {
        let next = Counter()
        let serial = NSLock()
        let workers = min(Cores.available, max(sources.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            ThreadHeap.prepareThisThread()
            while let index = next.take(below: sources.count) {
                let result = Self.check(sources[index], options: options, cores: 1, concern: concern) { _ in catalogue }
                serial.withLock { each(index, result) }
            }
        }
    }

    /// Checks one package with the rule files in `ruleFolders`, loaded on the other cores
    /// while the package is read. Problems in the rule files come first: they make any package
    /// problem moot. Whatever happens, the loading has finished when this returns.
    public static func check(
        _ source: PackageSource, ruleFolders: [String],
        options: CheckOptions = CheckOptions()
    ) -> Result<Report, CheckFailure> {
        check(source, loading: RuleFilesLoading(ruleFolders), options: options)
    }

    /// Checks one package with rule files whose loading was started earlier (see
    /// `RuleFilesLoading`), as `check(_:ruleFolders:options:)` does.
    public static func check(
        _ source: PackageSource, loading: RuleFilesLoading,
        options: CheckOptions = CheckOptions()
    ) -> Result<Report, CheckFailure> {
        let pending = loading.pending
        // While the rule files' references are resolved, a package whose claimed standards
        // query it with XPath has its tree parsed, which evaluation would otherwise do first.
        func catalogue(for loaded: LoadedPackage?) throws(CheckFailure) -> Catalogue {
            do throws(AccreditErrors) {
                return try pending.value { querying in
                    guard let loaded, loaded.package.claims.contains(where: { querying.contains($0.standard) }) else { return }
                    _ = try? loaded.document()
                }
            } catch {
                throw .rules(error.errors)
            }
        }
        let result = check(source, options: options, cores: Cores.available, concern: nil, catalogue: catalogue(for:))
        if case .failure(.package) = result {
            do throws(CheckFailure) { _ = try catalogue(for: nil) } catch { return .failure(error) }
        }
        return result
    }

    /// Opens, evaluates and closes one package; `catalogue` is asked for once the package is
    /// read, so that the two can be read at the same time. `inspect` sees the report with the
    /// package it came from, before the package is closed.
    private static func check(
        _ source: PackageSource, options: CheckOptions, cores: Int, concern: ConcernLevel?,
        catalogue: (LoadedPackage) throws(CheckFailure) -> Catalogue,
        inspect: (Report, EvaluationPackage) -> Void = { _, _ in }
    ) -> Result<Report, CheckFailure> {
        let deadline = options.timeout.map(Deadline.init(seconds:))
        do {
            var opener = PackageOpener(limits: options.limits)
            opener.deadline = deadline
            let report = try opener.withPackage(source) { loaded -> Report in
                let catalogue = try catalogue(loaded)
                loaded.releaseManifest(unlessQueriedBy: catalogue)
                var evaluator = Evaluator(catalogue: catalogue, limits: options.limits)
                evaluator.concurrency = cores
                evaluator.deadline = deadline
                var report = try evaluator.evaluate(loaded, asOf: options.asOf, concern: concern)
                inspect(report, loaded.package)
                // Freeing the many small values of a large package and catalogue costs a tenth of
                // a large check; a front end that ends the process with the report in hand never
                // pays it, one that keeps running frees them with the report.
                report.retained = Retained(loaded, catalogue)
                return report
            }
            return .success(report)
        } catch let failure as CheckFailure {
            return .failure(failure)
        } catch let errors as AccreditErrors {
            return .failure(.package(errors.errors))
        } catch {
            return .failure(
                .package([
                    AccreditError(
                        .unreadable, at: SourceLocation(file: source.displayName, line: 0),
                        message: LocalisedText(da: "uventet fejl: \(error)", en: "unexpected error: \(error)"),
                        hint: LocalisedText(da: "Rapportér fejlen.", en: "Please report this."))
                ]))
        }
    }
}

/// Values a report keeps alive for as long as it lives (see `PackageCheck`).
final class Retained: @unchecked Sendable {
    private let values: [Any]
    init(_ values: Any...) { self.values = values }
}
