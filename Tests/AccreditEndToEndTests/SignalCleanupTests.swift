import AccreditTestSupport
import Foundation
import Testing

/// A check interrupted by SIGINT, SIGTERM or SIGHUP removes the temporary folder a zip package
/// was extracted into (the unit's evidence) and exits with 128 + the signal's number, alone
/// and in a batch.
struct SignalCleanupTests {
    /// A zip package whose one large evidence file takes a while to extract and to hash, so that
    /// the signal arrives while the extracted folder exists.
    private static func slowZip(in folder: String, name: String) throws -> String {
        let zip = folder + "/" + name
        let script = """
            import sys, zipfile
            manifest = sys.argv[1]
            with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                z.writestr("manifest.xml", manifest)
                with z.open("big.bin", "w", force_zip64=True) as f:
                    block = bytes(1 << 20)
                    for _ in range(300):
                        f.write(block)
            """
        let manifest =
            #"<?xml version="1.0" encoding="UTF-8"?><package xmlns="urn:accredit:package" formatVersion="1">"#
            + #"<organisation name="X"/><unit id="u" name="U"/><assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#
            + #"<claim standard="mini-concern" version="1"/><evidence id="E" requirements="c.1" kind="policy" path="big.bin" "#
            + #"sha256="0000000000000000000000000000000000000000000000000000000000000000" issued="2025-01-01"/></package>"#
        let made = try CommandRunner.run("/usr/bin/env", ["python3", "-c", script, manifest, zip])
        #expect(made.status == 0, "\(made.stderr)")
        return zip
    }

    private static func leftovers(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("accredit-") }
    }

    @Test(arguments: [(SIGTERM, false), (SIGINT, true), (SIGHUP, false)])
    func signalRemovesTheExtractedFolder(_ number: Int32, _ batch: Bool) throws {
        let inputs = try TemporaryFolder("signal-inputs")
        let temporary = try TemporaryFolder("signal-tmp")
        let zip = try Self.slowZip(in: inputs.path, name: "enhed.zip")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRunner.accredit)
        process.arguments = [
            "check", batch ? inputs.path : zip, "--rules", Fixtures.path("Tests/Fixtures/mini"), "--lang", "en",
            "--max-compression-ratio", "100000", "--quiet",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let start = Date()
        while Self.leftovers(temporary.path).isEmpty && process.isRunning && Date().timeIntervalSince(start) < 30 {
            usleep(2_000)
        }
        #expect(!Self.leftovers(temporary.path).isEmpty, "the package was never extracted")
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + number)
        #expect(Self.leftovers(temporary.path).isEmpty, "left behind: \(Self.leftovers(temporary.path))")
    }
}
