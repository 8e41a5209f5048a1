import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// The record is honest: an exemption the package does not need is reported, a waived critical
/// requirement is named in the verdict, and the concern level's evidence gives a sector unit no
/// credit once it is too old for the sector requirement's own rules. On the mini standards,
/// where c.1 is critical and s.subset inherits from c.2.
struct HonestRecordTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private static func exemption(_ requirement: String, _ type: String) -> String {
        #"<exemption requirement="\#(requirement)" type="\#(type)" approvedBy="Direktør Ida Holm" approved="2026-01-01">"#
            + "<justification>Besluttet i direktionen</justification></exemption>"
    }

    private static func policy(_ requirement: String, id: String, issued: String) -> String {
        #"<evidence id="\#(id)" requirements="\#(requirement)" kind="policy" path="p.txt" issued="\#(issued)"/>"#
    }

    // MARK: Exemptions that are not needed

    @Test(arguments: ["waiver", "not-applicable"])
    func exemptionOnARequirementMetAnywayIsReported(_ type: String) throws {
        let report = try evaluate(
            PackageBuilder(
                entries: [Self.policy("c.2", id: "E2", issued: "2025-06-01"), Self.exemption("c.2", type)],
                files: ["p.txt": "x"]),
            with: catalogue)
        let result = report.requirement("c.2")
        let finding = try #require(result.findings.first { $0.code == "exemption.not-needed" })
        #expect(finding.kind == .note)
        #expect(finding.location.line == 9, "at the exemption's line")
        #expect(finding.message.text(.en).contains("is not needed: c.2 is met"))
        #expect(finding.message.text(.da).contains("er ikke nødvendig: c.2 er opfyldt"))
        #expect(result.status == (type == "waiver" ? .waived : .notApplicable), "the approved exemption still decides")
    }

    @Test func exemptionThatIsNeededIsNotReportedAsUnneeded() throws {
        let report = try evaluate(PackageBuilder(entries: [Self.exemption("c.2", "waiver")]), with: catalogue)
        #expect(report.requirement("c.2").status == .waived)
        #expect(!report.requirement("c.2").findings.contains { $0.code == "exemption.not-needed" })
    }

    @Test(arguments: [("c.99", "unknown requirement \"c.99\""), ("x.1", "unknown requirement \"x.1\"")])
    func exemptionMatchingNoRequirementOfTheClaimedStandardsIsRefusedAtItsLine(_ id: String, _ message: String) throws {
        let folder = try PackageBuilder(entries: [Self.exemption(id, "waiver")]).write()
        let result = PackageCheck(catalogue: catalogue).check(.folder(folder.path))
        guard case .failure(.package(let errors)) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(errors.first?.location?.line == 8)
        #expect(errors.first?.message.text(.en) == message)
    }

    @Test func exemptionOnARequirementOfAnUnclaimedStandardIsRefusedAtItsLine() throws {
        var builder = PackageBuilder(entries: [Self.exemption("s.equal", "not-applicable")])
        builder.claims = [#"<claim standard="mini-concern" version="1"/>"#]
        let folder = try builder.write()
        let result = PackageCheck(catalogue: catalogue).check(.folder(folder.path))
        guard case .failure(.package(let errors)) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(errors.first?.location?.line == 7)
        #expect(errors.first?.message.text(.en).contains("belongs to mini-sector, which the package does not claim") == true)
    }

    // MARK: Waived critical requirements

    @Test func waivedCriticalRequirementIsNamedInTheVerdict() throws {
        let report = try evaluate(
            PackageBuilder(
                entries: [Self.exemption("c.1", "waiver")]
                    + ["c.2", "c.3", "c.4"].map { Self.policy($0, id: "E\($0)", issued: "2025-06-01") },
                files: ["p.txt": "x"]),
            with: catalogue)
        #expect(report.requirement("c.1").status == .waived)
        let concern = try #require(report.standards.first { $0.id == "mini-concern" })
        #expect(concern.verdict.decision == .ready, "the waiver is approved; the decision stands")
        #expect(concern.verdict.reasons.contains { $0.text(.en) == "critical requirement c.1 is not assessed: it is waived" })
        #expect(
            concern.verdict.reasons.contains {
                $0.text(.da) == "det kritiske krav c.1 er ikke vurderet: det er fritaget ved dispensation"
            })
        // mini-sector is not ready, so it decides the package's verdict; the waiver is named all the same.
        #expect(report.verdict.decision == .notReady)
        #expect(
            report.verdict.reasons.contains {
                $0.text(.en) == "mini-concern: critical requirement c.1 is not assessed: it is waived"
            })
    }

    @Test func notApplicableCriticalRequirementIsNotCalledWaived() throws {
        let report = try evaluate(PackageBuilder(entries: [Self.exemption("c.1", "not-applicable")]), with: catalogue)
        #expect(!report.verdict.reasons.contains { $0.text(.en).contains("waived") })
    }

    // MARK: Inheritance and the age of evidence

    /// The mini catalogue with c.2's own rule accepting evidence up to 9,000 days old, while
    /// s.subset's rules keep 365 days: the concern level meets c.2 with evidence the sector's rule
    /// would judge too old.
    private func lenientConcernCatalogue() throws -> (Catalogue, TemporaryFolder) {
        let folder = try TemporaryFolder("accredit-lenient-concern")
        let mini = Fixtures.path("Tests/Fixtures/mini")
        for name in try FileManager.default.contentsOfDirectory(atPath: mini) {
            var text = try String(contentsOfFile: mini + "/" + name, encoding: .utf8)
            if name == "mini-concern.rules.xml" {
                text = text.replacingOccurrences(
                    of: #"<verify requirement="c.2"><use rule="doc"/></verify>"#,
                    with: #"<verify requirement="c.2"><use rule="doc"><with name="maxAgeDays">9000</with></use></verify>"#)
            }
            _ = try folder.write(name, text)
        }
        return (try CatalogueLoader().load([folder.path]), folder)
    }

    @Test func concernEvidenceTooOldForTheSectorRuleGivesNoInheritedCredit() throws {
        let (lenient, folder) = try lenientConcernCatalogue()
        let report = try withExtendedLifetime(folder) {
            try evaluate(
                PackageBuilder(entries: [Self.policy("c.2", id: "politik-2012", issued: "2012-05-01")], files: ["p.txt": "x"]),
                with: lenient)
        }
        #expect(report.requirement("c.2").status == .met, "the concern level's own rule accepts it")
        let sector = report.requirement("s.subset")
        #expect(sector.status == .notMet)
        let finding = try #require(sector.findings.first { $0.code == "inheritance.evidence-too-old" })
        #expect(finding.kind == .gap)
        #expect(
            finding.message.text(.en)
                == "not inherited from concern requirement c.2, although it is met: rule doc accepts evidence at most 365 days old, "
                + "and its newest evidence, politik-2012 from 2012-05-01, is older than 365 days at 2026-03-01")
        #expect(finding.message.text(.da).contains("arves ikke fra koncernkravet c.2"))
        #expect(report.overlap(sector: "s.subset")?.state == .sectorOwes)
        #expect(report.overlap(sector: "s.subset")?.message.text(.en).contains("evidence too old for s.subset") == true)
        #expect(report.sectorOwes.contains("s.subset"))
    }

    @Test func recentConcernEvidenceStillGivesInheritedCredit() throws {
        let (lenient, folder) = try lenientConcernCatalogue()
        let report = try withExtendedLifetime(folder) {
            try evaluate(
                PackageBuilder(
                    entries: [
                        Self.policy("c.2", id: "politik-2012", issued: "2012-05-01"),
                        Self.policy("c.2", id: "politik-2025", issued: "2025-06-01"),
                    ], files: ["p.txt": "x"]),
                with: lenient)
        }
        #expect(report.requirement("s.subset").status == .inherited)
        #expect(!report.requirement("s.subset").findings.contains { $0.code == "inheritance.evidence-too-old" })
    }

    @Test func aSeparateConcernPackageIsHeldToTheSameAgeLimits() throws {
        let (lenient, folder) = try lenientConcernCatalogue()
        var concernOnly = PackageBuilder(
            entries: [Self.policy("c.2", id: "politik-2012", issued: "2012-05-01")], files: ["p.txt": "x"])
        concernOnly.unit = #"<unit id="koncern" name="Koncernen" level="concern"/>"#
        concernOnly.claims = [#"<claim standard="mini-concern" version="1"/>"#]
        var sectorOnly = PackageBuilder(entries: [])
        sectorOnly.claims = [#"<claim standard="mini-sector" version="2"/>"#]
        let concernFolder = try concernOnly.write()
        let sectorFolder = try sectorOnly.write()
        var check = PackageCheck(catalogue: lenient)
        check.concern = try check.concernLevel(.folder(concernFolder.path)).get()
        let report = try withExtendedLifetime(folder) { try check.check(.folder(sectorFolder.path)).get() }
        #expect(report.requirement("s.subset").status == .notMet)
        #expect(report.requirement("s.subset").findings.contains { $0.code == "inheritance.evidence-too-old" })
    }
}
