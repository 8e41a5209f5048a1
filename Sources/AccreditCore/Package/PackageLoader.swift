import AccreditXML

/// A package read into memory: its values, and the manifest that XPath rules query.
///
/// The manifest is read as a stream; the libxml2 tree XPath needs is built from the same bytes
/// only when a rule asks for it, because most rule sets never do and the tree costs several
/// times the manifest's size. The tree is parsed on first use, so a loaded package is not
/// `Sendable`: `RequirementBatch` shares one between threads only once the tree is parsed,
/// and from then on every thread only reads it.
public final class LoadedPackage {
    public let package: EvaluationPackage
    /// The package folder's canonical path; evidence must resolve inside it.
    let canonicalRoot: String
    /// Dropped by `releaseManifest()` when the caller knows no rule will query it.
    private var manifestBytes: [UInt8]?
    private var parsedDocument: XMLDocument?

    init(package: EvaluationPackage, manifestBytes: [UInt8]?, canonicalRoot: String) {
        self.package = package
        self.manifestBytes = manifestBytes
        self.canonicalRoot = canonicalRoot
    }

    /// The manifest as a tree, parsed on first use. The bytes parsed once already, so this
    /// fails only when memory runs out.
    func document() throws(XMLParseError) -> XMLDocument {
        if let parsedDocument { return parsedDocument }
        guard let manifestBytes else {
            throw XMLParseError(
                reason: .malformed,
                diagnostics: [
                    XMLDiagnostic(
                        severity: .fatal, message: "the manifest was released before a rule queried it", line: 0)
                ])
        }
        let document = try XMLDocument.parse(manifestBytes, name: package.manifest)
        parsedDocument = document
        return document
    }

    /// Frees the manifest's bytes (and tree), saving memory the size of the manifest for the
    /// rest of the run. For callers that know no XPath rule will query it
    /// (`Catalogue.queriesManifest(claiming:)`); an evaluation with XPath rules afterwards
    /// reports them as errors.
    package func releaseManifest() {
        manifestBytes = nil
        parsedDocument = nil
    }

    /// Releases the manifest when no rule of the standards this package claims queries it.
    func releaseManifest(unlessQueriedBy catalogue: Catalogue) {
        if !catalogue.queriesManifest(claiming: package.claims.map(\.standard)) { releaseManifest() }
    }
}

/// Reads an evaluation package folder (`manifest.xml` plus evidence files) safely.
public struct PackageLoader: Sendable {
    public var limits: PackageLimits
    public static let manifestName = "manifest.xml"
    /// When reading the manifest gives up; see `CheckOptions.timeout`.
    package var deadline: Deadline?

    public init(limits: PackageLimits = PackageLimits()) { self.limits = limits }

    /// Loads the package in folder `path` (or the folder of a manifest file named by `path`).
    /// Zip archives are opened with `PackageOpener`, which extracts them first.
    public func load(_ path: String) throws(AccreditErrors) -> LoadedPackage {
        try load(path, displayedAs: nil)
    }

