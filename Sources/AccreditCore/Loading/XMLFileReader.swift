import AccreditXML

/// Reads one of accredit's XML files safely and checks it against its format before anyone
/// looks inside: bounded size, well-formed, no DOCTYPE, expected root, supported version, XSD.
package struct XMLFileReader {
    package enum Format {
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

        /// The schema's findings for `document`, read from a file of `size` bytes; empty when
        /// it is valid. Large rule and standard files go through their `SchemaScreen` first.
        func validate(_ document: XMLDocument, size: Int) -> [XMLDiagnostic] {
            if size >= SchemaScreen.worthFrom, let screen = self.screen, screen.accepts(document) { return [] }
            return schema.validate(document)
        }

        private var screen: SchemaScreen? {
            switch self {
            case .standard: return SchemaLibrary.standardScreen
            case .rules: return SchemaLibrary.rulesScreen
            case .package: return nil
            }
        }
    }

    /// Reads and parses `path`, shown to users as `displayName`; `whenTooLarge` is the hint
    /// for a file over `limit` bytes.
    package static func parse(
        _ path: String, displayName: String, limit: Int, whenTooLarge hint: LocalisedText
    ) throws(AccreditError) -> XMLDocument {
        try parse(read(path, displayName: displayName, limit: limit, whenTooLarge: hint), displayName: displayName)
    }

    /// Parses `bytes` read from the file shown to users as `displayName`.
    package static func parse(
        _ bytes: [UInt8], displayName: String,
        maxAttributes: Int = PackageLimits().maxAttributesPerElement
    ) throws(AccreditError) -> XMLDocument {
        try checkAttributes(bytes, displayName: displayName, limit: maxAttributes)
        do throws(XMLParseError) {
            return try XMLDocument.parse(bytes, name: displayName)
        } catch {
            throw parseError(error, displayName: displayName)
        }
    }

    /// The bytes of `path`, at most `limit` of them. `whenTooLarge` is the hint for a larger
    /// file, which only the caller can give: a manifest's bound has an option to raise it, a
    /// rule file's has none.
    package static func read(
        _ path: String, displayName: String, limit: Int, whenTooLarge hint: LocalisedText
    ) throws(AccreditError) -> [UInt8] {
        do throws(FileAccess.ReadError) {
            return try FileAccess.readAll(path, limit: limit)
        } catch {
            throw readError(error, displayName: displayName, limit: limit, tooLargeHint: hint)
        }
    }

    /// Streams `bytes` (see `XMLStreamReader`): checks the root element against `format`, then
    /// hands over the root and each entry. The caller checks each entry's grammar.
    package static func stream(
        _ bytes: [UInt8], displayName: String, as format: Format,
        maxAttributes: Int = PackageLimits().maxAttributesPerElement,
        root: (XMLElementValue) -> Void,
        entry: (XMLElementValue) -> XMLStreamReader.Next
    ) throws(AccreditError) {
        try checkAttributes(bytes, displayName: displayName, limit: maxAttributes)
        var rootProblem: AccreditError?
        do throws(XMLParseError) {
            try XMLStreamReader.read(bytes, name: displayName) { element in
                do throws(AccreditError) {
                    try checkRoot(
                        name: element.name, namespace: element.namespaceURI,
                        formatVersion: element.attribute("formatVersion"),
                        at: SourceLocation(file: displayName, line: element.line), as: format)
                    root(element)
                } catch {
                    rootProblem = error
                }
            } entry: { element in
                // With the wrong root, entries are skipped but the parse goes on, so that a
                // file that is not well-formed is reported as that first.
                rootProblem == nil ? entry(element) : .continue
            }
        } catch {
            throw parseError(error, displayName: displayName)
        }
        if let rootProblem { throw rootProblem }
    }

    /// Refuses a start tag with more than `limit` attributes before libxml2 parses it: its
    /// duplicate check is quadratic in the attributes of one tag (see `XMLAttributeScan`).
    private static func checkAttributes(_ bytes: [UInt8], displayName: String, limit: Int) throws(AccreditError) {
        guard let tag = XMLAttributeScan.firstTag(withMoreThan: limit, in: bytes) else { return }
        throw AccreditError(
            .tooLarge, at: SourceLocation(file: displayName, line: tag.line),
            message: LocalisedText(
                da: "et element har mere end \(limit) attributter",
                en: "an element has more than \(limit) attributes"),
            hint: LocalisedText(
                da:
                    "Et element har højst nogle få attributter; ret elementet, eller hæv grænsen med --max-attributes hvis kilden er betroet.",
                en:
                    "An element has at most a few attributes; fix the element, or raise the limit with --max-attributes if the source is trusted."
            ))
    }

    private static func readError(
        _ error: FileAccess.ReadError, displayName: String, limit: Int, tooLargeHint: LocalisedText
    ) -> AccreditError {
        switch error {
        case .missing:
            return AccreditError(
                .unreadable, at: SourceLocation(file: displayName, line: 0),
                message: LocalisedText(da: "filen findes ikke", en: "the file does not exist"),
                hint: LocalisedText(da: "Kontrollér stien.", en: "Check the path."))
        case .tooLarge(let size):
            return AccreditError(
                .tooLarge, at: SourceLocation(file: displayName, line: 0),
                message: LocalisedText(
                    da: "filen er \(size) bytes; grænsen er \(limit)",
                    en: "the file is \(size) bytes; the limit is \(limit)"),
                hint: tooLargeHint)
        case .notRegular(let reason):
            return AccreditError(
                .unsafe, at: SourceLocation(file: displayName, line: 0),
                message: LocalisedText(
                    da: "filen læses ikke: " + reason.text(.da), en: "the file is not read: " + reason.text(.en)),
                hint: LocalisedText(da: "Læg en almindelig fil på stedet.", en: "Put a regular file in its place."))
        case .unreadable(let reason):
            return AccreditError(
                .unreadable, at: SourceLocation(file: displayName, line: 0),
                message: LocalisedText(da: "filen kan ikke læses: \(reason)", en: "the file cannot be read: \(reason)"),
                hint: LocalisedText(da: "Kontrollér stien og rettighederne.", en: "Check the path and permissions."))
        }
    }

    private static func parseError(_ error: XMLParseError, displayName: String) -> AccreditError {
        let location = SourceLocation(file: displayName, line: error.line)
        switch error.reason {
        case .doctypeRefused:
            return AccreditError(
                .unsafe, at: location,
                message: LocalisedText(da: "DOCTYPE-erklæringer er ikke tilladt", en: "DOCTYPE declarations are not allowed"),
                hint: LocalisedText(
                    da: "Fjern <!DOCTYPE …>; accredit læser aldrig DTD'er eller entiteter.",
                    en: "Remove the <!DOCTYPE …>; accredit never reads DTDs or entities."))
        case .entryTooLarge:
            return AccreditError(
                .tooLarge, at: location,
                message: LocalisedText(
                    da: "en post er for stor: \(error.summary)",
                    en: "an entry is too large: \(error.summary)"),
                hint: LocalisedText(
                    da: "En post har højst et par underelementer og korte tekster; ret posten.",
                    en: "An entry has at most a couple of child elements and short texts; fix the entry."))
        case .malformed, .outOfMemory:
            return AccreditError(
                .malformed, at: location,
                message: LocalisedText(da: "ikke velformet XML: \(error.summary)", en: "not well-formed XML: \(error.summary)"),
                hint: LocalisedText(
                    da: "Ret XML-syntaksen (filen skal være UTF-8).",
                    en: "Fix the XML syntax (the file must be UTF-8)."))
        }
    }

    /// The root element of `document` checked against `format`: namespace, version and, unless
    /// the caller checks the grammar itself, the XSD.
    package static func checkedRoot(_ document: XMLDocument, as format: Format, validate: Bool = true) throws(AccreditError)
        -> XMLElement
    {
        let file = document.name
        guard let root = document.root else { throw wrongRoot(format, file: file, line: 1) }
        try checkRoot(
            name: root.name, namespace: root.namespaceURI, formatVersion: root.attribute("formatVersion"),
            at: SourceLocation(file: file, line: root.line), as: format)
        let problems = validate ? format.schema.validate(document) : []
        if let first = problems.first {
            throw AccreditError(
                .invalid, at: SourceLocation(file: file, line: first.line),
                message: LocalisedText(
                    da: "overholder ikke formatet: \(first.message)",
                    en: "does not follow the format: \(first.message)"),
                hint: LocalisedText(
                    da: "Ret elementet efter Schemas/\(format.root).xsd.",
                    en: "Fix the element according to Schemas/\(format.root).xsd."))
        }
        return root
    }

    /// Checks a root element's name, namespace and format version, for tree and stream reads alike.
    package static func checkRoot(
        name: String, namespace: String?, formatVersion: String?, at location: SourceLocation,
        as format: Format
    ) throws(AccreditError) {
        guard name == format.root, namespace == format.namespace else {
            throw wrongRoot(format, file: location.file, line: location.line)
        }
        try checkVersion(formatVersion, at: location, format: format)
    }

    private static func wrongRoot(_ format: Format, file: String, line: Int) -> AccreditError {
        AccreditError(
            .invalid, at: SourceLocation(file: file, line: line),
            message: LocalisedText(
                da: "forventede <\(format.root) xmlns=\"\(format.namespace)\">",
                en: "expected <\(format.root) xmlns=\"\(format.namespace)\">"),
            hint: LocalisedText(da: "Se Schemas/\(format.root).xsd.", en: "See Schemas/\(format.root).xsd."))
    }

    private static func checkVersion(_ formatVersion: String?, at location: SourceLocation, format: Format) throws(AccreditError)
    {
        guard let text = formatVersion else { return }  // the grammar reports it missing
        guard let version = Int(text), version >= 1 else {
            throw AccreditError(
                .invalid, at: location,
                message: LocalisedText(
                    da: "formatVersion \"\(text)\" er ikke et versionsnummer",
                    en: "formatVersion \"\(text)\" is not a version number"),
                hint: LocalisedText(
                    da: "Skriv formatVersion=\"\(format.supportedVersion)\".",
                    en: "Write formatVersion=\"\(format.supportedVersion)\"."))
        }
        if version > format.supportedVersion {
            throw AccreditError(
                .unsupportedVersion, at: location,
                message: LocalisedText(
                    da: "filen bruger formatversion \(version); denne accredit læser op til version \(format.supportedVersion)",
                    en: "the file uses format version \(version); this accredit reads up to version \(format.supportedVersion)"),
                hint: LocalisedText(
                    da: "Opgradér accredit, eller brug en fil i en ældre version.",
                    en: "Upgrade accredit, or use a file written for an older version."))
        }
    }
}
