import AccreditXML
import Crypto
import Dispatch
import Foundation

/// Loads standard and rule files from folders (or single files), checks each against its
/// format, then checks the references between them. Reports every problem it finds.
public struct CatalogueLoader: Sendable {
    /// Rule and standard files are authored by people, not submitted; this bound only guards
    /// against pointing `--rules` at the wrong folder.
    public var maxFileBytes = 32 << 20
    /// Folders skipped when searching for rule files (they hold example packages).
    public var skippedFolders: Set<String> = ["examples", "tests"]
    /// How many files are read at once.
    var concurrency = Cores.available
    /// Threads that may join in reading the files while they are read.
    var helpers: HelpingHands?
    /// Told, once every file is read and before the references between them are resolved,
    /// which standards' rule files query the manifest with XPath as far as each file shows
    /// (a use resolved only against another file is not seen): a hint for a caller waiting
    /// for the catalogue, never the answer (`Catalogue.queriesManifest(claiming:)` is).
    var whenFilesRead: (@Sendable (_ queryingStandards: Set<String>) -> Void)?

    public init() {}

    /// Loads every `*.xml` under `paths`, in a stable order; any error makes it throw.
    public func load(_ paths: [String]) throws(AccreditErrors) -> Catalogue {
        let result = loadReporting(paths)
        let errors = result.findings.filter { $0.severity == .error }.map(\.error)
        if !errors.isEmpty { throw AccreditErrors(errors) }
        return result.catalogue
    }

    /// What `loadReporting` found: the catalogue built from every file that could be read
    /// (possibly incomplete) and every problem, located, with its severity.
    public struct Result: Sendable {
        public var catalogue: Catalogue
        public var findings: [CatalogueProblem]
        /// The files read, in the order they were read.
        public var files: [String]
    }

    /// Loads like `load`, but keeps going after problems: a file that is unreadable or breaks
    /// its schema is left out and reported, and the rest is still loaded and cross-checked.
    public func loadReporting(_ paths: [String]) -> Result {
        var files: [String] = []
        var findings: [CatalogueProblem] = []
        for path in paths {
            switch FileAccess.kind(of: path) {
            case .directory: files += FileAccess.files(under: path, suffix: ".xml", skipping: skippedFolders)
            case .file, .symlink: files.append(path)
            default:
                findings.append(
                    CatalogueProblem(
                        .unreadableFile, at: SourceLocation(file: path, line: 0),
                        message: LocalisedText(da: "mappen findes ikke", en: "no such folder"),
                        hint: LocalisedText(
                            da: "Angiv en mappe med standard- og regelfiler.",
                            en: "Name a folder holding standard and rule files."),
                        errorKind: .unreadable))
            }
        }
        if files.isEmpty && findings.isEmpty {
            findings.append(
                CatalogueProblem(
                    .unreadableFile, at: nil,
                    message: LocalisedText(
                        da: "ingen standard- eller regelfiler fundet i \(paths.joined(separator: ", "))",
                        en: "no standard or rule files found in \(paths.joined(separator: ", "))"),
                    hint: LocalisedText(da: "Angiv mapper med --rules.", en: "Name folders with --rules."),
                    errorKind: .unreadable))
        }
        // Files are read, parsed and checked against their schema on all cores, then combined
        // in their stable order, so the catalogue and its hash do not depend on the threads.
        let contents = parallelMap(files, concurrency: concurrency, helpers: helpers) { content(of: $0) }
        var standards: [Standard] = []
        var ruleSets: [(RuleSet, [UnresolvedUse])] = []
        var hasher = SHA256()
        for (file, content) in zip(files, contents) {
            if let digest = content.digest { hasher.update(data: Array(file.utf8) + [0] + Array(digest.utf8)) }
            findings += content.findings
            if let standard = content.standard { standards.append(standard) }
            if let ruleSet = content.ruleSet { ruleSets.append(ruleSet) }
        }
        if let whenFilesRead { whenFilesRead(Self.queryingStandards(ruleSets)) }
        var validator = CatalogueValidator(standards: standards, ruleSets: ruleSets)
        let catalogue = validator.resolve(contentHash: Hex.string(hasher.finalize()))
        findings += validator.problems
        return Result(catalogue: catalogue, findings: findings, files: files)
    }

