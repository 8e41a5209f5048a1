import AccreditTestSupport
import Foundation
import Testing

/// Hostile packages against the built tool, each under a time limit (20 s) and an address-space
/// limit (2 GiB): every case must end with exit 2 and a message naming the problem, never a
/// crash, a hang or a file read outside the package.
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var manifest: [UInt8]
        var expected: String
        var testDescription: String { name }
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    static let start =
        #"<package xmlns="urn:accredit:package" formatVersion="1"><organisation name="X"/><unit id="u" name="U"/>"#
        + #"<assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/><claim standard="mini-concern" version="1"/>"#

    static func text(_ name: String, _ body: String, _ expected: String) -> Case {
        Case(name: name, manifest: Array((header + body).utf8), expected: expected)
    }

    static let cases: [Case] = {
        var bomb = "<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\">"
        for level in 1...9 {
            bomb += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        bomb += "]><p>&a9;</p>"
        let evidence = { (path: String) in
            start + #"<evidence id="E" requirements="c.1" kind="policy" path="\#(path)" issued="2025-01-01"/></package>"#
        }
        return [
            text("xxe", #"<!DOCTYPE p [<!ENTITY s SYSTEM "file:///etc/passwd">]><p>&s;</p>"#, "DOCTYPE"),
            text("external-dtd", #"<!DOCTYPE p SYSTEM "http://127.0.0.1:1/evil.dtd"><p/>"#, "DOCTYPE"),
            text("billion-laughs", bomb, "DOCTYPE"),
            text(
                "deep-nesting",
                start + String(repeating: "<x>", count: 5_000) + String(repeating: "</x>", count: 5_000) + "</package>",
                "levels deep"),
            Case(
                name: "invalid-utf8", manifest: Array((header + start).utf8) + [0xC3, 0x28, 0xFF] + Array("</package>".utf8),
                expected: "UTF-8"),
            text(
                "huge-attribute",
                start + #"<answer requirement="c.1" score=""# + String(repeating: "9", count: 2_000_000) + #""/></package>"#,
                "longer than"),
            text(
                "huge-text",
                start + #"<answer requirement="c.1" score="60">"# + String(repeating: "tekst ", count: 2_000_000)
                    + "</answer></package>", "bytes of text"),
            text(
                "many-attributes",
                start + "\n<answer requirement=\"c.1\" " + (0..<200_000).map { "a\($0)=\"\"" }.joined(separator: " ")
                    + "/></package>",
                "more than 256 attributes"),
            text("traversal", evidence("../../../../etc/passwd"), "leaves the package"),
            text("absolute-path", evidence("/etc/passwd"), "absolute"),
            text("file-url", evidence("file:///etc/passwd"), "URL"),
            text("truncated", start + #"<answer requirement="c.1" sco"#, "not well-formed"),
            Case(
                name: "garbage", manifest: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) },
                expected: "not well-formed"),
        ]
    }()

    private func run(_ package: String) throws -> CommandResult {
        try CommandRunner.run(
            "/usr/bin/env",
            [
                "timeout", "20", "prlimit", "--as=2147483648", CommandRunner.accredit, "check", package,
                "--rules", Fixtures.path("Tests/Fixtures/mini"), "--lang", "en",
            ])
    }

    @Test(arguments: cases)
    func hostileManifestIsRefused(_ hostile: Case) throws {
        let folder = try TemporaryFolder("hostile")
        try folder.write("manifest.xml", bytes: hostile.manifest)
        let result = try run(folder.path)
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("manifest.xml:"), "no file:line in \(result.stderr.prefix(300))")
        #expect(result.stderr.contains(hostile.expected), "\(result.stderr.prefix(300))")
        #expect(!result.stdout.contains("root:"), "a file outside the package leaked into the report")
    }

    @Test func symlinkOutOfThePackageIsRefused() throws {
        let folder = try TemporaryFolder("hostile")
        try folder.write(
            "manifest.xml",
            Self.header + Self.start
                + #"<evidence id="E" requirements="c.1" kind="policy" path="docs/link" issued="2025-01-01"/></package>"#)
        try FileManager.default.createDirectory(atPath: folder.path + "/docs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/docs/link", withDestinationPath: "/etc/passwd")
        let result = try run(folder.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("symbolic link"))
    }

    /// A named pipe opened for reading waits for a writer that never comes: a manifest or an
    /// evidence file that is one is refused before it is opened, alone and in a batch.
    @Test(arguments: ["manifest.xml", "evidence.pdf"])
    func namedPipeIsRefusedWithoutBlocking(_ pipe: String) throws {
        let batch = try TemporaryFolder("hostile-pipes")
        let folder = batch.path + "/enhed"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if pipe != "manifest.xml" {
            try Data(
                (Self.header + Self.start + #"<evidence id="E" requirements="c.1" kind="policy" path="evidence.pdf" "#
                    + #"sha256="0000000000000000000000000000000000000000000000000000000000000000" issued="2025-01-01"/></package>"#)
                    .utf8
            )
            .write(to: URL(fileURLWithPath: folder + "/manifest.xml"))
        }
        #expect(mkfifo(folder + "/" + pipe, 0o600) == 0)
        for package in [folder, batch.path] {
            let result = try run(package)
            #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(300))")
            #expect(result.stderr.contains("named pipe"), "\(result.stderr.prefix(300))")
            #expect(
                result.stderr.contains(pipe == "manifest.xml" ? "manifest.xml" : "manifest.xml:2"), "\(result.stderr.prefix(300))"
            )
        }
    }

    @Test(arguments: [
        ("slip", "outside the package"), ("absolute", "outside the package"), ("symlink", "symbolic link"),
        ("bomb", "zip bomb"), ("encrypted", "encrypted"), ("truncated", "not a zip archive"), ("lying", "lies about its sizes"),
    ])
    func hostileZipIsRefused(_ kind: String, _ expected: String) throws {
        let source = try TemporaryFolder("hostile-source")
        try source.write("manifest.xml", Self.header + Self.start + "</package>")
        let folder = try TemporaryFolder("hostile-zip")
        let zip = folder.path + "/enhed.zip"
        let made = try CommandRunner.run(
            "/usr/bin/env", ["python3", Fixtures.path("Tests/Fixtures/zip/make-archive.py"), kind, source.path, zip])
        #expect(made.status == 0)
        let result = try run(zip)
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("enhed.zip"))
        #expect(result.stderr.contains(expected), "\(result.stderr.prefix(300))")
    }
}
