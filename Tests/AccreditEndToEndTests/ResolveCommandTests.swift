import AccreditTestSupport
import Foundation
import Testing

struct ResolveCommandTests {
    static let layered = [
        "aeldre-kvalitetsstandard-rules", "ddkm-kommune-2013-rules", "kik-caf2020-rules", "social-kvalitetsmodel-rules",
    ]

    /// Every package folder under examples/ (broken ones included).
    static let examples: [String] = {
        let all = FileManager.default.enumerator(atPath: Fixtures.path("examples"))?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix("/manifest.xml") }.map { "examples/" + ($0 as NSString).deletingLastPathComponent }
            .sorted()
    }()

    /// The JSON report without what legitimately differs: content hashes and rule-file locations.
    static func meaning(_ json: String) throws -> NSDictionary {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                var kept: [String: Any] = [:]
                for (key, inner) in object where key != "ruleLocation" && !key.lowercased().contains("sha256") {
                    kept[key] = strip(inner)
                }
                return kept
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(strip(parsed) as? NSDictionary)
    }

    @Test func everyExampleGetsTheSameReportWithTheResolvedFiles() throws {
        let folder = try TemporaryFolder("resolved-rules")
        for id in Self.layered {
            let result = try CommandRunner.accredit(["resolve", "--rule-set", id, "-o", folder.path + "/\(id).rules.xml"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        // Only the resolved files: nothing left to extend.
        #expect(!(try String(contentsOfFile: folder.path + "/kik-caf2020-rules.rules.xml", encoding: .utf8)).contains("extends="))
        #expect(Self.examples.count >= 6)
        for package in Self.examples {
            let original = try CommandRunner.accredit(["check", package, "--format", "json", "--lang", "en"])
            let resolved = try CommandRunner.accredit([
                "check", package, "--format", "json", "--lang", "en",
                "--rules", "Standards", "--rules", folder.path,
            ])
            #expect(original.status == resolved.status, "\(package)")
            if original.stdout.isEmpty {
                #expect(resolved.stdout.isEmpty, "\(package)")
            } else {
                #expect(try Self.meaning(original.stdout) == Self.meaning(resolved.stdout), "\(package)")
            }
        }
    }

    @Test func printsTheFileWithItsHashOrWritesItAndPrintsTheHash() throws {
        let printed = try CommandRunner.accredit(["resolve", "--rule-set", "ddkm-kommune-2013-rules"])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix("<?xml"))
        #expect(printed.stdout.contains("ddkm-kommune-2013-rules 1.0, common 1.0"))
        let hash = try #require(printed.stdout.firstMatch(of: /content-sha256: ([0-9a-f]{64})/)).1

        let folder = try TemporaryFolder("resolve-output")
        let file = folder.path + "/out/ddkm.xml"
        let written = try CommandRunner.accredit([
            "resolve", "Standards", "Rules", "--rule-set", "ddkm-kommune-2013-rules", "-o", file,
        ])
        #expect(written.status == 0)
        #expect(written.stdout == "\(hash)  \(file)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.stdout)

        // The hash is that of the file from the line starting "<rules", checkable without accredit.
        let canonical = try #require(printed.stdout.range(of: "\n<rules ")).lowerBound
        #expect(try Digest.sha256(of: String(printed.stdout[printed.stdout.index(after: canonical)...])) == String(hash))
    }

    @Test func theResolvedFileIsValidAgainstTheSchema() throws {
        let folder = try TemporaryFolder("resolve-schema")
        let file = folder.path + "/kik.xml"
        #expect(try CommandRunner.accredit(["resolve", "--rule-set", "kik-caf2020-rules", "-o", file]).status == 0)
        let result = try CommandRunner.run("/usr/bin/env", ["xmllint", "--noout", "--schema", "Schemas/rules.xsd", file])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func unknownRuleSetIsAUsageErrorAndBrokenFilesCannotBeResolved() throws {
        let unknown = try CommandRunner.accredit(["resolve", "--rule-set", "nope", "--lang", "da"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("ukendt regelsæt \"nope\""))
        #expect(try CommandRunner.accredit(["resolve"]).status == 64)
        let cycle = try CommandRunner.accredit([
            "resolve", "Tests/Fixtures/lint/layering-cycle", "--rule-set", "lint-sector-rules",
        ])
        #expect(cycle.status == 2)
        #expect(cycle.stderr.contains("cycle"))
    }
}
