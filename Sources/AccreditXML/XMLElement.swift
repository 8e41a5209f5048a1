import CLibXML2
import CXMLSupport
import Glibc

/// A read-only view of one element. Keeps its document alive; valid only on the document's task.
public struct XMLElement {
    let node: xmlNodePtr
    public let document: XMLDocument

    init(node: xmlNodePtr, document: XMLDocument) {
        self.node = node
        self.document = document
    }

    /// The local name, without prefix.
    public var name: String { String(cString: node.pointee.name) }

    /// True if the local name equals `localName`, compared in C without building a String:
    /// readers ask this of every child of large rule and standard files.
    public func isNamed(_ localName: String) -> Bool {
        localName.withCString { strcmp(UnsafeRawPointer(node.pointee.name).assumingMemoryBound(to: CChar.self), $0) == 0 }
    }

    /// The namespace URI, if any.
    public var namespaceURI: String? {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The line of the start tag, exact also beyond 65535.
    public var line: Int { acx_node_line(node) }

    /// The value of an attribute without namespace, or nil.
    public func attribute(_ name: String) -> String? {
        name.withCString { wanted in
            var property = node.pointee.properties
            while let p = property {
                if p.pointee.ns == nil,
                    strcmp(UnsafeRawPointer(p.pointee.name).assumingMemoryBound(to: CChar.self), wanted) == 0
                {
                    return Self.value(of: p)
                }
                property = p.pointee.next
            }
            return nil
        }
    }

    /// The value of an attribute in a namespace (e.g. `xml:lang`).
    public func attribute(_ name: String, namespace: String) -> String? {
        name.withCString { wantedName in
            namespace.withCString { wantedNamespace in
                var property = node.pointee.properties
                while let p = property {
                    if let ns = p.pointee.ns, let href = ns.pointee.href,
                        strcmp(UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self), wantedNamespace) == 0,
                        strcmp(UnsafeRawPointer(p.pointee.name).assumingMemoryBound(to: CChar.self), wantedName) == 0
                    {
                        return Self.value(of: p)
                    }
                    property = p.pointee.next
                }
                return nil
            }
        }
    }

    /// The number of attributes, with or without namespace.
    public var attributeCount: Int {
        var count = 0
        var property = node.pointee.properties
        while let p = property {
            count += 1
            property = p.pointee.next
        }
        return count
    }

    /// All attributes without namespace, in document order.
    public var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var property = node.pointee.properties
        while let p = property {
            if p.pointee.ns == nil { result.append((String(cString: p.pointee.name), Self.value(of: p))) }
            property = p.pointee.next
        }
        return result
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        // With DOCTYPEs refused there are no entity references: the value is one text node.
        if let child = attribute.pointee.children, child.pointee.next == nil,
            child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content
        {
            return String(cString: content)
        }
        guard let raw = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { acx_free(raw) }
        return String(cString: raw)
    }

    /// The concatenated text content of this element and its descendants.
    public var text: String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { acx_free(raw) }
        return String(cString: raw)
    }

    /// Child elements in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: c, document: document)) }
            child = c.pointee.next
        }
        return result
    }

    /// Calls `body` for each child element, without building an array.
    public func forEachChild(_ body: (XMLElement) throws -> Void) rethrows {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { try body(XMLElement(node: c, document: document)) }
            child = c.pointee.next
        }
    }

    /// The child elements with the given local name.
    public func children(named localName: String) -> [XMLElement] {
        children.filter { $0.isNamed(localName) }
    }

    /// The first child element with the given local name.
    public func child(named localName: String) -> XMLElement? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, XMLElement(node: c, document: document).isNamed(localName) {
                return XMLElement(node: c, document: document)
            }
            child = c.pointee.next
        }
        return nil
    }
}