    /// The standards whose rule files use an XPath rule, by the rule's id, before the uses are
    /// resolved: a rule set that uses one only through another file's `extends` is not seen.
    private static func queryingStandards(_ ruleSets: [(RuleSet, [UnresolvedUse])]) -> Set<String> {
        var xpathRules: Set<String> = []
        for (set, _) in ruleSets {
            for rule in set.rules.values where CheckRegistry.check(for: rule.check)?.queriesManifest == true {
                xpathRules.insert(rule.id)
            }
        }
        guard !xpathRules.isEmpty else { return [] }
        return Set(
            ruleSets.compactMap { set, uses in
                uses.contains { xpathRules.contains($0.ruleID) } ? set.standardID : nil
            })
    }

    /// What one file contributes: its parsed content, if it could be read, and its problems.
    private struct FileContent: Sendable {
        var digest: String?
        var standard: Standard?
        var ruleSet: (RuleSet, [UnresolvedUse])?
        var findings: [CatalogueProblem] = []
    }

    private func content(of file: String) -> FileContent {
        var content = FileContent()
        do {
            let bytes = try XMLFileReader.read(
                file, displayName: file, limit: maxFileBytes,
                whenTooLarge: LocalisedText(
                    da: "Del filen op i mindre filer: standard- og regelfiler har en fast grænse, som ingen indstilling hæver.",
                    en: "Split the file into smaller ones: standard and rule files have a fixed bound that no option raises."))
            let document = try XMLFileReader.parse(bytes, displayName: file)
            let digest = Hex.string(SHA256.hash(data: bytes))
            content.digest = digest
            guard let root = document.root else { return content }
            let format: XMLFileReader.Format
            if root.namespaceURI == Namespace.standard {
                format = .standard
            } else if root.namespaceURI == Namespace.rules {
                format = .rules
            } else {
                content.findings.append(
                    CatalogueProblem(
                        .malformedFile, at: SourceLocation(file: file, line: root.line),
                        message: LocalisedText(
                            da: "hverken en standard- eller en regelfil",
                            en: "neither a standard nor a rule file"),
                        hint: LocalisedText(
                            da: "Brug xmlns=\"\(Namespace.standard)\" eller \"\(Namespace.rules)\", eller flyt filen.",
                            en: "Use xmlns=\"\(Namespace.standard)\" or \"\(Namespace.rules)\", or move the file.")))
                return content
            }
            let checked = try XMLFileReader.checkedRoot(document, as: format, validate: false)
            // Schema violations are reported, and the file is still read as far as it can be,
            // so that one bad element does not hide the rest of the catalogue.
            content.findings += format.validate(document, size: bytes.count).map {
                Self.schemaFinding($0, file: file, format: format)
            }
            if format == .standard {
                var parser = StandardParser(file: file)
                content.standard = parser.parse(checked, contentHash: digest)
                content.findings += parser.problems
            } else {
                var parser = RuleSetParser(file: file)
                content.ruleSet = parser.parse(checked, contentHash: digest)
                content.findings += parser.problems
            }
        } catch {
            content.findings.append(
                CatalogueProblem(
                    error.kind == .unreadable || error.kind == .tooLarge ? .unreadableFile : .malformedFile,
                    error))
        }
        return content
    }

    private static func schemaFinding(_ diagnostic: XMLDiagnostic, file: String, format: XMLFileReader.Format) -> CatalogueProblem
    {
        CatalogueProblem(
            .schemaViolation, at: SourceLocation(file: file, line: diagnostic.line),
            message: LocalisedText(
                da: "overholder ikke formatet: \(diagnostic.message)",
                en: "does not follow the format: \(diagnostic.message)"),
            hint: LocalisedText(
                da: "Ret elementet efter Schemas/\(format.root).xsd.",
                en: "Fix the element according to Schemas/\(format.root).xsd."))
    }
}

/// Lower-case hexadecimal of digests.
package enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    package static func string<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
