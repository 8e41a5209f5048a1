import AccreditXML
import Crypto

/// Loads standard and rule files from folders (or single files), checks each against its
/// format, then checks the references between them. Reports every problem it finds.
public struct CatalogueLoader: Sendable {
    /// Rule and standard files are authored by people, not submitted; this bound only guards
    /// against pointing `--rules` at the wrong folder.
    public var maxFileBytes = 32 << 20
    /// Folders skipped when searching for rule files (they hold example packages).
    public var skippedFolders: Set<String> = ["examples", "tests"]

    public init() {}

    /// Loads every `*.xml` under `paths`, in a stable order.
    public func load(_ paths: [String]) throws(AccreditErrors) -> Catalogue {
        var files: [String] = []
        var errors: [AccreditError] = []
        for path in paths {
            switch FileAccess.kind(of: path) {
            case .directory: files += FileAccess.files(under: path, suffix: ".xml", skipping: skippedFolders)
            case .file, .symlink: files.append(path)
            default:
                errors.append(AccreditError(.unreadable, at: SourceLocation(file: path, line: 0),
                                            message: LocalisedText(da: "mappen findes ikke", en: "no such folder"),
                                            hint: LocalisedText(da: "Angiv en mappe med standard- og regelfiler.",
                                                                en: "Name a folder holding standard and rule files.")))
            }
        }
        if files.isEmpty && errors.isEmpty {
            errors.append(AccreditError(.unreadable, at: nil,
                                        message: LocalisedText(da: "ingen standard- eller regelfiler fundet i \(paths.joined(separator: ", "))",
                                                               en: "no standard or rule files found in \(paths.joined(separator: ", "))"),
                                        hint: LocalisedText(da: "Angiv mapper med --rules.", en: "Name folders with --rules.")))
        }
        var standards: [Standard] = []
        var ruleSets: [(RuleSet, [UnresolvedUse])] = []
        var hasher = SHA256()
        for file in files {
            do {
                let document = try XMLFileReader.parse(file, displayName: file, limit: maxFileBytes)
                let bytes = (try? FileAccess.readAll(file, limit: maxFileBytes)) ?? []
                let digest = Hex.string(SHA256.hash(data: bytes))
                hasher.update(data: Array(file.utf8) + [0] + Array(digest.utf8))
                guard let root = document.root else { continue }
                if root.namespaceURI == Namespace.standard {
                    let checked = try XMLFileReader.checkedRoot(document, as: .standard)
                    var parser = StandardParser(file: file)
                    standards.append(parser.parse(checked, contentHash: digest))
                    errors += parser.problems
                } else if root.namespaceURI == Namespace.rules {
                    let checked = try XMLFileReader.checkedRoot(document, as: .rules)
                    var parser = RuleSetParser(file: file)
                    ruleSets.append(parser.parse(checked, contentHash: digest))
                    errors += parser.problems
                } else {
                    errors.append(AccreditError(.invalid, at: SourceLocation(file: file, line: root.line),
                                                message: LocalisedText(da: "hverken en standard- eller en regelfil",
                                                                       en: "neither a standard nor a rule file"),
                                                hint: LocalisedText(da: "Brug xmlns=\"\(Namespace.standard)\" eller \"\(Namespace.rules)\", eller flyt filen.",
                                                                    en: "Use xmlns=\"\(Namespace.standard)\" or \"\(Namespace.rules)\", or move the file.")))
                }
            } catch {
                errors.append(error)
            }
        }
        var validator = CatalogueValidator(standards: standards, ruleSets: ruleSets)
        let catalogue = validator.resolve(contentHash: Hex.string(hasher.finalize()))
        errors += validator.problems
        if !errors.isEmpty { throw AccreditErrors(errors) }
        return catalogue
    }
}

/// Lower-case hexadecimal of digests.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func string<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
