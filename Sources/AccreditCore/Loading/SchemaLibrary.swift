import AccreditXML

/// The XSDs of accredit's formats, compiled once per process from the text the binary
/// carries (`EmbeddedSchemas`, generated from `Schemas/`): no resource bundle to find at run
/// time, so an installed binary works wherever it is copied, and starts faster.
package enum SchemaLibrary {
    package static let standard = load(EmbeddedSchemas.standard, "standard")
    package static let rules = load(EmbeddedSchemas.rules, "rules")
    package static let package = load(EmbeddedSchemas.package, "package")
    package static let expectations = load(EmbeddedSchemas.expectations, "expectations")

    /// Quick first validations for large rule and standard files (`SchemaScreen`), compiled
    /// on first use.
    package static let standardScreen = SchemaScreen(schemaText: EmbeddedSchemas.standard, name: "standard")
    package static let rulesScreen = SchemaScreen(schemaText: EmbeddedSchemas.rules, name: "rules")

    private static func load(_ text: String, _ name: String) -> XMLSchema {
        guard let schema = try? XMLSchema(Array(text.utf8), name: "\(name).xsd") else {
            // The schemas are compiled into the binary; one that does not compile is a build defect.
            preconditionFailure("accredit's embedded \(name).xsd does not compile")
        }
        return schema
    }
}
