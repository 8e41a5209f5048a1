import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// A unit's runs, newest first, and what changed from one run to another.
struct APIRunsTests {
    @Test func runsAreListedNewestFirst() async throws {
        let ready = try Packages.ready()
        let notReady = try Packages.notReady()
        try await ServerFixture.run { _, api in
            let empty = try await api.get("/api/v1/units/\(TestUnits.a)/runs", as: .admin)
            #expect(empty.status == .ok)
            #expect(empty.text == "[]")
            var ids: [Int64] = []
            for zip in [ready, notReady, ready] { ids.append(try await api.run(zip, to: TestUnits.a)) }
            // Another unit's run is not in the list.
            _ = try await api.run(ready, to: TestUnits.b)

            let listed = try await api.get("/api/v1/units/\(TestUnits.a)/runs", as: .coordinatorA)
            #expect(listed.status == .ok)
            #expect(listed.contentType == "application/json")
            #expect(listed.array.map { ($0["id"] as? NSNumber)?.int64Value } == ids.reversed())
            #expect(listed.array.map { $0["verdict"] as? String } == ["ready", "not-ready", "ready"])
            #expect(listed.array.allSatisfy { $0["unit"] as? String == TestUnits.a && $0["createdBy"] as? String == "admin" })

            let two = try await api.get("/api/v1/units/\(TestUnits.a)/runs?limit=2", as: .admin)
            #expect(two.array.map { ($0["id"] as? NSNumber)?.int64Value } == [ids[2], ids[1]])
            for limit in ["1", "1000"] {
                let response = try await api.get("/api/v1/units/\(TestUnits.a)/runs?limit=\(limit)", as: .admin)
                #expect(response.status == .ok)
                #expect(response.array.count == min(Int(limit)!, 3))
            }
        }
    }

