import AccreditTestSupport
import Foundation
import Testing

struct InitCommandTests {
    static let standards = ["kik-caf2020", "ddkm-kommune-2013", "aeldre-kvalitetsstandard", "social-kvalitetsmodel"]

    @Test(arguments: standards)
    func newPackageIsAcceptedByCheckAndNotReady(_ standard: String) throws {
        let folder = try TemporaryFolder("init")
        let package = folder.path + "/pakke"
        let made = try CommandRunner.accredit([
            "init", "--standard", standard, "--unit", "Hjemmeplejen Øst",
            "--date", "2026-03-01", package,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let manifest = try String(contentsOfFile: package + "/manifest.xml", encoding: .utf8)
        #expect(manifest.contains(#"<unit id="hjemmeplejen-oest" name="Hjemmeplejen Øst""#))
        #expect(manifest.contains(#"<assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#))
        #expect(FileManager.default.fileExists(atPath: package + "/evidence/README.md"))
        let check = try CommandRunner.accredit(["check", package])
        #expect(check.stdout.contains("Verdict: NOT READY"), "an empty package is not ready: \(check.stderr)")
        // The social-sector model's verdict is advisory and never fails a run.
        #expect(check.status == (standard == "social-kvalitetsmodel" ? 0 : 1))
        let schema = try CommandRunner.run(
            "/usr/bin/env", ["xmllint", "--noout", "--schema", "Schemas/package.xsd", package + "/manifest.xml"])
        #expect(schema.status == 0, "\(schema.stderr)")
    }

    @Test func listsEveryRequirementWithWhatToSupply() throws {
        let folder = try TemporaryFolder("init")
        let result = try CommandRunner.accredit([
            "init", "--standard", "kik-caf2020", "--date", "2026-03-01", "--lang", "da", folder.path + "/p",
        ])
        #expect(result.status == 0)
        let manifest = try String(contentsOfFile: folder.path + "/p/manifest.xml", encoding: .utf8)
        for number in ["1.1", "2.4", "4.6", "9.2"] { #expect(manifest.contains("<!-- kik.\(number)  ")) }
        #expect(manifest.contains(#"<answer requirement="kik.1.1" score="" phases=""></answer>"#))
        #expect(manifest.contains("Vurderes manuelt: "), "kik.1.4 is manual")
        #expect(manifest.contains(#"<indicator id="brugertilfredshed""#))
        #expect(manifest.contains(#"level="concern""#))
    }

    @Test func filledInTemplateBecomesReady() throws {
        let folder = try TemporaryFolder("init")
        let package = folder.path + "/p"
        #expect(
            try CommandRunner.accredit(["init", "--standard", "aeldre-kvalitetsstandard", "--date", "2026-03-01", package]).status
                == 0)
        var manifest = try String(contentsOfFile: package + "/manifest.xml", encoding: .utf8)
        // Fill in every example: uncomment it and give it values, as a coordinator would.
        var entries: [String] = []
        for line in manifest.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " -->", with: "")
            if trimmed.hasPrefix("<answer") {
                entries.append(trimmed.replacingOccurrences(of: #"score="""#, with: #"score="opfyldt""#))
            } else if trimmed.hasPrefix("<evidence") {
                let id = try #require(trimmed.components(separatedBy: "\"").dropFirst().first)
                entries.append(
                    trimmed.replacingOccurrences(of: #"path="evidence/""#, with: #"path="evidence/\#(id).md""#)
                        .replacingOccurrences(of: #"issued="""#, with: #"issued="2025-10-01""#))
                try folder.write("p/evidence/\(id).md", "# \(id)\n")
            }
        }
        manifest = manifest.replacingOccurrences(of: "</package>", with: entries.joined(separator: "\n") + "\n</package>")
        try manifest.write(toFile: package + "/manifest.xml", atomically: true, encoding: .utf8)
        let check = try CommandRunner.accredit(["check", package])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
    }

    @Test func existingManifestIsNeverOverwritten() throws {
        let folder = try TemporaryFolder("init")
        try folder.write("manifest.xml", "<keep/>")
        let result = try CommandRunner.accredit(["init", "--standard", "kik-caf2020", folder.path])
        #expect(result.status == 64)
        #expect(try String(contentsOfFile: folder.path + "/manifest.xml", encoding: .utf8) == "<keep/>")
    }

    @Test func unknownStandardAndMissingStandardAreUsageErrors() throws {
        let folder = try TemporaryFolder("init")
        #expect(try CommandRunner.accredit(["init", "--standard", "iso-9001", folder.path + "/p"]).status == 64)
        #expect(try CommandRunner.accredit(["init", folder.path + "/p"]).status == 64)
    }
}
