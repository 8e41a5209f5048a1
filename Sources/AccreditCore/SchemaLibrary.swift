import AccreditXML
import Foundation

/// The XSDs of accredit's formats, shipped as resources and compiled once per process.
/// They are the same files as `Schemas/` at the top of the repository.
enum SchemaLibrary {
    static let standard = load("standard")
    static let rules = load("rules")
    static let package = load("package")
    static let expectations = load("expectations")

    private static func load(_ name: String) -> XMLSchema {
        guard let url = Bundle.module.url(forResource: name, withExtension: "xsd", subdirectory: "Schemas"),
              let data = try? Data(contentsOf: url),
              let schema = try? XMLSchema([UInt8](data), name: "\(name).xsd")
        else {
            // The schemas are part of the build; a missing one is a broken installation.
            preconditionFailure("accredit's \(name).xsd resource is missing or invalid")
        }
        return schema
    }
}
