import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// What the API changes is in the audit log, newest first, with who did it; and every answer,
/// errors included, carries the security headers.
struct APIAuditTests {
    @Test func uploadsAndNewUnitsAreAuditedWithTheirActor() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            let created = try await api.postJSON(
                "/api/v1/units", ["id": "ny", "name": "Ny", "level": "sector", "parent": TestUnits.concern], as: .admin)
            #expect(created.status == .created)
            let run = try await api.run(zip, to: "ny", as: .coordinatorConcern, query: "asOf=2026-03-01")
            let failed = try await api.upload(Array("garbage".utf8), to: TestUnits.a, as: .coordinatorA)
            let failedID = (failed.object["id"] as? NSNumber)?.int64Value ?? -1
            // Reads and refusals are not changes.
            _ = try await api.get("/api/v1/runs/\(run)/report", as: .reader)
            _ = try await api.upload(zip, to: TestUnits.a, as: .reader)
            _ = try await api.upload(zip, to: TestUnits.b, as: .coordinatorA)

            let entries = try await fixture.store.audit(limit: 100)
            #expect(entries.map(\.action) == ["run.create", "run.create", "unit.create"])
            #expect(entries.map(\.actor) == ["coordinator-a", "coordinator-concern", "admin"])
            #expect(entries.map(\.object) == ["run:\(failedID)", "run:\(run)", "unit:ny"])
            #expect(entries.map(\.id) == entries.map(\.id).sorted(by: >))
            #expect(entries[1].detail == "unit ny: ready")
            #expect(entries[0].detail == "unit \(TestUnits.a): not evaluated")
            #expect(entries.allSatisfy { abs($0.at.timeIntervalSinceNow) < 600 })
            #expect(try await fixture.store.audit(limit: 1).map(\.object) == ["run:\(failedID)"])
        }
    }

    @Test func successfulAnswersCarryTheSecurityHeaders() async throws {
        try await ServerFixture.run { _, api in
            for (uri, who) in [("/healthz", nil), ("/api/v1/openapi.json", nil), ("/api/v1/units", Who.admin)] {
                let response = try await api.get(uri, as: who)
                #expect(response.status == .ok)
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy] != nil, "\(uri)")
                #expect(response.headers[.cacheControl] == "no-store", "\(uri)")
            }
        }
    }

    @Test func errorAnswersCarryTheSecurityHeaders() async throws {
        try await ServerFixture.run { _, api in
            for (uri, who) in [("/api/v1/units", nil), ("/api/v1/units/nowhere", Who.admin), ("/api/v1/runs/1", Who.admin)] {
                let response = try await api.get(uri, as: who)
                #expect(response.status.code >= 400)
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[.cacheControl] == "no-store", "\(uri)")
            }
        }
    }
}
