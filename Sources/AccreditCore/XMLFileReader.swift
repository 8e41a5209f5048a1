import AccreditXML

/// Reads one of accredit's XML files safely and checks it against its format before anyone
/// looks inside: bounded size, well-formed, no DOCTYPE, expected root, supported version, XSD.
struct XMLFileReader {
    enum Format {
        case standard, rules, package

        var namespace: String {
            switch self {
            case .standard: return Namespace.standard
            case .rules: return Namespace.rules
            case .package: return Namespace.package
            }
        }

        var root: String {
            switch self {
            case .standard: return "standard"
            case .rules: return "rules"
            case .package: return "package"
            }
        }

        var supportedVersion: Int {
            switch self {
            case .standard: return FormatVersion.standard
            case .rules: return FormatVersion.rules
            case .package: return FormatVersion.package
            }
        }

        var schema: XMLSchema {
            switch self {
            case .standard: return SchemaLibrary.standard
            case .rules: return SchemaLibrary.rules
            case .package: return SchemaLibrary.package
            }
        }
    }

    /// Reads and parses `path`, shown to users as `displayName`.
    static func parse(_ path: String, displayName: String, limit: Int) throws(AccreditError) -> XMLDocument {
        let bytes: [UInt8]
        do throws(FileAccess.ReadError) {
            bytes = try FileAccess.readAll(path, limit: limit)
        } catch {
            throw readError(error, displayName: displayName, limit: limit)
        }
        do throws(XMLParseError) {
            return try XMLDocument.parse(bytes, name: displayName)
        } catch {
            throw parseError(error, displayName: displayName)
        }
    }

    private static func readError(_ error: FileAccess.ReadError, displayName: String, limit: Int) -> AccreditError {
        switch error {
        case .missing:
            return AccreditError(.unreadable, at: SourceLocation(file: displayName, line: 0),
                                message: LocalisedText(da: "filen findes ikke", en: "the file does not exist"),
                                hint: LocalisedText(da: "Kontrollér stien.", en: "Check the path."))
        case .tooLarge(let size):
            return AccreditError(.tooLarge, at: SourceLocation(file: displayName, line: 0),
                                message: LocalisedText(da: "filen er \(size) bytes; grænsen er \(limit)",
                                                       en: "the file is \(size) bytes; the limit is \(limit)"),
                                hint: LocalisedText(da: "Del filen op, eller hæv grænsen med --max-manifest-bytes hvis kilden er betroet.",
                                                    en: "Split the file, or raise the limit with --max-manifest-bytes if the source is trusted."))
        case .unreadable(let reason):
            return AccreditError(.unreadable, at: SourceLocation(file: displayName, line: 0),
                                message: LocalisedText(da: "filen kan ikke læses: \(reason)", en: "the file cannot be read: \(reason)"),
                                hint: LocalisedText(da: "Kontrollér stien og rettighederne.", en: "Check the path and permissions."))
        }
    }

    private static func parseError(_ error: XMLParseError, displayName: String) -> AccreditError {
        let location = SourceLocation(file: displayName, line: error.line)
        switch error.reason {
        case .doctypeRefused:
            return AccreditError(.unsafe, at: location,
                                 message: LocalisedText(da: "DOCTYPE-erklæringer er ikke tilladt", en: "DOCTYPE declarations are not allowed"),
                                 hint: LocalisedText(da: "Fjern <!DOCTYPE …>; accredit læser aldrig DTD'er eller entiteter.",
                                                     en: "Remove the <!DOCTYPE …>; accredit never reads DTDs or entities."))
        case .malformed, .outOfMemory:
            return AccreditError(.malformed, at: location,
                                 message: LocalisedText(da: "ikke velformet XML: \(error.summary)", en: "not well-formed XML: \(error.summary)"),
                                 hint: LocalisedText(da: "Ret XML-syntaksen (filen skal være UTF-8).",
                                                     en: "Fix the XML syntax (the file must be UTF-8)."))
        }
    }

    /// The root element of `document` checked against `format`: namespace, version and, unless
    /// the caller checks the grammar itself, the XSD.
    static func checkedRoot(_ document: XMLDocument, as format: Format, validate: Bool = true) throws(AccreditError) -> XMLElement {
        let file = document.name
        guard let root = document.root, root.name == format.root, root.namespaceURI == format.namespace else {
            throw AccreditError(.invalid, at: SourceLocation(file: file, line: document.root?.line ?? 1),
                                message: LocalisedText(da: "forventede <\(format.root) xmlns=\"\(format.namespace)\">",
                                                       en: "expected <\(format.root) xmlns=\"\(format.namespace)\">"),
                                hint: LocalisedText(da: "Se Schemas/\(format.root).xsd.", en: "See Schemas/\(format.root).xsd."))
        }
        try checkVersion(root, format: format)
        let problems = validate ? format.schema.validate(document) : []
        if let first = problems.first {
            throw AccreditError(.invalid, at: SourceLocation(file: file, line: first.line),
                                message: LocalisedText(da: "overholder ikke formatet: \(first.message)",
                                                       en: "does not follow the format: \(first.message)"),
                                hint: LocalisedText(da: "Ret elementet efter Schemas/\(format.root).xsd.",
                                                    en: "Fix the element according to Schemas/\(format.root).xsd."))
        }
        return root
    }

    private static func checkVersion(_ root: XMLElement, format: Format) throws(AccreditError) {
        let location = SourceLocation(file: root.document.name, line: root.line)
        guard let text = root.attribute("formatVersion") else { return }  // the XSD reports it missing
        guard let version = Int(text), version >= 1 else {
            throw AccreditError(.invalid, at: location,
                                message: LocalisedText(da: "formatVersion \"\(text)\" er ikke et versionsnummer",
                                                       en: "formatVersion \"\(text)\" is not a version number"),
                                hint: LocalisedText(da: "Skriv formatVersion=\"\(format.supportedVersion)\".",
                                                    en: "Write formatVersion=\"\(format.supportedVersion)\"."))
        }
        if version > format.supportedVersion {
            throw AccreditError(.unsupportedVersion, at: location,
                                message: LocalisedText(
                                    da: "filen bruger formatversion \(version); denne accredit læser op til version \(format.supportedVersion)",
                                    en: "the file uses format version \(version); this accredit reads up to version \(format.supportedVersion)"),
                                hint: LocalisedText(da: "Opgradér accredit, eller brug en fil i en ældre version.",
                                                    en: "Upgrade accredit, or use a file written for an older version."))
        }
    }
}
