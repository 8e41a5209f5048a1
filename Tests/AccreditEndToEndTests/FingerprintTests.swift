import AccreditTestSupport
import Foundation
import Testing

/// The fingerprints the built tool writes do not depend on the report's language or on how the
/// manifest is laid out, and SARIF carries the same ones as JSON.
struct FingerprintTests {
    static let package = "examples/not-ready-sundhed"

    /// Every finding's fingerprint in a JSON report, in order.
    static func fingerprints(json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let requirements = try #require(object["requirements"] as? [[String: Any]])
        return requirements.flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["fingerprint"] as? String } }
    }

    private func check(_ package: String, _ arguments: [String]) throws -> String {
        try CommandRunner.accredit(["check", package] + arguments).stdout
    }

    @Test func danishAndEnglishReportsHaveTheSameFingerprints() throws {
        let english = try Self.fingerprints(json: check(Self.package, ["--format", "json", "--lang", "en"]))
        let danish = try Self.fingerprints(json: check(Self.package, ["--format", "json", "--lang", "da"]))
        #expect(!english.isEmpty)
        #expect(english == danish)
        #expect(Set(english).count == english.count, "two findings share a fingerprint")
    }

    @Test func aManifestLaidOutDifferentlyHasTheSameFingerprints() throws {
        let folder = try TemporaryFolder("fingerprint")
        let copy = folder.path + "/package"
        try FileManager.default.copyItem(atPath: Fixtures.path(Self.package), toPath: copy)
        let manifest = copy + "/manifest.xml"
        let original = try String(contentsOfFile: manifest, encoding: .utf8)
        // Every element on lines of its own, attributes one to a line, and a comment at the top.
        let spread = original.replacingOccurrences(of: "\" ", with: "\"\n      ")
            .replacingOccurrences(of: "<package ", with: "<!-- laid out again -->\n\n<package ")
        #expect(spread != original)
        try spread.write(toFile: manifest, atomically: true, encoding: .utf8)
        let before = try check(Self.package, ["--format", "json"])
        let after = try check(copy, ["--format", "json"])
        #expect(try Self.fingerprints(json: before) == Self.fingerprints(json: after))
        #expect(before.contains("\"line\"") && after != before)
    }

    @Test func sarifResultsCarryTheJSONFingerprints() throws {
        let json = try Self.fingerprints(json: check(Self.package, ["--format", "json"]))
        let sarif = try check(Self.package, ["--report", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let prints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["accreditFinding/v2"] }
        #expect(prints.count == results.count && !prints.isEmpty)
        #expect(Set(prints).isSubset(of: Set(json)))
    }
}
