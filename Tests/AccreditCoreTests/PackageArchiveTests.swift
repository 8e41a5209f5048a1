import AccreditTestSupport
import Foundation
import Testing

@testable import AccreditCore

/// Zip packages behave like folders, and every zip attack is refused with exit-2 errors.
struct PackageArchiveTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func archive(_ kind: String, limits: PackageLimits = PackageLimits(), evidence: String = "docs/p.txt") throws -> (
        TemporaryFolder, String
    ) {
        let source = try PackageBuilder(
            entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="\#(evidence)" issued="2025-06-01"/>"#],
            files: [evidence: "politik"]
        ).write()
        let folder = try TemporaryFolder("zip")
        let path = folder.path + "/enhed.zip"
        let made = try CommandRunner.run(
            "/usr/bin/env", ["python3", Fixtures.path("Tests/Fixtures/zip/make-archive.py"), kind, source.path, path])
        #expect(made.status == 0, "\(made.stderr)")
        return (folder, path)
    }

    private func refusal(_ kind: String, limits: PackageLimits = PackageLimits()) throws -> AccreditError? {
        let (folder, path) = try archive(kind)
        return withExtendedLifetime(folder) { () -> AccreditError? in
            do {
                try PackageOpener(limits: limits).withPackage(path) { _ in }
                return nil
            } catch {
                return (error as? AccreditErrors)?.errors.first
            }
        }
    }

    /// `finder`: a zip made by macOS Finder, with `__MACOSX/` and `.DS_Store` beside the package
    /// folder; `cp437`: an evidence name with æ and å in code page 437, as DOS-era tools wrote it.
    @Test(arguments: [
        ("plain", "docs/p.txt"), ("nested", "docs/p.txt"), ("finder", "docs/p.txt"), ("cp437", "docs/årsplan-æblegård.txt"),
    ])
    func zipPackageEvaluatesLikeItsFolder(_ kind: String, _ evidence: String) throws {
        let (folder, path) = try archive(kind, evidence: evidence)
        var extracted = ""
        let report = try withExtendedLifetime(folder) {
            try PackageOpener().withPackage(path) { loaded in
                extracted = loaded.package.root
                return try Evaluator(catalogue: catalogue).evaluate(loaded)
            }
        }
        #expect(report.requirement("c.2").status == .met)
        #expect(report.package.manifest == path + "/manifest.xml")
        #expect(extracted == path, "locations name the archive, not its temporary folder")
    }

    /// The folder this archive was extracted into is gone afterwards. (The folder itself is
    /// checked, not the temporary folder's listing: other tests, and other programs, extract
    /// archives there at the same time.)
    @Test func temporaryFilesAreRemovedAfterwards() throws {
        let (folder, path) = try archive("plain")
        var extractedTo = ""
        try withExtendedLifetime(folder) {
            try PackageOpener().withPackage(path) { loaded in
                extractedTo = loaded.canonicalRoot
                #expect(FileManager.default.fileExists(atPath: extractedTo + "/manifest.xml"))
            }
        }
        #expect(extractedTo.hasPrefix(URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath().path))
        #expect(!FileManager.default.fileExists(atPath: extractedTo), "left behind: \(extractedTo)")
        #expect(!TemporaryPaths.live.contains(extractedTo))
    }

    @Test(arguments: [
        ("slip", "outside the package"), ("absolute", "outside the package"), ("symlink", "symbolic link"),
        ("encrypted", "encrypted"), ("truncated", "not a zip archive"), ("bomb", "zip bomb"),
        ("spread-bomb", "zip bomb"), ("lying", "lies about its sizes"), ("crc", "CRC-32 does not match"),
    ])
    func zipAttackIsRefused(_ kind: String, _ expected: String) throws {
        let error = try #require(try refusal(kind))
        #expect(error.message.text(.en).contains(expected), "\(error.message.text(.en))")
        #expect(error.location?.file.hasSuffix("enhed.zip") == true)
    }

    @Test func tooManyEntriesAreRefused() throws {
        var limits = PackageLimits()
        limits.maxArchiveEntries = 20
        let (folder, path) = try archive("many")
        let error = withExtendedLifetime(folder) { () -> AccreditError? in
            do {
                try PackageOpener(limits: limits).withPackage(path) { _ in }
                return nil
            } catch { return (error as? AccreditErrors)?.errors.first }
        }
        #expect(error?.kind == .tooLarge)
    }

    @Test func totalSizeOverTheLimitIsRefused() throws {
        var limits = PackageLimits()
        limits.maxArchiveBytes = 100
        let (folder, path) = try archive("plain")
        let error = withExtendedLifetime(folder) { () -> AccreditError? in
            do {
                try PackageOpener(limits: limits).withPackage(path) { _ in }
                return nil
            } catch { return (error as? AccreditErrors)?.errors.first }
        }
        #expect(error?.message.text(.en).contains("unpacks to") == true)
    }

    @Test func fileThatIsNotAZipIsRefused() throws {
        let folder = try TemporaryFolder("zip")
        let path = try folder.write("enhed.zip", "this is not a zip archive")
        #expect { try PackageOpener().withPackage(path) { _ in } } throws: { error in
            (error as? AccreditErrors)?.errors.first?.message.text(.en).contains("not a zip archive") == true
        }
    }
}
