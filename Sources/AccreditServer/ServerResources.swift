import Foundation

/// Files bundled with the server: the OpenAPI document, page templates and the style sheet.
/// Nothing is fetched from elsewhere at run time, so the server works on an intranet without
/// internet.
enum ServerResources {
    static let folder: URL? = Bundle.module.resourceURL?.appendingPathComponent("Resources")

    static func bytes(_ name: String) -> [UInt8] {
        guard let url = folder?.appendingPathComponent(name), let data = try? Data(contentsOf: url) else { return [] }
        return Array(data)
    }

    static let openAPIDocument = bytes("openapi.json")
}
