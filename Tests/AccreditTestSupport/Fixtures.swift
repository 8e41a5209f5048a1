import AccreditCore
import Foundation

/// Paths of the repository and its test fixtures, found from this source file.
public enum Fixtures {
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    /// The small catalogue in Tests/Fixtures/mini, built for these tests.
    public static func miniCatalogue() throws -> Catalogue {
        try CatalogueLoader().load([path("Tests/Fixtures/mini")])
    }

    /// The shipped Standards/ and Rules/.
    public static func shippedCatalogue() throws -> Catalogue {
        try CatalogueLoader().load([path("Standards"), path("Rules")])
    }
}
