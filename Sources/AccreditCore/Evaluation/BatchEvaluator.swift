import Foundation

/// Evaluates many packages in parallel on all cores with one catalogue, loaded once. Each
/// outcome is handed to the caller as soon as its package is done and nothing is kept
/// afterwards, so memory stays bounded by the largest package in flight, not by the batch.
/// A package that cannot be evaluated is an outcome like any other; it never stops the rest.
public struct BatchEvaluator: Sendable {
    public enum Outcome: Sendable {
        case evaluated(Report)
        case failed([AccreditError])
    }

    public let catalogue: Catalogue
    public var limits: PackageLimits
    /// Packages evaluated at once; defaults to the number of cores.
    public var concurrency: Int

    public init(catalogue: Catalogue, limits: PackageLimits = PackageLimits(),
                concurrency: Int = Cores.available) {
        self.catalogue = catalogue
        self.limits = limits
        self.concurrency = max(1, concurrency)
    }

    /// Evaluates `paths` and calls `handle(index, path, outcome)` for each, serially (never two
    /// calls at once) but in completion order.
    public func run(_ paths: [String], asOf: Day? = nil,
                    handle: @escaping @Sendable (Int, String, Outcome) -> Void) {
        let next = Counter()
        let serial = NSLock()
        DispatchQueue.concurrentPerform(iterations: min(concurrency, max(paths.count, 1))) { _ in
            while let index = next.take(below: paths.count) {
                let outcome = evaluate(paths[index], asOf: asOf)
                serial.lock()
                handle(index, paths[index], outcome)
                serial.unlock()
            }
        }
    }

    /// One package, start to finish.
    public func evaluate(_ path: String, asOf: Day? = nil) -> Outcome {
        do {
            let report = try PackageOpener(limits: limits).withPackage(path) { loaded in
                loaded.releaseManifest(unlessQueriedBy: catalogue)
                var evaluator = Evaluator(catalogue: catalogue, limits: limits)
                evaluator.concurrency = 1
                return try evaluator.evaluate(loaded, asOf: asOf)
            }
            return .evaluated(report)
        } catch let errors as AccreditErrors {
            return .failed(errors.errors)
        } catch {
            return .failed([AccreditError(.unreadable, at: SourceLocation(file: path, line: 0),
                                          message: LocalisedText(da: "uventet fejl: \(error)", en: "unexpected error: \(error)"),
                                          hint: LocalisedText(da: "Rapportér fejlen.", en: "Please report this."))])
        }
    }

    /// The packages in `folder`: sub-folders holding a manifest.xml and zip files, sorted.
    public static func packages(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { name in
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if name.lowercased().hasSuffix(".zip") { return path }
            return FileManager.default.fileExists(atPath: path + "/" + PackageLoader.manifestName) ? path : nil
        }
    }
}