    @Test(arguments: ["0", "-1", "1001", "abc", "1.5", "", "99999999999999999999"])
    func aLimitOutside1To1000Is400(_ limit: String) async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.get("/api/v1/units/\(TestUnits.a)/runs?limit=\(limit)", as: .admin)
            expectError(response, .badRequest)
            #expect(errorMessage(response).contains("1 to 1000"))
        }
    }

    @Test func theFirstRunHasNoBaseAndEveryFindingIsNew() async throws {
        let zip = try Packages.notReady()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.b)
            let report = try await api.get("/api/v1/runs/\(run)/report", as: .admin)
            let diff = try await api.get("/api/v1/runs/\(run)/diff", as: .admin)
            #expect(diff.status == .ok)
            #expect(diff.contentType == "application/json")
            let body = diff.object
            #expect(Set(body.keys) == ["run", "base", "new", "fixed", "unchanged"])
            #expect((body["run"] as? NSNumber)?.int64Value == run)
            #expect(body["base"] is NSNull)
            let expected = findingKeys(ofReport: report.bytes)
            #expect(!expected.isEmpty)
            #expect(findingKeys(ofDiff: body["new"]) == expected)
            #expect(findingKeys(ofDiff: body["fixed"]).isEmpty)
            #expect(findingKeys(ofDiff: body["unchanged"]).isEmpty)
            for item in body["new"] as? [[String: Any]] ?? [] {
                #expect(Set(item.keys) == ["requirement", "code", "rule", "kind", "message"])
                #expect(item["kind"] as? String != "passed")
            }
        }
    }

    @Test func aFixedIndicatorIsFixedAndTheRestUnchanged() async throws {
        let before = try Packages.notReady()
        let after = try Packages.handHygieneFixed()
        try await ServerFixture.run { _, api in
            let first = try await api.run(before, to: TestUnits.b, as: .coordinatorB)
            let second = try await api.run(after, to: TestUnits.b, as: .coordinatorB)
            let firstReport = try await api.get("/api/v1/runs/\(first)/report", as: .coordinatorB)
            let diff = try await api.get("/api/v1/runs/\(second)/diff", as: .coordinatorB)
            #expect(diff.status == .ok)
            let body = diff.object
            #expect((body["base"] as? NSNumber)?.int64Value == first)
            let fixed = body["fixed"] as? [[String: Any]] ?? []
            #expect(fixed.count == 1)
            #expect(fixed.first?["requirement"] as? String == "ddkm.2.6.2")
            #expect((fixed.first?["message"] as? String)?.contains("84") == true)
            #expect(findingKeys(ofDiff: body["new"]).isEmpty)
            var expectedUnchanged = findingKeys(ofReport: firstReport.bytes)
            expectedUnchanged.removeAll { $0.hasPrefix("ddkm.2.6.2/") }
            #expect(findingKeys(ofDiff: body["unchanged"]) == expectedUnchanged)
            #expect(!expectedUnchanged.isEmpty)
        }
    }

    @Test func aNotReadyPackageFollowedByAReadyOne() async throws {
        let notReady = try Packages.notReady()
        let ready = try Packages.ready()
        try await ServerFixture.run { _, api in
            let first = try await api.run(notReady, to: TestUnits.a)
            let second = try await api.run(ready, to: TestUnits.a)
            let firstReport = try await api.get("/api/v1/runs/\(first)/report", as: .admin)
            let secondReport = try await api.get("/api/v1/runs/\(second)/report", as: .admin)
            let diff = try await api.get("/api/v1/runs/\(second)/diff", as: .admin)
            #expect(diff.status == .ok)
            let body = diff.object
            #expect((body["base"] as? NSNumber)?.int64Value == first)
            // The packages claim different standards: every earlier finding is fixed, every
            // finding of the ready package (its warnings) is new, nothing is shared.
            let fixed = findingKeys(ofDiff: body["fixed"])
            #expect(!fixed.isEmpty)
            #expect(fixed == findingKeys(ofReport: firstReport.bytes))
            #expect(findingKeys(ofDiff: body["new"]) == findingKeys(ofReport: secondReport.bytes))
            #expect(findingKeys(ofDiff: body["unchanged"]).isEmpty)
            #expect(findingKeys(ofDiff: body["fixed"]).allSatisfy { $0.hasPrefix("ddkm.") })
        }
    }

    @Test func theSamePackageTwiceChangesNothing() async throws {
        let zip = try Packages.notReady()
        try await ServerFixture.run { _, api in
            let first = try await api.run(zip, to: TestUnits.b)
            let second = try await api.run(zip, to: TestUnits.b)
            let report = try await api.get("/api/v1/runs/\(first)/report", as: .admin)
            let diff = try await api.get("/api/v1/runs/\(second)/diff", as: .admin).object
            #expect((diff["base"] as? NSNumber)?.int64Value == first)
            #expect(findingKeys(ofDiff: diff["unchanged"]) == findingKeys(ofReport: report.bytes))
            #expect(findingKeys(ofDiff: diff["new"]).isEmpty)
            #expect(findingKeys(ofDiff: diff["fixed"]).isEmpty)
        }
    }

    @Test func anExplicitBaseIsUsedAndUnevaluatedRunsAreSkipped() async throws {
        let notReady = try Packages.notReady()
        let ready = try Packages.ready()
        try await ServerFixture.run { _, api in
            let first = try await api.run(notReady, to: TestUnits.a)
            let broken = try await api.upload(Array("not a zip".utf8), to: TestUnits.a, as: .admin)
            #expect(broken.status == .unprocessableContent)
            let third = try await api.run(ready, to: TestUnits.a)
            // The run that could not be evaluated is no base.
            let auto = try await api.get("/api/v1/runs/\(third)/diff", as: .admin).object
            #expect((auto["base"] as? NSNumber)?.int64Value == first)
            // A base named explicitly, here a run of another unit.
            let other = try await api.run(ready, to: TestUnits.b)
            let explicit = try await api.get("/api/v1/runs/\(third)/diff?base=\(other)", as: .admin)
            #expect(explicit.status == .ok)
            #expect((explicit.object["base"] as? NSNumber)?.int64Value == other)
            #expect(findingKeys(ofDiff: explicit.object["new"]).isEmpty)
            #expect(findingKeys(ofDiff: explicit.object["fixed"]).isEmpty)
        }
    }

    @Test func aBaseThatIsNoRunIs404AndOneThatIsNoNumberIs400() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a)
            for base in ["999999", "0", "-3"] {
                let response = try await api.get("/api/v1/runs/\(run)/diff?base=\(base)", as: .admin)
                expectError(response, .notFound, message: "Run \(base) was not found.")
            }
            for base in ["abc", "1.5", "", "1e3"] {
                let response = try await api.get("/api/v1/runs/\(run)/diff?base=\(base)", as: .admin)
                expectError(response, .badRequest)
            }
            expectError(try await api.get("/api/v1/runs/\(run)/diff?lang=fr", as: .admin), .badRequest)
            expectError(try await api.get("/api/v1/runs/424242/diff", as: .admin), .notFound)
        }
    }

    @Test func theDiffSpeaksTheLanguageAskedFor() async throws {
        let zip = try Packages.notReady()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.b)
            let english = try await api.get("/api/v1/runs/\(run)/diff?lang=en", as: .admin).object
            let danish = try await api.get("/api/v1/runs/\(run)/diff?lang=da", as: .admin).object
            #expect(findingKeys(ofDiff: english["new"]) == findingKeys(ofDiff: danish["new"]))
            let englishMessages = (english["new"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            let danishMessages = (danish["new"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            #expect(englishMessages != danishMessages)
        }
    }

    /// The previous run is the newest evaluated run before this one, however many runs the unit
    /// has had since.
    @Test func theDefaultBaseIsFoundBehindManyNewerRuns() async throws {
        let zip = try Packages.notReady()
        try await ServerFixture.run { fixture, api in
            let first = try await api.run(zip, to: TestUnits.b)
            let second = try await api.run(zip, to: TestUnits.b)
            // A thousand newer runs that could not be evaluated (stored directly: cheap).
            for _ in 0..<1000 {
                _ = try await fixture.store.addRun(
                    RunRecord(unit: TestUnits.b, createdBy: "pipeline", error: "not a zip"), package: [0], reports: [:])
            }
            let diff = try await api.get("/api/v1/runs/\(second)/diff", as: .admin)
            #expect(diff.status == .ok)
            #expect((diff.object["base"] as? NSNumber)?.int64Value == first)
        }
    }

    @Test(arguments: ["abc", "1.5", "0", "-1"])
    func aRunIdThatIsNoRunIsRefused(_ id: String) async throws {
        try await ServerFixture.run { _, api in
            for suffix in ["", "/report", "/package", "/diff"] {
                let response = try await api.get("/api/v1/runs/\(id)\(suffix)", as: .admin)
                // The OpenAPI document promises 400 for an id that is not an integer; the server
                // answers 404, as for an id that names no run.
                if Int64(id) == nil {
                    #expect([400, 404].contains(response.status.code), "runs/\(id)\(suffix)")
                    expectError(response, response.status)
                } else {
                    expectError(response, .notFound)
                }
            }
        }
    }
}
