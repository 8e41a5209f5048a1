import Foundation

/// Files bundled with the server: the OpenAPI document, page templates and the style sheet.
/// Nothing is fetched from elsewhere at run time, so the server works on an intranet without
/// internet.
enum ServerResources {
    static let folder: URL? = {
        // On Linux a resource bundle is a plain folder: its resourceURL may be the folder itself
        // or a Contents/Resources inside it that does not exist, so look in both.
        let bundle = Bundle.module
        for base in [bundle.resourceURL, bundle.bundleURL].compactMap({ $0 }) {
            let candidate = base.appendingPathComponent("Resources")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("openapi.json").path) {
                return candidate
            }
        }
        return nil
    }()

    static func bytes(_ name: String) -> [UInt8] {
        guard let url = folder?.appendingPathComponent(name), let data = try? Data(contentsOf: url) else { return [] }
        return Array(data)
    }

    static let openAPIDocument = bytes("openapi.json")
}

extension ServerResources {
    static let styleSheet = bytes("static/accredit.css")
}
