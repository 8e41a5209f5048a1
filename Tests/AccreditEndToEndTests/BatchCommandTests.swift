import AccreditTestSupport
import Foundation
import Testing

@testable import accredit

struct BatchCommandTests {
    @Test func severalPackagesGiveOneTableAndTheWorstStatus() throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/not-ready-sundhed", "--lang", "en",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("examples/not-ready-sundhed"))
        #expect(result.stdout.hasSuffix("2 packages: 1 ready, 1 not ready, 0 could not be evaluated\n"))
    }

    /// Two packages with the same name each get their own report files, and are told which.
    @Test func packagesWithTheSameNameGetReportsOfTheirOwn() throws {
        let root = try TemporaryFolder("same-names")
        for side in ["north", "south"] {
            try FileManager.default.createDirectory(atPath: root.path + "/" + side, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: Fixtures.path(side == "north" ? "examples/ready-hjemmepleje" : "examples/not-ready-sundhed"),
                toPath: root.path + "/" + side + "/pkg")
        }
        let reports = root.path + "/reports"
        let result = try CommandRunner.accredit([
            "check", root.path + "/north/pkg", root.path + "/south/pkg", "--report", "json:" + reports, "--quiet",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: reports).sorted()
        #expect(files == ["north-pkg.json", "south-pkg.json"])
        #expect(result.stderr.contains("north/pkg are named north-pkg.*"))
        let south = try String(contentsOfFile: reports + "/south-pkg.json", encoding: .utf8)
        #expect(south.contains("not-ready"))
    }

    @Test func reportNamesAreUniqueWhateverTheSpelling() {
        #expect(BatchCheck.names(of: ["a/x", "b/x", "x.zip", "c/y"]) == ["a-x", "b-x", "x-zip", "y"])
        #expect(BatchCheck.names(of: ["a/x", "a/x"]) == ["a-x", "a-x-2"])
    }

    /// An advisory "not ready" does not block (exit 0) and is not counted as ready either.
    @Test func anAdvisoryNotReadyIsCountedOnItsOwn() throws {
        let folder = try TemporaryFolder("advisory")
        let created = try CommandRunner.accredit([
            "init", "--standard", "social-kvalitetsmodel", "--unit", "Bostedet", "--date", "2026-03-01", folder.path + "/bosted",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", folder.path + "/bosted", "--lang", "en", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.hasSuffix(
                "2 packages: 1 ready, 0 not ready, 1 not ready by an advisory verdict, 0 could not be evaluated\n"),
            "\(result.stdout)")
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
