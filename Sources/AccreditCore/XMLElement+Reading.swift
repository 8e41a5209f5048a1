import AccreditXML

let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

extension XMLElement {
    /// The texts of the children named `name`, keyed by their `xml:lang`.
    func localised(_ name: String) -> LocalisedText {
        var text = LocalisedText()
        forEachChild { child in
            guard child.name == name,
                  let lang = child.attribute("lang", namespace: xmlNamespace).flatMap(Language.init(rawValue:))
            else { return }
            text[lang] = child.text.collapsingWhitespace
        }
        return text
    }

    /// Children named `name` whose `xml:lang` is missing or not da/en.
    func unlocalisedChildren(_ name: String) -> [XMLElement] {
        children.filter {
            $0.name == name && $0.attribute("lang", namespace: xmlNamespace).flatMap(Language.init(rawValue:)) == nil
        }
    }

    func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line) }

    /// A space-separated list attribute.
    func list(_ name: String) -> [String] {
        (attribute(name) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

extension String {
    /// Authored texts are indented in the XML; readers want them on one line.
    var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
