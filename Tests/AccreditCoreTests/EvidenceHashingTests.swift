import AccreditTestSupport
import Foundation
import Testing

@testable import AccreditCore

/// One evidence file named in several ways is hashed once per check, not once per name: a
/// package naming a large file a thousand times must not make accredit read it a thousand times.
struct EvidenceHashingTests {
    private static let digest = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"  // sha256 of "x"
    private static let spellings = ["big.bin", "./big.bin", ".//big.bin", "./././big.bin", "alias.bin"]

    private func loaded() throws -> (TemporaryFolder, LoadedPackage) {
        let entries = Self.spellings.enumerated().map { index, path in
            #"<evidence id="E\#(index)" requirements="c.2" kind="policy" path="\#(path)" sha256="\#(Self.digest)" issued="2025-06-01"/>"#
        }
        let folder = try PackageBuilder(entries: entries, files: ["big.bin": "x"]).write()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias.bin", withDestinationPath: "big.bin")
        return (folder, try PackageLoader().load(folder.path))
    }

    @Test func eachFileIsHashedOnceWhateverItsName() throws {
        let (folder, loaded) = try loaded()
        let context = EvaluationContext(
            loaded: loaded, catalogue: try Fixtures.miniCatalogue(), asOf: Day(iso: "2026-03-01")!,
            limits: PackageLimits())
        let states = Self.spellings.map(context.file)
        #expect(context.examinedFiles == 1)
        #expect(Set(states.map { "\($0)" }).count == 1)
        #expect(states.first == .present(sha256: Self.digest))
        withExtendedLifetime(folder) {}
    }

    @Test func everyNameGetsTheStateOfItsFileOnAllCores() throws {
        let (folder, loaded) = try loaded()
        let states = EvaluationContext.fileStates(
            of: loaded.package, canonicalRoot: loaded.canonicalRoot, limits: PackageLimits(),
            concurrency: 2)
        #expect(states.count == Self.spellings.count)
        #expect(states.values.allSatisfy { $0 == .present(sha256: Self.digest) })
        withExtendedLifetime(folder) {}
    }
}
