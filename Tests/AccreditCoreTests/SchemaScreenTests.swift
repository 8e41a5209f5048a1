import AccreditTestSupport
import AccreditXML
import Foundation
import Testing

@testable import AccreditCore

/// The quick first validation of large rule and standard files (`SchemaScreen`) must never
/// accept a document the whole schema refuses, and must accept the well-formed files it is
/// there to speed up.
struct SchemaScreenTests {
    /// Both schemas have a screen: when a schema change takes it away, this says so (the
    /// files would still be validated, only more slowly).
    @Test func bothCatalogueSchemasHaveAScreen() {
        #expect(SchemaLibrary.standardScreen != nil)
        #expect(SchemaLibrary.rulesScreen != nil)
        #expect(SchemaLibrary.rulesScreen?.attributes.contains("extends") == true)
        #expect(SchemaLibrary.rulesScreen?.attributes.contains("check") == true)
        #expect(SchemaLibrary.standardScreen?.attributes.contains("id") == true)
    }

    /// A schema whose pattern the screen does not know, or that uses a patterned type for an
    /// element's content, gets no screen.
    @Test func unknownPatternsAndElementTypesMeanNoScreen() {
        let unknown = EmbeddedSchemas.rules.replacingOccurrences(
            of: #"[a-z][a-z0-9]*(-[a-z0-9]+)*"#, with: #"[a-z]+"#)
        #expect(SchemaScreen(schemaText: unknown, name: "rules") == nil)
        let elementOfPatternedType = EmbeddedSchemas.standard.replacingOccurrences(
            of: #"<xs:element name="title""#, with: #"<xs:element name="code" type="Id"/><xs:element name="title""#)
        #expect(SchemaScreen(schemaText: elementOfPatternedType, name: "standard") == nil)
    }

    /// Every shipped standard and rule file passes the screen and the whole schema alike.
    @Test func shippedFilesPassTheScreen() throws {
        for folder in ["Standards", "Rules"] {
            let root = Fixtures.path(folder)
            let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".xml") }
            #expect(!files.isEmpty)
            for file in files {
                let document = try XMLDocument.parse(
                    Array(try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(file)"))), name: file)
                // Rule folders also hold rule tests (packages and expectations): not screened.
                let namespace = document.root?.namespaceURI
                guard namespace == Namespace.standard || namespace == Namespace.rules else { continue }
                let screen = try #require(
                    namespace == Namespace.standard ? SchemaLibrary.standardScreen : SchemaLibrary.rulesScreen)
                let schema = namespace == Namespace.standard ? SchemaLibrary.standard : SchemaLibrary.rules
                #expect(schema.validate(document).isEmpty, "\(file)")
                #expect(screen.accepts(document), "\(file)")
            }
        }
    }

    /// Identifiers the patterns refuse are refused by the screen, so the whole schema words
    /// the finding; and the findings a large file gets are the whole schema's, word for word.
    @Test(arguments: [
        #"id="has space""#, #"id="-leading""#, #"id="æble""#, #"id="""#, #"extends="base bad!""#,
        #"check="Evidence""#, #"check="double--hyphen""#, #"check="trailing-""#, #"check="9kind""#,
    ])
    func badIdentifiersAreLeftToTheWholeSchema(attribute: String) throws {
        let text = Self.ruleFile(with: attribute)
        let document = try XMLDocument.parse(Array(text.utf8), name: "bad.rules.xml")
        let whole = SchemaLibrary.rules.validate(document)
        #expect(!whole.isEmpty)
        #expect(SchemaLibrary.rulesScreen?.accepts(document) == false)
        let findings = XMLFileReader.Format.rules.validate(document, size: SchemaScreen.worthFrom)
        #expect(findings.map(\.message) == whole.map(\.message))
        #expect(findings.map(\.line) == whole.map(\.line))
    }

    @Test(arguments: [#"id="r.1_a-b""#, #"extends="""#, #"extends=" base  other ""#, #"check="self-assessment""#])
    func wellFormedIdentifiersPassTheScreen(attribute: String) throws {
        let document = try XMLDocument.parse(Array(Self.ruleFile(with: attribute).utf8), name: "good.rules.xml")
        #expect(SchemaLibrary.rules.validate(document).isEmpty)
        #expect(SchemaLibrary.rulesScreen?.accepts(document) == true)
    }

    @Test func identifierPatternsMatchTheirSpellings() {
        func matches(_ pattern: IdentifierPattern, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { pattern.matches($0) }
        }
        #expect(matches(.single(.id), "ddkm.1.1"))
        #expect(matches(.single(.id), "0a_b-c.d"))
        #expect(!matches(.single(.id), ".a"))
        #expect(!matches(.single(.id), "a b"))
        #expect(!matches(.single(.id), " a"))
        #expect(!matches(.single(.id), "ø"))
        #expect(matches(.single(.checkKind), "self-assessment"))
        #expect(matches(.single(.checkKind), "x2-y3"))
        #expect(!matches(.single(.checkKind), "x-"))
        #expect(!matches(.single(.checkKind), "-x"))
        #expect(!matches(.single(.checkKind), "x--y"))
        #expect(!matches(.single(.checkKind), "X"))
        #expect(matches(.list(.id), ""))
        #expect(matches(.list(.id), "\ta  b\n"))
        #expect(!matches(.list(.id), "a b!"))
    }

    /// A rule file with one rule carrying `attribute`, otherwise valid. The attribute under
    /// test replaces the rule's id or check, or is added to the rule set.
    private static func ruleFile(with attribute: String) -> String {
        var rule = #"<rule id="r1" check="evidence">"#
        var rules = #"<rules xmlns="urn:accredit:rules" formatVersion="1" id="set" version="1""#
        if attribute.hasPrefix("id=") {
            rule = "<rule \(attribute) check=\"evidence\">"
        } else if attribute.hasPrefix("check=") {
            rule = "<rule id=\"r1\" \(attribute)>"
        } else {
            rules += " \(attribute)"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            \(rules)>
              <title xml:lang="da">Regler</title>
              <title xml:lang="en">Rules</title>
              \(rule)<title xml:lang="da">R</title><title xml:lang="en">R</title><param name="kind">policy</param></rule>
            </rules>
            """
    }
}
