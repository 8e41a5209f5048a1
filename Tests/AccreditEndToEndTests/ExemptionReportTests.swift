import AccreditTestSupport
import Foundation
import Testing

/// A waiver the package does not need, on a critical requirement, as every report shows it:
/// the finding under the requirement in the formats that list a requirement's findings, and
/// the waived critical requirement among the verdict's reasons wherever the reasons are shown.
struct ExemptionReportTests {
    /// examples/ready-hjemmepleje with a waiver on kvs.R3, which is critical and met anyway.
    private func package() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("exemption-report")
        let example = Fixtures.path("examples/ready-hjemmepleje")
        try FileManager.default.copyItem(atPath: example + "/evidence", toPath: folder.path + "/evidence")
        let manifest = try String(contentsOfFile: example + "/manifest.xml", encoding: .utf8)
            .replacingOccurrences(
                of: "</package>",
                with: #"""
                      <exemption requirement="kvs.R3" type="waiver" approvedBy="Direktør Ida Holm" approved="2026-01-05">
                        <justification>Serviceniveauet genbesluttes i april.</justification>
                      </exemption>
                    </package>
                    """#)
        _ = try folder.write("manifest.xml", manifest)
        return folder
    }

    @Test func unneededWaiverOnACriticalRequirementIsReported() throws {
        let folder = try package()
        let out = folder.path + "/out"
        let formats = ["text", "json", "junit", "csv", "html", "markdown", "github"]
        let result = try CommandRunner.accredit(
            ["check", folder.path, "--lang", "en"] + formats.flatMap { ["--report", "\($0):\(out)/report.\($0)"] })
        #expect(result.status == 0, "exit \(result.status): \(result.stderr.prefix(400))")
        func read(_ format: String) throws -> String { try String(contentsOfFile: "\(out)/report.\(format)", encoding: .utf8) }

        let finding = "the waiver is not needed: kvs.R3 is met by the package"
        for text in [try read("text"), try read("json"), try read("junit"), try read("csv"), try read("html")] {
            #expect(text.contains(finding), "\(text.prefix(300))")
        }
        let reason = "critical requirement kvs.R3 is not assessed: it is waived"
        for text in [try read("text"), try read("json"), try read("markdown"), try read("html"), try read("github")] {
            #expect(text.contains(reason), "\(text.prefix(300))")
        }
    }

    @Test func inDanish() throws {
        let folder = try package()
        let result = try CommandRunner.accredit(["check", folder.path, "--lang", "da"])
        #expect(result.stdout.contains("dispensationen er ikke nødvendig: kvs.R3 er opfyldt af pakkens egen dokumentation"))
        #expect(result.stdout.contains("det kritiske krav kvs.R3 er ikke vurderet: det er fritaget ved dispensation"))
    }
}
