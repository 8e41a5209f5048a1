import AccreditXML

/// Checks on a manifest entry that come before its grammar: what the streaming grammar, which
/// looks at local names only, would let through although `Schemas/package.xsd` does not.
///
/// - Elements in another namespace (`<evidence xmlns="urn:evil">`) would be read as the
///   package's own: an evidence entry nobody validated would count for a requirement.
/// - A waiver or not-applicable declaration with an empty (or blank) approver or
///   justification would excuse a requirement on nobody's authority and for no reason.
enum ManifestEntryScreen {
    /// The problem with `entry`, located in `file`, or nil.
    static func problem(with entry: XMLElementValue, in file: String) -> AccreditError? {
        if let foreign = foreignElement(in: entry) {
            let name = foreign.namespaceURI.map { "{\($0)}\(foreign.name)" } ?? foreign.name
            return AccreditError(
                .invalid, at: SourceLocation(file: file, line: foreign.line),
                message: LocalisedText(
                    da: "elementet <\(foreign.name)> står i et fremmed navnerum: \(name)",
                    en: "element <\(foreign.name)> is in a foreign namespace: \(name)"),
                hint: LocalisedText(
                    da: "Alle manifestets elementer står i navnerummet \(Namespace.package); fjern xmlns-erklæringen.",
                    en: "Every element of the manifest is in the namespace \(Namespace.package); remove the xmlns declaration."))
        }
        if entry.name == "exemption" {
            if entry.attribute("approvedBy").map(isBlank) ?? false {
                return blank("approvedBy", da: "hvem der har godkendt", entry: entry, file: file)
            }
            if let justification = entry.child(named: "justification"), isBlank(justification.text) {
                return blank("justification", da: "begrundelsen", entry: entry, file: file)
            }
        }
        return nil
    }

    /// The first element of `entry` (itself included) outside the package namespace.
    private static func foreignElement(in entry: XMLElementValue) -> XMLElementValue? {
        if entry.namespaceURI != Namespace.package { return entry }
        // By index: a `for` loop would copy each child of every entry.
        for index in entry.children.indices {
            if let foreign = foreignElement(in: entry.children[index]) { return foreign }
        }
        return nil
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    private static func blank(_ what: String, da: String, entry: XMLElementValue, file: String) -> AccreditError {
        let kind =
            entry.attribute("type") == "waiver"
            ? (da: "dispensationen", en: "the waiver")
            : (da: "erklæringen om ikke-relevans", en: "the not-applicable declaration")
        return AccreditError(
            .invalid, at: SourceLocation(file: file, line: entry.line),
            message: LocalisedText(
                da: "\(what) er tom: \(kind.da) for \(entry.attribute("requirement") ?? "") siger ikke \(da)",
                en:
                    "\(what) is empty: \(kind.en) for \(entry.attribute("requirement") ?? "") gives no \(what == "approvedBy" ? "approver" : "justification")"
            ),
            hint: LocalisedText(
                da: "Skriv hvem der har godkendt undtagelsen og hvorfor.",
                en: "Write who approved the exemption and why."))
    }
}
