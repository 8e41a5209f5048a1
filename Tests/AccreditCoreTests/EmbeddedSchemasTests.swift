import AccreditTestSupport
import AccreditXML
import Foundation
import Testing

@testable import AccreditCore

/// The binary carries the XSDs of `Schemas/`; these fail when an XSD is edited without
/// running `python3 scripts/embed-schemas.py`.
struct EmbeddedSchemasTests {
    @Test(arguments: [
        ("standard", EmbeddedSchemas.standard), ("rules", EmbeddedSchemas.rules),
        ("package", EmbeddedSchemas.package), ("expectations", EmbeddedSchemas.expectations),
    ])
    func embeddedTextIsThePublishedSchema(name: String, embedded: String) throws {
        let published = try String(contentsOfFile: Fixtures.path("Schemas/\(name).xsd"), encoding: .utf8)
        #expect(embedded == published, "run python3 scripts/embed-schemas.py")
    }

    /// Each embedded schema compiles and refuses what its format forbids.
    @Test func embeddedSchemasCompileAndValidate() throws {
        let notARuleFile = try XMLDocument.parse(Array(#"<rules xmlns="urn:accredit:rules"/>"#.utf8), name: "bad.xml")
        #expect(!SchemaLibrary.rules.validate(notARuleFile).isEmpty)
        let notAStandard = try XMLDocument.parse(Array(#"<standard xmlns="urn:accredit:standard"/>"#.utf8), name: "bad.xml")
        #expect(!SchemaLibrary.standard.validate(notAStandard).isEmpty)
    }
}
