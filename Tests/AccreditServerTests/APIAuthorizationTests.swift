import AccreditReports
import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every route that names a unit or a run, for every role. A unit coordinator gets 404 for what
/// is not theirs, worded exactly like a unit or run that does not exist, so that ids cannot be
/// probed; a reader reads everything and checks nothing; concern coordinators and
/// administrators see all; the coordinator of a concern level reaches the sector units under it.
struct APIAuthorizationTests {
    /// Runs one package for unit A (the ready example) and one for unit B (the not-ready one).
    struct Seeded: Sendable {
        var runs: [String: Int64]
        var zips: [String: [UInt8]]
    }

    static func seed(_ api: APIClient) async throws -> Seeded {
        let zips = [TestUnits.a: try Packages.ready(), TestUnits.b: try Packages.notReady()]
        var runs: [String: Int64] = [:]
        for unit in [TestUnits.a, TestUnits.b] {
            runs[unit] = try await api.run(zips[unit]!, to: unit, query: "asOf=2026-03-01")
        }
        return Seeded(runs: runs, zips: zips)
    }

    @Test(arguments: Who.allCases)
    func readRoutesFollowTheUnitsAUserMayRead(_ who: Who) async throws {
        try await ServerFixture.run { _, api in
            let seeded = try await Self.seed(api)
            for unit in [TestUnits.a, TestUnits.b] {
                let other = unit == TestUnits.a ? TestUnits.b : TestUnits.a
                let run = seeded.runs[unit]!
                let otherRun = seeded.runs[other]!
                let readable = who.canRead(unit)
                let notFoundUnit = "Unit \"\(unit)\" was not found."

                let shown = try await api.get("/api/v1/units/\(unit)", as: who)
                if readable {
                    #expect(shown.status == .ok, "\(who) GET units/\(unit)")
                    #expect(shown.object["id"] as? String == unit)
                } else {
                    expectError(shown, .notFound, message: notFoundUnit)
                }

                let runs = try await api.get("/api/v1/units/\(unit)/runs", as: who)
                if readable {
                    #expect(runs.status == .ok, "\(who) GET units/\(unit)/runs")
                    #expect(runs.array.map { ($0["id"] as? NSNumber)?.int64Value } == [run])
                    #expect(runs.array.allSatisfy { $0["unit"] as? String == unit })
                } else {
                    expectError(runs, .notFound, message: notFoundUnit)
                }

                let shownRun = try await api.get("/api/v1/runs/\(run)", as: who)
                if readable {
                    #expect(shownRun.status == .ok, "\(who) GET runs/\(run)")
                    #expect((shownRun.object["id"] as? NSNumber)?.int64Value == run)
                    #expect(shownRun.object["unit"] as? String == unit)
                } else {
                    expectHiddenRun(shownRun, run)
                }

                for format in ReportFormat.allCases {
                    for lang in ["en", "da"] {
                        let report = try await api.get(
                            "/api/v1/runs/\(run)/report?format=\(format.rawValue)&lang=\(lang)", as: who)
                        if readable {
                            #expect(report.status == .ok, "\(who) report \(format) \(lang)")
                            #expect(report.contentType == RunReports.contentType(format))
                            #expect(!report.bytes.isEmpty)
                        } else {
                            expectHiddenRun(report, run)
                        }
                    }
                }

                let package = try await api.get("/api/v1/runs/\(run)/package", as: who)
                if readable {
                    #expect(package.status == .ok, "\(who) package")
                    #expect(package.contentType == "application/zip")
                    #expect(package.bytes == seeded.zips[unit]!)
                    #expect(package.headers[.contentDisposition] == "attachment; filename=\"\(unit)-run-\(run).zip\"")
                } else {
                    expectHiddenRun(package, run)
                }

                let diff = try await api.get("/api/v1/runs/\(run)/diff", as: who)
                if readable {
                    #expect(diff.status == .ok, "\(who) diff")
                    #expect((diff.object["run"] as? NSNumber)?.int64Value == run)
                    #expect(diff.object["base"] is NSNull)
                } else {
                    expectHiddenRun(diff, run)
                }

                // A base from the other unit: both runs must be readable.
                let crossed = try await api.get("/api/v1/runs/\(run)/diff?base=\(otherRun)", as: who)
                if readable && who.canRead(other) {
                    #expect(crossed.status == .ok, "\(who) diff against \(other)")
                    #expect((crossed.object["base"] as? NSNumber)?.int64Value == otherRun)
                } else if readable {
                    expectHiddenRun(crossed, otherRun)
                } else {
                    expectHiddenRun(crossed, run)
                }
            }
        }
    }

