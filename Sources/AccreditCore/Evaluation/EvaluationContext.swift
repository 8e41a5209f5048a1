import AccreditXML
import Crypto
import Dispatch

/// Per-package state shared by the checks of one evaluation: the package, the date it is
/// judged at, and caches (file hashes, compiled XPath) so that work is done once per package.
/// Confined to one task, like the manifest document it holds.
final class EvaluationContext {
    let loaded: LoadedPackage
    let catalogue: Catalogue
    let asOf: Day
    let limits: PackageLimits
    private var fileStates: [String: FileState] = [:]
    private var xpathEvaluator: XPathEvaluator?
    private var compiled: [String: XPathExpression] = [:]
    /// When the check gives up: no XPath expression is evaluated after it has passed.
    var deadline: Deadline?

    /// Stored rather than computed from `loaded`: checks read it for every rule use, and a
    /// computed property would copy (retain and release) the whole package value each time.
    let package: EvaluationPackage

    init(loaded: LoadedPackage, catalogue: Catalogue, asOf: Day, limits: PackageLimits,
         fileStates: [String: FileState] = [:]) {
        self.loaded = loaded
        self.package = loaded.package
        self.catalogue = catalogue
        self.asOf = asOf
        self.limits = limits
        self.fileStates = fileStates
    }

    /// Standard id → its scales, taken once: looking a scale up through the catalogue copies
    /// the whole standard out of its dictionary, for every requirement answered.
    private lazy var scalesByStandard: [String: [String: Scale]] = catalogue.standards.mapValues(\.scales)

    /// The scale `id` of the standard `standardID`, if it defines one.
    func scale(_ id: String, of standardID: String) -> Scale? {
        scalesByStandard[standardID]?[id]
    }

    /// The place to point at when the package lacks something for `requirement`: its answer,
    /// else its first evidence, else the claim of its standard.
    func anchor(for requirement: Requirement) -> SourceLocation {
        if let answer = package.answers[requirement.id] { return answer.location }
        if let first = package.evidenceByRequirement[requirement.id]?.first { return package.evidence[first].location }
        return package.claims.first { $0.standard == requirement.standardID }?.location ?? package.location
    }

    // MARK: Evidence files

    enum FileState: Equatable, Sendable {
        case present(sha256: String?)
        case missing
        case tooLarge(Int)
        case unreadable(String)
    }

    /// The state of an evidence file, examined once per package: hashed when some entry
    /// declares a checksum for it, else only checked for its size.
    func file(_ path: String) -> FileState {
        if let known = fileStates[path] { return known }
        let state = Self.state(of: path, needHash: package.evidenceFiles[path] == true, canonicalRoot: loaded.canonicalRoot,
                               limits: limits)
        fileStates[path] = state
        return state
    }

    /// The state of every evidence file of the package, each examined as `file(_:)` would,
    /// on `concurrency` cores. Every entry refers to a claimed requirement once the claims
    /// are checked, so every file named is one some requirement asks about.
    static func fileStates(of package: EvaluationPackage, canonicalRoot: String, limits: PackageLimits,
                           concurrency: Int, deadline: Deadline? = nil) -> [String: FileState] {
        let paths = package.evidenceFiles.keys.sorted()
        let states = parallelMap(paths, concurrency: concurrency) { path in
            // Past the deadline the check is abandoned; the states left are never read.
            if let deadline, deadline.hasPassed { return FileState.missing }
            return state(of: path, needHash: package.evidenceFiles[path] == true, canonicalRoot: canonicalRoot, limits: limits)
        }
        var result: [String: FileState] = [:]
        result.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() { result[path] = states[index] }
        return result
    }

    private static func state(of path: String, needHash: Bool, canonicalRoot: String, limits: PackageLimits) -> FileState {
        switch PackagePath.resolve(path, canonicalRoot: canonicalRoot) {
        case .missing, .escapes, .notRegular: return .missing  // escapes and other files were refused when the package was loaded
        case .file(let onDisk):
            if needHash { return hash(onDisk, limit: limits.maxEvidenceBytes) }
            if let size = FileAccess.size(of: onDisk), size > limits.maxEvidenceBytes { return .tooLarge(size) }
            return .present(sha256: nil)
        }
    }

    private static func hash(_ path: String, limit: Int) -> FileState {
        var hasher = SHA256()
        do throws(FileAccess.ReadError) {
            try FileAccess.stream(path, limit: limit) { hasher.update(bufferPointer: $0) }
        } catch {
            switch error {
            case .tooLarge(let size): return .tooLarge(size)
            case .missing: return .missing
            case .unreadable(let reason): return .unreadable(reason)
            case .notRegular(let reason): return .unreadable(reason.text(.en))
            }
        }
        return .present(sha256: Hex.string(hasher.finalize()))
    }

    // MARK: XPath

    func evaluateXPath(_ source: String, variables: [String: String]) throws(XPathError) -> Bool {
        let expression: XPathExpression
        if let known = compiled[source] {
            expression = known
        } else {
            expression = try XPathExpression(source, namespaces: XPathCheck.namespaces)
            compiled[source] = expression
        }
        if xpathEvaluator == nil {
            let document: XMLDocument
            do throws(XMLParseError) {
                document = try loaded.document()
            } catch {
                throw XPathError(expression: source, diagnostics: error.diagnostics)
            }
            xpathEvaluator = XPathEvaluator(document: document, namespaces: XPathCheck.namespaces)
        }
        if let deadline, deadline.hasPassed {
            throw XPathError(expression: source, diagnostics: [XMLDiagnostic(
                severity: .fatal, message: "not evaluated: the check ran out of time", line: 0)])
        }
        return try xpathEvaluator!.boolean(expression, variables: variables)
    }
}
