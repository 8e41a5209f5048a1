import AccreditAuthoring
import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// The registry of lint checks: unique ids, a broken fixture and a README entry for each.
struct LintCheckRegistryTests {
    @Test func identifiersAreUniqueAndKebabCase() {
        let ids = CatalogueCheck.allCases.map(\.rawValue)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)") }
    }

    @Test(arguments: CatalogueCheck.allCases)
    func everyCheckHasAFixtureAndIsDocumented(_ check: CatalogueCheck) throws {
        let folder = Fixtures.path("Tests/Fixtures/lint/\(check.rawValue)")
        #expect(FileManager.default.fileExists(atPath: folder + "/expected.txt"), "no fixture for \(check.rawValue)")
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        #expect(readme.contains("| `\(check.rawValue)` |"), "README lacks \(check.rawValue)")
        #expect(check.summary.da != nil && check.summary.en != nil)
    }

    @Test func theLinterNeverThrowsOnBrokenInput() {
        for check in CatalogueCheck.allCases {
            let result = Linter().lint([Fixtures.path("Tests/Fixtures/lint/\(check.rawValue)")])
            #expect(result.findings.contains { $0.check == check } || check == .unreadableFile)
        }
    }

    @Test func similarityIsSymmetricInItsTokensAndIgnoresStopWords() {
        #expect(SimilarityIndex.tokens("Kommunen har en kvalitetsstandard") == ["kvalit"])
        #expect(SimilarityIndex.tokens("The quality standards of the municipality") == ["qualit", "standa"])
    }
}
