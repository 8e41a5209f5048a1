import AccreditXML
import Foundation
import Testing

/// The streaming reader must hand out exactly what the tree reader sees.
struct XMLStreamReaderTests {
    private struct Read {
        var root: XMLElementValue?
        var entries: [XMLElementValue] = []
    }

    private func stream(_ text: String, stopAfter limit: Int = .max) throws(XMLParseError) -> Read {
        var read = Read()
        try XMLStreamReader.read(Array(text.utf8), name: "test.xml") {
            read.root = $0
        } entry: { entry in
            read.entries.append(entry)
            return read.entries.count >= limit ? .stop : .continue
        }
        return read
    }

    @Test func handsOverTheRootThenEachEntryWithAttributesChildrenAndLines() throws {
        let read = try stream("<r xmlns=\"urn:x\" v=\"1\">\n  <a id=\"1\">one<t>two</t>three</a>\n  <b\n   x=\"y\"/>\n</r>")
        let root = try #require(read.root)
        #expect(root.name == "r")
        #expect(root.namespaceURI == "urn:x")
        #expect(root.attribute("v") == "1")
        #expect(root.children.isEmpty)
        #expect(read.entries.map(\.name) == ["a", "b"])
        let a = read.entries[0]
        #expect(a.line == 2)
        #expect(a.text == "onetwothree")
        #expect(a.child(named: "t")?.text == "two")
        #expect(a.child(named: "t")?.line == 2)
        #expect(read.entries[1].line == 3, "a start tag spread over lines has the line of its '<'")
        #expect(read.entries[1].attribute("x") == "y")
    }

    @Test func escapedCharactersArriveDecoded() throws {
        let read = try stream("<r><a v=\"x &amp; y &#38; z &lt; &#60; &quot;\" w=\"&amp;#38;\">a &amp; b &#38; c &lt;</a></r>")
        let a = try #require(read.entries.first)
        #expect(a.attribute("v") == "x & y & z < < \"")
        #expect(a.attribute("w") == "&#38;")
        #expect(a.text == "a & b & c <")
    }

    @Test func namespacedAttributesAreKeptApart() throws {
        let read = try stream("<r><t xml:lang=\"da\" lang=\"x\">tekst</t></r>")
        let t = try #require(read.entries.first)
        #expect(t.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") == "da")
        #expect(t.attribute("lang") == "x")
        #expect(t.attributeCount == 2)
        #expect(t.attributes.map(\.name) == ["lang"])
    }

    @Test func linesAreExactBeyond65535() throws {
        let read = try stream("<r>\n" + String(repeating: "<x/>\n", count: 70_000) + "<target/>\n</r>")
        #expect(read.entries.last?.name == "target")
        #expect(read.entries.last?.line == 70_002)
    }

    @Test func stoppingEarlyIsNotAnError() throws {
        let read = try stream("<r><a/><b/><c/></r>", stopAfter: 2)
        #expect(read.entries.map(\.name) == ["a", "b"])
    }

    @Test func malformedInputAfterGoodEntriesIsStillAnError() throws {
        #expect { _ = try stream("<r>\n<a/>\n<b>\n</c>\n</r>") } throws: { error in
            (error as? XMLParseError)?.reason == .malformed && (error as? XMLParseError)?.line == 4
        }
    }

    @Test func doctypeIsRefusedBeforeAnyEntity() throws {
        let text = "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<r><a>&e;</a></r>"
        #expect { _ = try stream(text) } throws: { error in
            (error as? XMLParseError)?.reason == .doctypeRefused
        }
    }

    @Test func agreesWithTheTreeReader() throws {
        let text = "<r xmlns=\"urn:x\">\n <e id=\"E1\" p=\"a&amp;b\">\n  <title>T &lt;1&gt;</title>\n </e>\n <f/>\n</r>"
        let tree = try XMLDocument.parse(Array(text.utf8), name: "test.xml")
        let read = try stream(text)
        let treeEntries = try #require(tree.root).children
        #expect(read.entries.count == treeEntries.count)
        for (streamed, node) in zip(read.entries, treeEntries) {
            #expect(streamed.name == node.name)
            #expect(streamed.line == node.line)
            #expect(streamed.text == node.text)
            #expect(streamed.attributes.map(\.value) == node.attributes.map(\.value))
            #expect(streamed.children.map(\.name) == node.children.map(\.name))
        }
    }
}