    /// Loads the package folder at `path`, naming it `displayedAs` in every location (an
    /// extracted archive is shown as the archive, not as its temporary folder).
    func load(_ path: String, displayedAs: String?) throws(AccreditErrors) -> LoadedPackage {
        var root = path
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        var manifest = root + "/" + Self.manifestName
        switch FileAccess.kind(of: root) {
        case .directory: break
        case .symlink where FileAccess.isDirectory(root): break
        case .file where root.hasSuffix(".xml"):
            manifest = root
            root = root.contains("/") ? String(root[..<root.lastIndex(of: "/")!]) : "."
        case .missing:
            throw AccreditErrors([
                AccreditError(
                    .unreadable, at: SourceLocation(file: path, line: 0),
                    message: LocalisedText(da: "pakken findes ikke", en: "the package does not exist"),
                    hint: LocalisedText(da: "Angiv mappen med manifest.xml.", en: "Name the folder holding manifest.xml."))
            ])
        default:
            throw AccreditErrors([
                AccreditError(
                    .unreadable, at: SourceLocation(file: path, line: 0),
                    message: LocalisedText(da: "ikke en pakkemappe", en: "not a package folder"),
                    hint: LocalisedText(da: "Angiv mappen med manifest.xml.", en: "Name the folder holding manifest.xml."))
            ])
        }
        // The manifest is looked at once: a link could lead out of the package, and a pipe or a
        // device would block or never end when read.
        let shownManifestPath = displayedAs.map { $0 + "/" + Self.manifestName } ?? manifest
        let putTheFileItself = LocalisedText(da: "Læg selve filen i pakken.", en: "Put the file itself in the package.")
        switch FileAccess.kind(of: manifest) {
        case .symlink:
            throw Self.refusal(
                manifest, LocalisedText(da: "manifestet er et symbolsk link", en: "the manifest is a symbolic link"),
                putTheFileItself)
        case .other:
            throw Self.refusal(
                shownManifestPath,
                LocalisedText(
                    da: "manifestet er ikke en almindelig fil (et navngivet rør, en socket eller en enhed)",
                    en: "the manifest is not a regular file (a named pipe, socket or device)"),
                putTheFileItself)
        default: break
        }
        if !limits.allowHardLinks, let links = FileAccess.linkCount(manifest), links > 1 {
            throw Self.refusal(
                shownManifestPath,
                LocalisedText(
                    da: "manifestet har \(links) hårde links, og et hårdt link kan pege ud af pakken",
                    en: "the manifest has \(links) hard links, and a hard link can lead out of the package"),
                LocalisedText(
                    da: "Kopiér filen ind i pakken, eller tillad hårde links med --allow-hard-links hvis kilden er betroet.",
                    en: "Copy the file into the package, or allow hard links with --allow-hard-links if the source is trusted."))
        }
        guard let canonicalRoot = FileAccess.canonical(root) else {
            throw AccreditErrors([
                AccreditError(
                    .unreadable, at: SourceLocation(file: root, line: 0),
                    message: LocalisedText(da: "pakkemappen kan ikke læses", en: "the package folder cannot be read"),
                    hint: LocalisedText(da: "Kontrollér rettighederne.", en: "Check the permissions."))
            ])
        }
        do throws(any Error) {
            let shownRoot = displayedAs ?? root
            let shownManifest = displayedAs.map { $0 + "/" + Self.manifestName } ?? manifest
            let bytes = try XMLFileReader.read(
                manifest, displayName: shownManifest, limit: limits.maxManifestBytes,
                whenTooLarge: LocalisedText(
                    da: "Del filen op, eller hæv grænsen med --max-manifest-bytes hvis kilden er betroet.",
                    en: "Split the file, or raise the limit with --max-manifest-bytes if the source is trusted."))
            var read = 0
            var timedOut = false
            var reader = ManifestReader(
                file: shownManifest, root: shownRoot, canonicalRoot: canonicalRoot, limits: limits,
                manifestBytes: bytes.count)
            try XMLFileReader.stream(
                bytes, displayName: shownManifest, as: .package,
                maxAttributes: limits.maxAttributesPerElement
            ) { root in
                reader.begin(root)
            } entry: { entry in
                // The clock is read once every 1,024 entries: often enough to stop within a
                // fraction of a second, rarely enough to cost nothing.
                read += 1
                if read & 1023 == 0, let deadline, deadline.hasPassed {
                    timedOut = true
                    return .stop
                }
                // Read on to the end even when the reader has enough problems: a manifest
                // that is not well-formed must be reported as such, whatever came before.
                if let problem = ManifestEntryScreen.problem(with: entry, in: shownManifest) {
                    if reader.problems.count < 50 { reader.problems.append(problem) }
                    return .continue
                }
                reader.read(entry)
                return .continue
            }
            if timedOut, let deadline { throw AccreditErrors([deadline.error(at: shownRoot)]) }
            reader.finish()
            if !reader.problems.isEmpty { throw AccreditErrors(reader.problems) }
            return LoadedPackage(package: reader.package, manifestBytes: bytes, canonicalRoot: canonicalRoot)
        } catch let error as AccreditError {
            throw AccreditErrors([error])
        } catch let errors as AccreditErrors {
            throw errors
        } catch {
            throw AccreditErrors([])
        }
    }

    /// An unsafe manifest, refused before it is read.
    private static func refusal(_ file: String, _ message: LocalisedText, _ hint: LocalisedText) -> AccreditErrors {
        AccreditErrors([AccreditError(.unsafe, at: SourceLocation(file: file, line: 0), message: message, hint: hint)])
    }
}
