import CLibXML2
import Glibc

extension XMLDocument {
    /// Whether every attribute without a namespace, on any element, whose local name is one
    /// of `names` satisfies the test at the same index in `tests`, given the attribute's
    /// value as UTF-8 bytes. Walks the tree once without building a String: it screens the
    /// identifiers of rule and standard files, tens of thousands of them. Names are compared
    /// as the parser's interned pointers where the document has a dictionary.
    public func attributes(
        named names: [String], satisfy tests: [(UnsafeBufferPointer<UInt8>) -> Bool]
    ) -> Bool {
        precondition(names.count == tests.count)
        guard let root = xmlDocGetRootElement(pointer) else { return true }
        let dictionary = pointer.pointee.dict
        // With a dictionary, a name the document never used is not in it, and the attributes
        // that carry a wanted name point at the interned copy.
        let interned: [UnsafePointer<xmlChar>?] = names.map { name in
            guard let dictionary else { return nil }
            return name.withCString { xmlDictExists(dictionary, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self), -1) }
        }
        let plain = names.map { Array($0.utf8) + [0] }

        func index(of name: UnsafePointer<xmlChar>) -> Int? {
            if dictionary != nil {
                for i in interned.indices where interned[i] == name { return i }
                return nil
            }
            for i in plain.indices where plain[i].withUnsafeBufferPointer({ strcmp(name, $0.baseAddress!) }) == 0 {
                return i
            }
            return nil
        }

        var node: xmlNodePtr? = root
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                var property = current.pointee.properties
                while let p = property {
                    if p.pointee.ns == nil, let name = p.pointee.name, let i = index(of: name) {
                        // One text node holds the value (no entities: DOCTYPEs are refused);
                        // anything else is left to the full validation.
                        guard let child = p.pointee.children, child.pointee.next == nil,
                            child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content
                        else { return false }
                        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                        if !tests[i](UnsafeBufferPointer(start: content, count: length)) { return false }
                    }
                    property = p.pointee.next
                }
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            }
            // The next node in document order: a sibling, or the sibling of an ancestor.
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing, up != root {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climbing = up.pointee.parent
            }
        }
        return true
    }
}