extension XMLStreamReaderTests {
    private func bounded(_ text: String, _ bounds: XMLStreamReader.EntryBounds) throws(XMLParseError) -> [String] {
        var names: [String] = []
        try XMLStreamReader.read(Array(text.utf8), name: "test.xml", bounds: bounds) { _ in
        } entry: { entry in
            names.append(entry.name)
            return .continue
        }
        return names
    }

    private func refusedAtLine(_ text: String, _ bounds: XMLStreamReader.EntryBounds) -> Int? {
        do {
            _ = try bounded(text, bounds)
            return nil
        } catch {
            return error.reason == .entryTooLarge ? error.line : nil
        }
    }

    @Test func anEntryWithTooManyElementsEndsTheParseAtItsLine() throws {
        let text = "<r>\n<a/>\n<b>" + String(repeating: "<t/>", count: 20) + "</b>\n</r>"
        var bounds = XMLStreamReader.EntryBounds()
        bounds.elements = 10
        #expect(refusedAtLine(text, bounds) == 3)
        bounds.elements = 21
        #expect(try bounded(text, bounds) == ["a", "b"])
    }

    @Test func anEntryNestedTooDeepIsRefused() throws {
        let text = "<r>\n<a>" + String(repeating: "<n>", count: 5) + String(repeating: "</n>", count: 5) + "</a>\n</r>"
        var bounds = XMLStreamReader.EntryBounds()
        bounds.depth = 4
        #expect(refusedAtLine(text, bounds) == 2)
        bounds.depth = 5
        #expect(try bounded(text, bounds) == ["a"])
    }

    /// libxml2's bound on a text node is in its tree builder, which a stream does not use.
    @Test func anEntryWithTooMuchTextIsRefusedCountingNestedText() throws {
        let text = "<r>\n<a>" + String(repeating: "x", count: 600) + "<t>" + String(repeating: "y", count: 600) + "</t></a>\n</r>"
        var bounds = XMLStreamReader.EntryBounds()
        bounds.textBytes = 1_000
        #expect(refusedAtLine(text, bounds) == 2)
        bounds.textBytes = 1_200
        #expect(try bounded(text, bounds) == ["a"])
    }
}

/// Every manifest shipped in examples/ read both ways: names, namespaces, lines, attributes
/// (names, namespaces, values), text and children agree at every level.
struct StreamAgreesWithTreeOnExamplesTests {
    static let manifests: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let examples = root.appendingPathComponent("examples")
        let found = FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix("manifest.xml") && !$0.contains("malformed") }.sorted()
            .map { examples.appendingPathComponent($0).path }
    }()

    @Test func thereAreManifestsToCompare() {
        #expect(Self.manifests.count >= 4)
    }

    @Test(arguments: manifests)
    func streamAndTreeAgree(_ path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        let tree = try XMLDocument.parse(bytes, name: path)
        var entries: [XMLElementValue] = []
        var root: XMLElementValue?
        try XMLStreamReader.read(bytes, name: path) {
            root = $0
        } entry: {
            entries.append($0)
            return .continue
        }
        let treeRoot = try #require(tree.root)
        #expect(root?.name == treeRoot.name)
        #expect(root?.namespaceURI == treeRoot.namespaceURI)
        #expect(root?.line == treeRoot.line)
        #expect(entries.count == treeRoot.children.count)
        for (streamed, node) in zip(entries, treeRoot.children) { compare(streamed, node) }
    }

    private func compare(_ streamed: XMLElementValue, _ node: XMLElement) {
        #expect(streamed.name == node.name)
        #expect(streamed.namespaceURI == node.namespaceURI)
        #expect(streamed.line == node.line, "\(streamed.name)")
        #expect(streamed.text == node.text, "\(streamed.name) at \(streamed.line)")
        #expect(streamed.attributeCount == node.attributeCount)
        #expect(streamed.attributes.map(\.name) == node.attributes.map(\.name))
        #expect(streamed.attributes.map(\.value) == node.attributes.map(\.value))
        for attribute in streamed.allAttributes where attribute.namespaceURI != nil {
            #expect(node.attribute(attribute.name, namespace: attribute.namespaceURI!) == attribute.value)
        }
        #expect(streamed.children.count == node.children.count)
        for (child, childNode) in zip(streamed.children, node.children) { compare(child, childNode) }
    }
}
