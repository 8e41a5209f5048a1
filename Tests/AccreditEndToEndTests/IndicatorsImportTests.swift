import AccreditTestSupport
import Foundation
import Testing

/// `accredit indicators import`: Kolada exports (CSV and JSON) become manifest entries, added to
/// a package's manifest without touching what is there, missing values as missing, and a
/// conflicting value stops the import with both places named and nothing written.
struct IndicatorsImportTests {
    static let csv = """
        municipality;kpi;period;value;gender;status
        0999;U21468;2023;81,5;T;
        0999;U21468;2024;;T;Bortfall
        0999;U21468;2024;12;K;
        0999;U21468;2025;84;T;

        """

    private func package() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder("import")
        let copy = folder.path + "/package"
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/not-ready-sundhed"), toPath: copy)
        return (folder, copy)
    }

    @Test func entriesArePrintedWithMissingValuesMarkedMissing() throws {
        let folder = try TemporaryFolder("import")
        let file = try folder.write("kolada.csv", Self.csv)
        let result = try CommandRunner.accredit(["indicators", "import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                <indicator id="U21468" value="81.5" unit="" periodStart="2023-01-01" periodEnd="2023-12-31"/>
                <indicator id="U21468" missing="true" unit="" periodStart="2024-01-01" periodEnd="2024-12-31"/>
                <indicator id="U21468" value="84" unit="" periodStart="2025-01-01" periodEnd="2025-12-31"/>

                """)
    }

    @Test func valuesAreAddedToTheManifestKeepingWhatIsThere() throws {
        let (folder, package) = try self.package()
        let file = try folder.write("kolada.csv", Self.csv)
        let manifest = package + "/manifest.xml"
        let before = try String(contentsOfFile: manifest, encoding: .utf8)
        let result = try CommandRunner.accredit([
            "indicators", "import", file, "--package", package, "--map", "U21468=haandhygiejne-audit",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2 values added, 1 already there"))
        let after = try String(contentsOfFile: manifest, encoding: .utf8)
        #expect(after.hasPrefix(String(before.dropLast("</package>\n".count))))
        #expect(after.contains(#"<indicator id="haandhygiejne-audit" missing="true" unit="%" periodStart="2024-01-01""#))
        // The package is still accepted, now with a three-period series.
        let check = try CommandRunner.accredit(["check", package])
        #expect(check.status == 1, "\(check.stderr)")
        // Importing again adds nothing.
        let again = try CommandRunner.accredit([
            "indicators", "import", file, "--package", package, "--map", "U21468=haandhygiejne-audit",
        ])
        #expect(again.stderr.contains("0 values added, 3 already there"))
        #expect(try String(contentsOfFile: manifest, encoding: .utf8) == after)
    }

    @Test func aConflictingValueIsRefusedAndNothingIsWritten() throws {
        let (folder, package) = try self.package()
        let file = try folder.write(
            "kolada.json",
            #"{"values":[{"kpi":"U21468","municipality":"0999","period":2023,"values":[{"gender":"T","status":"","value":null}]},"#
                + #"{"kpi":"U21468","municipality":"0999","period":2025,"values":[{"gender":"T","status":"","value":90}]}]}"#)
        let manifest = package + "/manifest.xml"
        let before = try String(contentsOfFile: manifest, encoding: .utf8)
        let result = try CommandRunner.accredit([
            "indicators", "import", file, "--package", package, "--map", "U21468=haandhygiejne-audit",
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "values[1]: haandhygiejne-audit for 2025 is 90, but the manifest has 84 (\(manifest):150)"), "\(result.stderr)")
        #expect(try String(contentsOfFile: manifest, encoding: .utf8) == before)
    }

    @Test func anExportOfSeveralMunicipalitiesNeedsOneChosen() throws {
        let folder = try TemporaryFolder("import")
        let file = try folder.write("kolada.csv", "municipality,kpi,period,value\n0999,N1,2024,1\n0180,N1,2024,2\n")
        let result = try CommandRunner.accredit(["indicators", "import", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("several municipalities or units (0180, 0999)"))
        let chosen = try CommandRunner.accredit(["indicators", "import", file, "--municipality", "0180"])
        #expect(chosen.stdout.contains(#"value="2""#))
    }
}