    @Test(arguments: Who.allCases)
    func uploadsNeedARoleThatChecksAndAUnitTheUserReads(_ who: Who) async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            for unit in TestUnits.all {
                let response = try await api.upload(zip, to: unit, as: who)
                if !who.canRead(unit) {
                    expectError(response, .notFound, message: "Unit \"\(unit)\" was not found.")
                } else if !who.mayCheck {
                    expectError(response, .forbidden)
                } else {
                    #expect(response.status == .created, "\(who) upload to \(unit): \(response.text)")
                    #expect(response.object["verdict"] as? String == "ready")
                }
                let stored = try await fixture.store.runs(unit: unit, limit: 10)
                #expect(stored.count == (who.canRead(unit) && who.mayCheck ? 1 : 0), "\(who) \(unit)")
                #expect(stored.allSatisfy { $0.createdBy == who.rawValue })
            }
        }
    }

    @Test(arguments: Who.allCases)
    func theUnitListHoldsOnlyReadableUnits(_ who: Who) async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.get("/api/v1/units", as: who)
            #expect(response.status == .ok)
            #expect(response.contentType == "application/json")
            let ids = response.array.compactMap { $0["id"] as? String }
            #expect(ids == TestUnits.all.filter(who.canRead))
            if who == .coordinatorConcern {
                // The concern's own unit and the sector unit under it.
                #expect(ids == [TestUnits.a, TestUnits.concern])
            }
            for unit in response.array {
                #expect(Set(unit.keys) == ["id", "name", "level", "parent"])
            }
        }
    }

    @Test(arguments: Who.allCases)
    func onlyAdministratorsAndConcernCoordinatorsCreateUnits(_ who: Who) async throws {
        try await ServerFixture.run { fixture, api in
            let id = "ny-enhed-\(who.rawValue)"
            let response = try await api.postJSON(
                "/api/v1/units", ["id": id, "name": "Ny enhed", "level": "sector", "parent": TestUnits.concern], as: who)
            if who.mayCreateUnits {
                #expect(response.status == .created, "\(who): \(response.text)")
                #expect(try await fixture.store.unit(id: id) != nil)
            } else {
                expectError(response, .forbidden)
                #expect(try await fixture.store.unit(id: id) == nil)
            }
        }
    }

    @Test func aCoordinatorOfAConcernReadsTheSectorUnitsUnderIt() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a, as: .coordinatorConcern)
            let unit = try await api.get("/api/v1/units/\(TestUnits.a)", as: .coordinatorConcern)
            #expect(unit.status == .ok)
            #expect(unit.object["parent"] as? String == TestUnits.concern)
            #expect(try await api.get("/api/v1/units/\(TestUnits.concern)", as: .coordinatorConcern).status == .ok)
            #expect(try await api.get("/api/v1/runs/\(run)/report", as: .coordinatorConcern).status == .ok)
            // The coordinator of the sector unit does not reach up to its concern.
            let up = try await api.get("/api/v1/units/\(TestUnits.concern)", as: .coordinatorA)
            expectError(up, .notFound, message: "Unit \"\(TestUnits.concern)\" was not found.")
        }
    }

    @Test func anotherUnitsObjectsAnswerExactlyLikeMissingOnes() async throws {
        try await ServerFixture.run { _, api in
            let seeded = try await Self.seed(api)
            let hidden = seeded.runs[TestUnits.b]!
            let missing: Int64 = 987_654
            for suffix in ["", "/report", "/report?format=html", "/package", "/diff"] {
                let forbidden = try await api.get("/api/v1/runs/\(hidden)\(suffix)", as: .coordinatorA)
                let absent = try await api.get("/api/v1/runs/\(missing)\(suffix)", as: .coordinatorA)
                expectHiddenRun(forbidden, hidden)
                expectError(absent, .notFound, message: "Run \(missing) was not found.")
                #expect(Set(forbidden.headers.map(\.name)) == Set(absent.headers.map(\.name)), "runs/…\(suffix)")
            }
            let forbidden = try await api.get("/api/v1/units/\(TestUnits.b)", as: .coordinatorA)
            let absent = try await api.get("/api/v1/units/no-such-unit", as: .coordinatorA)
            expectError(forbidden, .notFound, message: "Unit \"\(TestUnits.b)\" was not found.")
            expectError(absent, .notFound, message: "Unit \"no-such-unit\" was not found.")
            // An upload to a hidden unit is refused before its body is looked at.
            let upload = try await api.upload([0x50, 0x4B], to: TestUnits.b, as: .coordinatorA, contentType: "text/plain")
            expectError(upload, .notFound, message: "Unit \"\(TestUnits.b)\" was not found.")
        }
    }
}
