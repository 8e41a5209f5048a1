import AccreditTestSupport
import Foundation
import Testing

/// `--timeout SECONDS` bounds the time one package may take: a package built to take long is
/// reported as could-not-be-evaluated (exit 2, a message naming it), and a batch goes on with
/// the packages after it.
struct TimeoutTests {
    /// A manifest of many entries, which takes seconds to read in a debug build.
    private static func slowPackage(at path: String) throws {
        var manifest =
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<package xmlns="urn:accredit:package" formatVersion="1"><organisation name="X"/><unit id="u" name="U"/>"#
            + #"<assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/><claim standard="mini-concern" version="1"/>"#
            + "\n"
        manifest.reserveCapacity(40 << 20)
        for index in 0..<300_000 {
            manifest += #"<indicator id="i\#(index)" value="1" unit="%" periodStart="2025-01-01" periodEnd="2025-12-31"/>"# + "\n"
        }
        manifest += "</package>\n"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: path + "/manifest.xml"))
    }

    private func check(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.accredit(
            ["check"] + arguments + ["--rules", Fixtures.path("Tests/Fixtures/mini"), "--lang", "en", "--quiet"])
    }

    @Test func slowPackageIsReportedAsCouldNotBeEvaluated() throws {
        let folder = try TemporaryFolder("timeout")
        try Self.slowPackage(at: folder.path + "/slow")
        let started = Date()
        let result = try check([folder.path + "/slow", "--timeout", "0.2"])
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("could not be evaluated within 0.2 seconds"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("--timeout"))
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func batchGoesOnAfterAPackageRunsOutOfTime() throws {
        let folder = try TemporaryFolder("timeout-batch")
        try Self.slowPackage(at: folder.path + "/a-slow")
        let ready = try PackageBuilder().write()
        let result = try check([folder.path + "/a-slow", ready.path, "--timeout", "0.2"])
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("within 0.2 seconds"), "\(result.stderr.prefix(300))")
        #expect(result.stdout.contains(URL(fileURLWithPath: ready.path).lastPathComponent), "\(result.stdout.prefix(600))")
    }

    @Test(arguments: ["0", "-1", "nan", "soon"])
    func timeoutMustBeAPositiveNumber(_ value: String) throws {
        let result = try check(["examples/ready-hjemmepleje", "--timeout", value])
        #expect(result.status == 64, "exit \(result.status): \(result.stderr.prefix(300))")
    }
}
