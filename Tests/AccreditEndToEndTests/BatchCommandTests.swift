import AccreditTestSupport
import Foundation
import Testing

struct BatchCommandTests {
    @Test func severalPackagesGiveOneTableAndTheWorstStatus() throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/not-ready-sundhed", "--lang", "en",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("examples/not-ready-sundhed"))
        #expect(result.stdout.hasSuffix("2 packages: 1 ready, 1 not ready, 0 could not be evaluated\n"))
    }

    @Test func folderOfPackagesWithBrokenOnesExitsTwoAndReportsEach() throws {
        let result = try CommandRunner.accredit(["check", "examples/broken", "--format", "json", "--quiet"])
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts == ["packages": 3, "couldNotEvaluate": 3, "notReady": 0, "ready": 0])
        #expect(result.stderr.contains("unknown standard"))
        #expect(result.stderr.contains("malformed-xml/manifest.xml:12"))
    }

    @Test func reportsAreWrittenPerPackage() throws {
        let folder = try TemporaryFolder("batch-reports")
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/overlap-sundhed",
            "--report", "json:\(folder.path)/json", "--report", "html:\(folder.path)/html", "--quiet",
        ])
        #expect(result.status == 0)
        for file in [
            "json/ready-hjemmepleje.json", "json/overlap-sundhed.json", "html/ready-hjemmepleje.html",
            "html/overlap-sundhed.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder.path + "/" + file), "missing \(file)")
        }
        let single = try CommandRunner.accredit(["check", "examples/overlap-sundhed", "--format", "json"])
        #expect(
            try String(contentsOfFile: folder.path + "/json/overlap-sundhed.json", encoding: .utf8) == single.stdout,
            "a package's report is the same in a batch as alone")
    }

    @Test func zipPackageGivesTheSameVerdictAsItsFolder() throws {
        let folder = try TemporaryFolder("zip-cli")
        let zip = folder.path + "/hjemmepleje.zip"
        let made = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", Fixtures.path("Tests/Fixtures/zip/make-archive.py"), "nested",
                Fixtures.path("examples/ready-hjemmepleje"), zip,
            ])
        #expect(made.status == 0)
        let result = try CommandRunner.accredit(["check", zip, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""manifest" : "\#(zip)/manifest.xml""#))
    }
}
