import AccreditTestSupport
import Foundation
import Testing

/// Report destinations: an empty path is a usage error, `-` is standard output, and two
/// spellings of one file are refused as writing the same file twice.
struct OutputPathTests {
    private static let package = "examples/ready-hjemmepleje"

    @Test func emptyOutputPathIsAUsageError() throws {
        let result = try CommandRunner.accredit(["check", Self.package, "-o", ""])
        #expect(result.status == 64, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("-o needs a path"))
    }

    @Test(arguments: [["--format", "json", "-o", "-"], ["--report", "json:-"]])
    func dashIsStandardOutput(_ arguments: [String]) throws {
        let expected = try CommandRunner.accredit(["check", Self.package, "--format", "json"])
        let result = try CommandRunner.accredit(["check", Self.package] + arguments)
        #expect(result.status == expected.status, "\(result.stderr.prefix(300))")
        #expect(!result.stdout.isEmpty)
        #expect(result.stdout == expected.stdout)
        #expect(!FileManager.default.fileExists(atPath: Fixtures.path("-")))
    }

    @Test(arguments: [("./a.json", "a.json"), ("a.json", "sub/../a.json"), ("a.json", "sub/./../a.json")])
    func twoSpellingsOfOneFileAreRefused(_ first: String, _ second: String) throws {
        let folder = try TemporaryFolder("output-paths")
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        let result = try CommandRunner.run(
            CommandRunner.accredit,
            ["check", Fixtures.path(Self.package), "--report", "json:" + first, "--report", "text:" + second],
            in: folder.path)
        #expect(result.status == 64, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("same file"), "\(result.stderr.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/a.json"))
    }
}
