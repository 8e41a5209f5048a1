import AccreditXML
import Crypto
import Dispatch

/// Per-package state shared by the checks of one evaluation: the package, the date it is
/// judged at, and caches (file hashes, compiled XPath) so that work is done once per package.
/// Confined to one thread: its caches and XPath context are its own. Several contexts may share
/// one package and its parsed manifest tree, which they only read (`RequirementBatch`).
final class EvaluationContext {
    let loaded: LoadedPackage
    let catalogue: Catalogue
    let asOf: Day
    let limits: PackageLimits
    private var fileStates: [String: FileState] = [:]
    private var xpathEvaluator: XPathEvaluator?
    private var compiled: [String: XPathExpression] = [:]
    /// Results of expressions that name no variable, by source. Such an expression says the
    /// same of every requirement, while each evaluation walks the manifest: a rule set using
    /// one for every tenth requirement would take time in the square of the package's size.
    private var constantResults: [String: Result<Bool, XPathError>] = [:]
    /// XPath evaluations run, for tests of the cache above.
    private(set) var xpathEvaluations = 0
    /// When the check gives up: no XPath expression is evaluated after it has passed.
    var deadline: Deadline?

    /// Stored rather than computed from `loaded`: checks read it for every rule use, and a
    /// computed property would copy (retain and release) the whole package value each time.
    let package: EvaluationPackage

    init(
        loaded: LoadedPackage, catalogue: Catalogue, asOf: Day, limits: PackageLimits,
        fileStates: [String: FileState] = [:]
    ) {
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

    /// Evidence files examined so far, by canonical path: one file named in several ways
    /// (`big.bin`, `./big.bin`, a symbolic link to it) is hashed once, not once per name.
    private var canonicalStates: [String: FileState] = [:]
    /// How many files this context has examined (hashed or sized), for tests.
    private(set) var examinedFiles = 0

    /// The state of an evidence file, examined once per package: hashed when some entry
    /// declares a checksum for it, else only checked for its size. Hard links are not judged
    /// here: loading the package refused them unless they were allowed.
    func file(_ path: String) -> FileState {
        if let known = fileStates[path] { return known }
        let needHash = package.evidenceFiles[path] == true
        let state: FileState
        if case .file(let canonical) = PackagePath.resolve(path, canonicalRoot: loaded.canonicalRoot, allowHardLinks: true) {
            if let known = canonicalStates[canonical], !(needHash && known == .present(sha256: nil)) {
                state = known
            } else {
                state = Self.examine(canonical, needHash: needHash, limits: limits)
                examinedFiles += 1
                canonicalStates[canonical] = state
            }
        } else {
            state = .missing  // escapes and other kinds of file were refused when the package was loaded
        }
        fileStates[path] = state
        return state
    }

    /// The state of every evidence file of the package, each examined as `file(_:)` would,
    /// on `concurrency` cores: the names are resolved first, so that each file is examined
    /// once whatever it is called. Every entry refers to a claimed requirement once the claims
    /// are checked, so every file named is one some requirement asks about.
    static func fileStates(
        of package: EvaluationPackage, canonicalRoot: String, limits: PackageLimits,
        concurrency: Int, deadline: Deadline? = nil
    ) -> [String: FileState] {
        let paths = package.evidenceFiles.keys.sorted()
        let resolved = parallelMap(paths, concurrency: concurrency) { path -> String? in
            if case .file(let canonical) = PackagePath.resolve(path, canonicalRoot: canonicalRoot, allowHardLinks: true) {
                return canonical
            }
            return nil
        }
        var needHash: [String: Bool] = [:]
        for (index, path) in paths.enumerated() {
            guard let canonical = resolved[index] else { continue }
            needHash[canonical] = (needHash[canonical] ?? false) || package.evidenceFiles[path] == true
        }
        let files = needHash.keys.sorted()
        let needs = needHash
        let states = parallelMap(files, concurrency: concurrency) { file in
            // Past the deadline the check is abandoned; the states left are never read.
            if let deadline, deadline.hasPassed { return FileState.missing }
            return examine(file, needHash: needs[file]!, limits: limits)
        }
        let byFile = Dictionary(uniqueKeysWithValues: zip(files, states))
        var result: [String: FileState] = [:]
        result.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() { result[path] = resolved[index].flatMap { byFile[$0] } ?? .missing }
        return result
    }

    /// A regular file at its canonical path: hashed when `needHash`, else only sized.
    private static func examine(_ onDisk: String, needHash: Bool, limits: PackageLimits) -> FileState {
        if needHash { return hash(onDisk, limit: limits.maxEvidenceBytes) }
        if let size = FileAccess.size(of: onDisk), size > limits.maxEvidenceBytes { return .tooLarge(size) }
        return .present(sha256: nil)
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
        // Without a `$`, nothing in the expression can refer to a variable (a `$` inside a
        // string literal only makes the check conservative).
        let constant = !source.utf8.contains(UInt8(ascii: "$"))
        if constant, let known = constantResults[source] { return try known.get() }
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
            throw XPathError(
                expression: source,
                diagnostics: [
                    XMLDiagnostic(
                        severity: .fatal, message: "not evaluated: the check ran out of time", line: 0)
                ])
        }
        xpathEvaluations += 1
        do throws(XPathError) {
            let result = try xpathEvaluator!.boolean(expression, variables: variables)
            if constant { constantResults[source] = .success(result) }
            return result
        } catch {
            if constant { constantResults[source] = .failure(error) }
            throw error
        }
    }
}
