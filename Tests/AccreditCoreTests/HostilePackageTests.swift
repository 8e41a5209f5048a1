import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// Hostile packages are refused with a clear error naming the file and line; nothing outside
/// the package is read.
struct HostilePackageTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func refusal(
        _ manifest: String, limits: PackageLimits = PackageLimits(),
        prepare: (TemporaryFolder) throws -> Void = { _ in }
    ) throws -> AccreditError {
        let folder = try TemporaryFolder("hostile")
        try folder.write("manifest.xml", manifest)
        try prepare(folder)
        do {
            let loaded = try PackageLoader(limits: limits).load(folder.path)
            _ = try Evaluator(catalogue: catalogue).evaluate(loaded)
        } catch {
            return try #require((error as? AccreditErrors)?.errors.first)
        }
        Issue.record("the package was accepted")
        throw CancellationError()
    }

    private func withEvidence(path: String) -> String {
        PackageBuilder(entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="\#(path)" issued="2025-06-01"/>"#])
            .manifest
    }

    @Test func externalEntityIsRefusedBeforeAnyEntityIsRead() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE package [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <package xmlns="urn:accredit:package" formatVersion="1">&secret;</package>
            """
        let error = try refusal(xxe)
        #expect(error.kind == .unsafe)
        #expect(error.location?.line == 2)
        #expect(error.message.text(.en) == "DOCTYPE declarations are not allowed")
    }

    @Test func entityBombIsRefused() throws {
        var bomb = #"<?xml version="1.0"?>"# + "\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 {
            bomb +=
                "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10)
                + "\">"
        }
        bomb += "]>\n<package>&lol9;</package>"
        #expect(try refusal(bomb).kind == .unsafe)
    }

    @Test func deepNestingIsRefused() throws {
        let deep =
            #"<?xml version="1.0"?>"# + "\n<package>" + String(repeating: "<a>", count: 400)
            + String(repeating: "</a>", count: 400) + "</package>"
        let error = try refusal(deep)
        #expect(error.kind == .tooLarge)
        #expect(error.message.text(.en).contains("levels deep"))
    }

    /// Entries are held in memory one at a time; one entry with a flood of children is refused
    /// at its own line instead of being collected.
    @Test func entryWithThousandsOfChildrenIsRefused() throws {
        let wide =
            #"<?xml version="1.0"?>"# + "\n<package xmlns=\"urn:accredit:package\" formatVersion=\"1\">\n<evidence>"
            + String(repeating: "<title/>", count: 100_000) + "</evidence></package>"
        let error = try refusal(wide)
        #expect(error.kind == .tooLarge)
        #expect(error.location?.line == 3)
    }

    /// However many entry problems come first, a manifest that is not well-formed is refused
    /// as that: the stream is read to its end before entry problems are reported.
    @Test func brokenXMLAfterManyBadEntriesIsReportedAsBrokenXML() throws {
        let bad =
            #"<?xml version="1.0"?>"# + "\n<package xmlns=\"urn:accredit:package\" formatVersion=\"1\">\n"
            + String(repeating: "<note/>\n", count: 80) + "<oops></package>"
        let error = try refusal(bad)
        #expect(error.kind == .malformed)
    }

    @Test func brokenXMLWithTheWrongRootIsReportedAsBrokenXML() throws {
        let error = try refusal(#"<?xml version="1.0"?>"# + "\n<rules xmlns=\"urn:accredit:rules\"><a></rules>")
        #expect(error.kind == .malformed)
    }

    @Test func invalidUTF8IsRefused() throws {
        let folder = try TemporaryFolder("utf8")
        try folder.write(
            "manifest.xml",
            bytes: Array(#"<?xml version="1.0" encoding="UTF-8"?><package a=""#.utf8) + [0xFF, 0xFE] + Array(#""/>"#.utf8))
        #expect { _ = try PackageLoader().load(folder.path) } throws: { error in
            (error as? AccreditErrors)?.errors.first?.message.text(.en).contains("UTF-8") == true
        }
    }

    @Test func oversizedManifestIsRefusedBeforeParsing() throws {
        var limits = PackageLimits()
        limits.maxManifestBytes = 1_000
        let big = PackageBuilder(entries: [String(repeating: "<!-- padding -->", count: 200)]).manifest
        let error = try refusal(big, limits: limits)
        #expect(error.kind == .tooLarge)
        #expect(error.hint.text(.en).contains("--max-manifest-bytes"))
    }

    /// libxml2 compares the attributes of one element pairwise; a flood of them is refused
    /// before it parses, at the element's line.
    @Test func elementWithThousandsOfAttributesIsRefused() throws {
        let attributes = (0..<5_000).map { "a\($0)='1'" }.joined(separator: " ")
        let error = try refusal(
            PackageBuilder(entries: [#"<!-- a=1 b=2 -->"#, "<answer requirement=\"c.1\" \(attributes)/>"]).manifest)
        #expect(error.kind == .tooLarge)
        #expect(error.location?.line == 9)
        #expect(error.message.text(.en) == "an element has more than 256 attributes")
    }

    @Test func tooManyEntriesAreRefused() throws {
        var limits = PackageLimits()
        limits.maxEntries = 10
        let entries = (0..<20).map {
            #"<indicator id="i\#($0)" value="1" unit="%" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#
        }
        #expect(try refusal(PackageBuilder(entries: entries).manifest, limits: limits).kind == .tooLarge)
    }

    @Test(arguments: [
        "../outside.txt", "docs/../../outside.txt", "/etc/passwd", "file:///etc/passwd", "http://example.org/x", "~/x",
        "a\\..\\b",
    ])
    func evidencePathsLeavingThePackageAreRefused(_ path: String) throws {
        let error = try refusal(withEvidence(path: path))
        #expect(error.kind == .unsafe)
        #expect(error.location?.line == 8)
    }

    @Test func symlinkOutOfThePackageIsRefused() throws {
        let outside = try TemporaryFolder("outside")
        let target = try outside.write("secret.txt", "secret")
        let error = try refusal(withEvidence(path: "docs/link.txt")) { folder in
            try FileManager.default.createDirectory(atPath: folder.path + "/docs", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/docs/link.txt", withDestinationPath: target)
        }
        #expect(error.kind == .unsafe)
        #expect(error.message.text(.en).contains("symbolic link"))
    }

    @Test func symlinkedManifestIsRefused() throws {
        let outside = try TemporaryFolder("outside")
        let target = try outside.write("manifest.xml", PackageBuilder().manifest)
        let folder = try TemporaryFolder("linked")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/manifest.xml", withDestinationPath: target)
        #expect { _ = try PackageLoader().load(folder.path) } throws: { error in
            (error as? AccreditErrors)?.errors.first?.kind == .unsafe
        }
    }

    @Test func symlinkInsideThePackageIsAccepted() throws {
        let folder = try PackageBuilder(
            entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="alias.txt" issued="2025-06-01"/>"#],
            files: ["real.txt": "x"]
        ).write()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias.txt", withDestinationPath: "real.txt")
        let report = try Evaluator(catalogue: catalogue).evaluate(try PackageLoader().load(folder.path))
        #expect(report.requirement("c.2").status == .met)
    }

    /// Reading a named pipe blocks until someone writes to it: evidence that is one is refused
    /// at its line, before anything opens it.
    @Test func namedPipeAsEvidenceIsRefusedAtItsLine() throws {
        let error = try refusal(withEvidence(path: "pipe.pdf")) { folder in
            #expect(mkfifo(folder.path + "/pipe.pdf", 0o600) == 0)
        }
        #expect(error.kind == .unsafe)
        #expect(error.location?.line == 8)
        #expect(error.message.text(.en).contains("named pipe"))
    }

    /// A package folder reached through a symbolic link (a share mounted elsewhere) is read
    /// like the folder itself; what it holds is still checked against its canonical path.
    @Test func packageFolderThatIsASymbolicLinkIsAccepted() throws {
        let real = try PackageBuilder(
            entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="p.txt" issued="2025-06-01"/>"#],
            files: ["p.txt": "x"]
        ).write()
        let links = try TemporaryFolder("links")
        try FileManager.default.createSymbolicLink(atPath: links.path + "/enhed", withDestinationPath: real.path)
        let report = try Evaluator(catalogue: catalogue).evaluate(try PackageLoader().load(links.path + "/enhed"))
        #expect(report.requirement("c.2").status == .met)
    }

    /// A hard link reaches a file outside the package that no canonical path reveals: evidence
    /// or a manifest with other links is refused unless hard links are allowed.
    @Test func hardLinkedEvidenceIsRefusedUnlessAllowed() throws {
        let outside = try TemporaryFolder("outside")
        let secret = try outside.write("secret.pdf", "another unit's evidence")
        let error = try refusal(withEvidence(path: "linked.pdf")) { folder in
            #expect(link(secret, folder.path + "/linked.pdf") == 0)
        }
        #expect(error.kind == .unsafe)
        #expect(error.location?.line == 8)
        #expect(error.message.text(.en).contains("hard links"))

        var limits = PackageLimits()
        limits.allowHardLinks = true
        let folder = try PackageBuilder(entries: [
            #"<evidence id="E1" requirements="c.2" kind="policy" path="linked.pdf" issued="2025-06-01"/>"#
        ]).write()
        #expect(link(secret, folder.path + "/linked.pdf") == 0)
        let report = try Evaluator(catalogue: catalogue).evaluate(try PackageLoader(limits: limits).load(folder.path))
        #expect(report.requirement("c.2").status == .met)
    }

    @Test func hardLinkedManifestIsRefused() throws {
        let outside = try TemporaryFolder("outside")
        let target = try outside.write("manifest.xml", PackageBuilder().manifest)
        let folder = try TemporaryFolder("linked")
        #expect(link(target, folder.path + "/manifest.xml") == 0)
        #expect { _ = try PackageLoader().load(folder.path) } throws: { error in
            (error as? AccreditErrors)?.errors.first?.message.text(.en).contains("hard links") == true
        }
    }

    @Test func newerFormatVersionIsRefusedClearly() throws {
        let manifest = PackageBuilder().manifest.replacingOccurrences(of: #"formatVersion="1""#, with: #"formatVersion="2""#)
        let error = try refusal(manifest)
        #expect(error.kind == .unsupportedVersion)
        #expect(error.message.text(.en) == "the file uses format version 2; this accredit reads up to version 1")
    }

    @Test func schemaViolationNamesTheLine() throws {
        let error = try refusal(
            PackageBuilder(entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="p" issued="2025-02-30"/>"#])
                .manifest)
        #expect(error.kind == .invalid)
        #expect(error.location?.line == 8)
    }

    @Test func duplicateEvidenceIdsAreRefused() throws {
        let entry = #"<evidence id="E1" requirements="c.2" kind="policy" path="p" issued="2025-06-01"/>"#
        let error = try refusal(PackageBuilder(entries: [entry, entry]).manifest)
        #expect(error.location?.line == 9)
    }

    @Test func evidenceForAnUnknownRequirementIsRefused() throws {
        let error = try refusal(
            PackageBuilder(entries: [#"<evidence id="E1" requirements="c.99" kind="policy" path="p" issued="2025-06-01"/>"#])
                .manifest)
        #expect(error.message.text(.en).contains("c.99"))
    }
}
