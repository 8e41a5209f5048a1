import AccreditXML
import Testing

struct XMLDocumentTests {
    private func parse(_ text: String) throws(XMLParseError) -> XMLDocument {
        try XMLDocument.parse(Array(text.utf8), name: "test.xml")
    }

    @Test func readsElementsAttributesAndLines() throws {
        let doc = try parse("<r xmlns=\"urn:x\">\n  <a id=\"1\">one</a>\n  <b/>\n</r>")
        let root = try #require(doc.root)
        #expect(root.namespaceURI == "urn:x")
        #expect(root.children.map(\.name) == ["a", "b"])
        let a = try #require(root.child(named: "a"))
        #expect(a.attribute("id") == "1")
        #expect(a.attribute("missing") == nil)
        #expect(a.text == "one")
        #expect(a.line == 2)
    }

    @Test func linesAreExactBeyond65535() throws {
        let text = "<r>\n" + String(repeating: "<x/>\n", count: 70_000) + "<target/>\n</r>"
        let doc = try parse(text)
        #expect(doc.root?.children.last?.line == 70_002)
    }

    @Test func malformedInputReportsItsLine() throws {
        #expect { _ = try parse("<r>\n<a>\n</b>\n</r>") } throws: { error in
            (error as? XMLParseError)?.reason == .malformed && (error as? XMLParseError)?.line == 3
        }
    }

    @Test func doctypeIsRefusedEvenWhenHarmless() throws {
        #expect { _ = try parse("<!DOCTYPE r>\n<r/>") } throws: { error in
            (error as? XMLParseError)?.reason == .doctypeRefused
        }
    }
}

struct XPathTests {
    @Test func evaluatesWithNamespacesAndVariables() throws {
        let doc = try XMLDocument.parse(Array(#"<p:r xmlns:p="urn:x"><p:e req="a b"/></p:r>"#.utf8), name: "x.xml")
        let expression = try XPathExpression(
            "count(p:e[contains(concat(' ', @req, ' '), concat(' ', $id, ' '))]) = 1",
            namespaces: ["p": "urn:x"])
        let evaluator = XPathEvaluator(document: doc, namespaces: ["p": "urn:x"])
        #expect(try evaluator.boolean(expression, variables: ["id": "b"]))
        #expect(try !evaluator.boolean(expression, variables: ["id": "c"]))
    }

    @Test func compileErrorsAreDescribed() {
        #expect { _ = try XPathExpression("count(//x[", namespaces: [:]) } throws: { error in
            (error as? XPathError)?.summary.contains("count(//x[") == true
        }
    }

    @Test func undefinedVariableIsAnEvaluationError() throws {
        let doc = try XMLDocument.parse(Array("<r/>".utf8), name: "x.xml")
        let expression = try XPathExpression("$nope = 1", namespaces: [:])
        #expect(throws: XPathError.self) { _ = try XPathEvaluator(document: doc, namespaces: [:]).boolean(expression) }
    }
}

struct XMLSchemaTests {
    @Test func validationErrorsCarryLines() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="r"><xs:complexType><xs:attribute name="n" type="xs:integer" use="required"/></xs:complexType></xs:element>
            </xs:schema>
            """
        let schema = try XMLSchema(Array(xsd.utf8), name: "t.xsd")
        let good = try XMLDocument.parse(Array(#"<r n="1"/>"#.utf8), name: "good.xml")
        let bad = try XMLDocument.parse(Array("\n\n<r n=\"x\"/>".utf8), name: "bad.xml")
        #expect(schema.validate(good).isEmpty)
        #expect(schema.validate(bad).first?.line == 3)
    }
}

struct StartTagLineTests {
    /// A start tag spread over several lines is located at its first line, where a reader looks.
    @Test func multiLineStartTagIsLocatedAtItsStart() throws {
        let text = "<r>\n  <a\n    x=\"1\"\n    y=\"2\"/>\n  <b\n  >text</b>\n</r>"
        let root = try #require(try XMLDocument.parse(Array(text.utf8), name: "t.xml").root)
        #expect(root.children.map(\.line) == [2, 5])
    }
}
