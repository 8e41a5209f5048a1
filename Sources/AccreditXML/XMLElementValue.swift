/// A detached copy of one element and its descendants: what a streaming read hands out.
///
/// Unlike `XMLElement` it owns no libxml2 tree, so it is cheap to drop and safe to send
/// between tasks. It answers the same questions as `XMLElement` (attributes, children, text,
/// line), so code that reads one small element at a time works with either.
public struct XMLElementValue: Sendable {
    public struct Attribute: Sendable {
        public let name: String
        public let namespaceURI: String?
        public let value: String
    }

    /// The local name, without prefix.
    public let name: String
    /// The namespace URI, if any.
    public let namespaceURI: String?
    /// The line of the start tag.
    public let line: Int
    /// All attributes, with or without namespace, in document order.
    public internal(set) var allAttributes: [Attribute]
    /// The concatenated text of this element and its descendants, as `XMLElement.text`.
    public internal(set) var text: String
    /// Child elements in document order.
    public internal(set) var children: [XMLElementValue]

    /// The value of an attribute without namespace, or nil. Lengths are compared first: they
    /// are stored, and tell most names apart without comparing characters.
    public func attribute(_ name: String) -> String? {
        let length = name.utf8.count
        for attribute in allAttributes
        where attribute.name.utf8.count == length && attribute.namespaceURI == nil && attribute.name == name {
            return attribute.value
        }
        return nil
    }

    /// The value of an attribute in a namespace (e.g. `xml:lang`).
    public func attribute(_ name: String, namespace: String) -> String? {
        for attribute in allAttributes where attribute.namespaceURI == namespace && attribute.name == name {
            return attribute.value
        }
        return nil
    }

    /// The number of attributes, with or without namespace.
    public var attributeCount: Int { allAttributes.count }

    /// All attributes without namespace, in document order.
    public var attributes: [(name: String, value: String)] {
        allAttributes.filter { $0.namespaceURI == nil }.map { ($0.name, $0.value) }
    }

    /// Calls `body` for each child element.
    public func forEachChild(_ body: (XMLElementValue) throws -> Void) rethrows {
        for child in children { try body(child) }
    }

    /// The first child element with the given local name.
    public func child(named localName: String) -> XMLElementValue? {
        for index in children.indices where children[index].name == localName { return children[index] }
        return nil
    }

    /// The text of the first child element with the given local name: read in place, where
    /// `child(named:)` copies the child (a manifest entry's title, for every entry).
    public func text(ofChild localName: String) -> String? {
        for index in children.indices where children[index].name == localName { return children[index].text }
        return nil
    }
}
