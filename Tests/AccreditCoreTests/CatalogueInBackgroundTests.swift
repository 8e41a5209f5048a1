import AccreditTestSupport
import Foundation
import Testing

@testable import AccreditCore

/// The loader's hint to a caller waiting for the catalogue: which standards' rule files query
/// the manifest, known once the files are read and before their references are resolved.
struct CatalogueInBackgroundTests {
    private final class Seen: @unchecked Sendable {
        let lock = NSLock()
        var sets: [Set<String>] = []
    }

    /// Of the shipped standards only the elderly-care one has XPath rules, and the hint is
    /// given once, before the catalogue is returned.
    @Test func theHintNamesTheStandardsWhoseRulesQueryTheManifest() throws {
        let seen = Seen()
        var loader = CatalogueLoader()
        loader.whenFilesRead = { standards in seen.lock.withLock { seen.sets.append(standards) } }
        let catalogue = try loader.load([Fixtures.path("Standards"), Fixtures.path("Rules")])
        #expect(seen.sets == [["aeldre-kvalitetsstandard"]])
        for id in catalogue.standards.keys {
            #expect(catalogue.queriesManifest(claiming: [id]) == seen.sets[0].contains(id))
        }
    }

    /// Rule files without XPath give an empty hint, so no caller parses a tree for nothing.
    @Test func rulesWithoutXPathGiveAnEmptyHint() throws {
        let seen = Seen()
        var loader = CatalogueLoader()
        loader.whenFilesRead = { standards in seen.lock.withLock { seen.sets.append(standards) } }
        let result = loader.loadReporting([
            Fixtures.path("Standards/ddkm-kommune-2013.xml"), Fixtures.path("Rules/ddkm-kommune-2013.rules.xml"),
        ])
        #expect(result.catalogue.standards.keys.contains("ddkm-kommune-2013"))
        #expect(seen.sets == [[]])
    }

    /// A caller that arrives while the load runs may use the wait, and is told the same
    /// standards; one that arrives after it has ended gets the catalogue at once, without
    /// being asked to do anything. Either way the catalogue is the one a plain load gives.
    @Test func aWaitingCallerIsToldTheHintAndALateOneIsNot() throws {
        let background = CatalogueInBackground([Fixtures.path("Standards"), Fixtures.path("Rules")])
        var toldFirst: [Set<String>] = []
        let first = try background.value { toldFirst.append($0) }
        #expect(toldFirst.isEmpty || toldFirst == [["aeldre-kvalitetsstandard"]])
        var toldLater: [Set<String>] = []
        let later = try background.value { toldLater.append($0) }
        #expect(toldLater.isEmpty)
        let plain = try Fixtures.shippedCatalogue()
        #expect(first.contentHash == plain.contentHash)
        #expect(later.contentHash == plain.contentHash)
    }
}
