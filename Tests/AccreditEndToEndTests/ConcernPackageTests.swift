import AccreditTestSupport
import Foundation
import Testing

/// `check SECTOR --concern CONCERN` judges a sector unit with the concern level's own package,
/// as the combined example judges one package holding both levels.
struct ConcernPackageTests {
    static let sector = "examples/municipality/sundhed-og-aeldre"
    static let concern = "examples/municipality/koncern"

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.accredit(["check"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The parts of a report about the sector: each DDKM requirement's status, and the overlaps.
    private func sectorView(_ report: [String: Any]) -> (statuses: [String: String], overlaps: [String]) {
        let requirements = report["requirements"] as? [[String: Any]] ?? []
        var statuses: [String: String] = [:]
        for requirement in requirements where (requirement["standard"] as? String) == "ddkm-kommune-2013" {
            statuses[requirement["id"] as? String ?? ""] = requirement["status"] as? String
        }
        let overlaps = (report["overlaps"] as? [[String: Any]] ?? []).map {
            "\($0["concern"] ?? "") \($0["sector"] ?? "") \($0["state"] ?? "")"
        }
        return (statuses, overlaps)
    }

    @Test func aSectorPackageWithItsConcernPackageMatchesTheCombinedExample() throws {
        let split = sectorView(try json([Self.sector, "--concern", Self.concern]))
        let combined = sectorView(try json(["examples/overlap-sundhed"]))
        #expect(split.statuses == combined.statuses)
        #expect(split.overlaps == combined.overlaps)
        #expect(!split.overlaps.isEmpty)
    }

    @Test func withoutTheConcernPackageTheSectorStandsAlone() throws {
        let alone = sectorView(try json([Self.sector]))
        #expect(alone.overlaps.isEmpty)
    }

    @Test func aBatchOverTheMunicipalityUsesTheConcernPackageForEveryUnit() throws {
        let result = try CommandRunner.accredit(["check", "examples/municipality", "--concern", Self.concern, "--quiet"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Sundhed og Ældre"))
    }

    @Test func aBrokenConcernPackageIsReportedAsSuch() throws {
        let result = try CommandRunner.accredit(["check", Self.sector, "--concern", "examples/broken/malformed-xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("examples/broken/malformed-xml/manifest.xml"))
    }
}
