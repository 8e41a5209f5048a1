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

    /// The state of an evidence file, hashing it (once per package) only if `needHash`.
    func file(_ path: String, needHash: Bool) -> FileState {
        if let known = fileStates[path], !(needHash && known == .present(sha256: nil)) { return known }
        let state = Self.state(of: path, needHash: needHash, canonicalRoot: loaded.canonicalRoot, limits: limits)
        fileStates[path] = state
        return state
    }

    /// The state of every evidence file of `package`, each examined once, on `concurrency`
    /// cores; hashed where some entry declares a checksum for it.
    static func fileStates(of package: EvaluationPackage, canonicalRoot: String, limits: PackageLimits,
                           concurrency: Int) -> [String: FileState] {
        var needsHash: [String: Bool] = [:]
        for evidence in package.evidence where needsHash[evidence.path] != true {
            needsHash[evidence.path] = evidence.sha256 != nil
        }
        let paths = needsHash.keys.sorted()
        let hashed = needsHash
        let states = Slots<FileState>(count: paths.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(concurrency, paths.count))) { _ in
            while let index = next.take(below: paths.count) {
                let path = paths[index]
                states[index] = state(of: path, needHash: hashed[path]!, canonicalRoot: canonicalRoot, limits: limits)
            }
        }
        var result: [String: FileState] = [:]
        for (index, path) in paths.enumerated() { result[path] = states[index] }
        return result
    }

    private static func state(of path: String, needHash: Bool, canonicalRoot: String, limits: PackageLimits) -> FileState {
        switch PackagePath.resolve(path, canonicalRoot: canonicalRoot) {
        case .missing, .escapes: return .missing  // escapes were refused when the package was loaded
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
        return try xpathEvaluator!.boolean(expression, variables: variables)
    }
}
