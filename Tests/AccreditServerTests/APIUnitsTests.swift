import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Creating units: 201 with its address, 409 for an id in use, 400 for anything malformed.
struct APIUnitsTests {
    @Test func aCreatedUnitIsAnsweredWithItsLocationAndCanBeRead() async throws {
        try await ServerFixture.run { fixture, api in
            let response = try await api.postJSON(
                "/api/v1/units",
                ["id": "plejecenter-syd", "name": "  Plejecenter Syd  ", "level": "sector", "parent": TestUnits.concern],
                as: .concern)
            #expect(response.status == .created, "\(response.text)")
            #expect(response.headers[.location] == "/api/v1/units/plejecenter-syd")
            #expect(response.contentType == "application/json")
            #expect(
                response.text
                    == #"{"id":"plejecenter-syd","level":"sector","name":"Plejecenter Syd","parent":"lyngsoe-kommune"}"#)
            let shown = try await api.get("/api/v1/units/plejecenter-syd", as: .admin)
            #expect(shown.status == .ok)
            #expect(shown.text == response.text)
            let listed = try await api.get("/api/v1/units", as: .reader)
            #expect(listed.array.compactMap { $0["id"] as? String }.contains("plejecenter-syd"))
            // The coordinator of the concern reaches the new unit under it.
            #expect(try await api.get("/api/v1/units/plejecenter-syd", as: .coordinatorConcern).status == .ok)
            #expect(try await fixture.store.unit(id: "plejecenter-syd")?.name == "Plejecenter Syd")
        }
    }

    @Test func aUnitWithoutParentHasParentNull() async throws {
        try await ServerFixture.run { _, api in
            for (id, body) in [
                ("aarhus", ["id": "aarhus", "name": "Aarhus", "level": "concern"] as [String: Any]),
                ("odense", ["id": "odense", "name": "Odense", "level": "concern", "parent": NSNull()]),
            ] {
                let response = try await api.postJSON("/api/v1/units", body, as: .admin)
                #expect(response.status == .created, "\(id): \(response.text)")
                #expect(response.object["parent"] is NSNull, "\(id)")
                #expect(response.object["level"] as? String == "concern")
            }
        }
    }

    /// The document says parent is an id or null; an empty string is neither (schemathesis
    /// found the server taking it as null).
    @Test func anEmptyParentIs400() async throws {
        try await ServerFixture.run { fixture, api in
            let response = try await api.postJSON(
                "/api/v1/units", ["id": "vejle", "name": "Vejle", "level": "concern", "parent": ""], as: .admin)
            expectError(response, .badRequest)
            #expect(try await fixture.store.unit(id: "vejle") == nil)
        }
    }

    @Test func aUnitIdAlreadyInUseIs409() async throws {
        try await ServerFixture.run { fixture, api in
            let response = try await api.postJSON(
                "/api/v1/units", ["id": TestUnits.a, "name": "Another name", "level": "sector"], as: .admin)
            expectError(response, .conflict)
            #expect(errorMessage(response).contains(TestUnits.a))
            #expect(try await fixture.store.unit(id: TestUnits.a)?.name == "Hjemmeplejen Nord")
        }
    }

    @Test(arguments: [
        "", "-starts-with-dash", ".hidden", "_under", "has space", "has/slash", "has?query", "a\u{0}b",
        "æ" + String(repeating: "a", count: 99),
        String(repeating: "a", count: 101),
    ])
    func anInvalidIdIs400(_ id: String) async throws {
        try await ServerFixture.run { fixture, api in
            let response = try await api.postJSON("/api/v1/units", ["id": id, "name": "X", "level": "sector"], as: .admin)
            expectError(response, .badRequest)
            #expect(try await fixture.store.units().count == 3)
        }
    }

    @Test func idsOfLettersDigitsAndPunctuationUpTo100BytesAreValid() async throws {
        try await ServerFixture.run { _, api in
            for id in ["a", "9", "skole.nord_1-a", String(repeating: "a", count: 100), "børnehuset-ø"] {
                let response = try await api.postJSON("/api/v1/units", ["id": id, "name": "X", "level": "sector"], as: .admin)
                #expect(response.status == .created, "\(id): \(response.text)")
                #expect(response.object["id"] as? String == id)
            }
        }
    }

    @Test func aUnitWithANonASCIIIdCanBeReadBackAtItsLocation() async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.postJSON(
                "/api/v1/units", ["id": "børnehuset-ø", "name": "Børnehuset Ø", "level": "sector"], as: .admin)
            #expect(response.status == .created)
            // What a client sends for the id: its UTF-8 bytes percent-encoded (RFC 3986).
            let encoded = "/api/v1/units/b%C3%B8rnehuset-%C3%B8"
            let shown = try await api.get(encoded, as: .admin)
            let runs = try await api.get(encoded + "/runs", as: .admin)
            let upload = try await api.upload(try Packages.ready(), to: "b%C3%B8rnehuset-%C3%B8", as: .admin)
            #expect(shown.status == .ok, "\(shown.text)")
            #expect(shown.object["id"] as? String == "børnehuset-ø")
            #expect(runs.status == .ok, "\(runs.text)")
            #expect(upload.status == .created, "\(upload.text)")
            #expect(response.headers[.location] == encoded)
        }
    }

    /// Lengths as the OpenAPI document counts them: code points of the value as sent, so
    /// leading spaces and combining marks count although the stored name is shorter.
    @Test(arguments: [
        "", "   ", "two\nlines", String(repeating: "n", count: 201), "\r" + String(repeating: "n", count: 200),
        String(repeating: "e\u{301}", count: 101),
    ])
    func anInvalidNameIs400(_ name: String) async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.postJSON(
                "/api/v1/units", ["id": "ny", "name": name, "level": "sector"], as: .admin)
            expectError(response, .badRequest)
            #expect(errorMessage(response).contains("name"))
        }
    }

    @Test func aNameOf200CharactersIsValid() async throws {
        try await ServerFixture.run { _, api in
            let name = String(repeating: "ø", count: 200)
            let response = try await api.postJSON("/api/v1/units", ["id": "ny", "name": name, "level": "sector"], as: .admin)
            #expect(response.status == .created)
            #expect(response.object["name"] as? String == name)
        }
    }

    @Test(arguments: ["region", "Sector", "", "CONCERN"])
    func anInvalidLevelIs400(_ level: String) async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.postJSON("/api/v1/units", ["id": "ny", "name": "Ny", "level": level], as: .admin)
            expectError(response, .badRequest)
            #expect(errorMessage(response).contains("level"))
        }
    }

    @Test func anUnknownOrSelfParentIs400() async throws {
        try await ServerFixture.run { fixture, api in
            let unknown = try await api.postJSON(
                "/api/v1/units", ["id": "ny", "name": "Ny", "level": "sector", "parent": "no-such-unit"], as: .admin)
            expectError(unknown, .badRequest)
            #expect(errorMessage(unknown).contains("no-such-unit"))
            let itself = try await api.postJSON(
                "/api/v1/units", ["id": "ny", "name": "Ny", "level": "sector", "parent": "ny"], as: .admin)
            expectError(itself, .badRequest)
            let malformed = try await api.postJSON(
                "/api/v1/units", ["id": "ny", "name": "Ny", "level": "sector", "parent": "a/b"], as: .admin)
            expectError(malformed, .badRequest)
            #expect(try await fixture.store.unit(id: "ny") == nil)
        }
    }

    @Test func aBodyThatIsNotAUnitIs400() async throws {
        try await ServerFixture.run { fixture, api in
            let bodies: [(String, String)] = [
                ("application/json", "not json"),
                ("application/json", ""),
                ("application/json", "[]"),
                ("application/json", #"{"id": "ny", "name": "Ny"}"#),
                ("application/json", #"{"id": 5, "name": "Ny", "level": "sector"}"#),
                ("application/json", #"{"name": "Ny", "level": "sector"}"#),
            ]
            for (type, body) in bodies {
                let response = try await api.send(
                    .post, "/api/v1/units", as: .admin, headers: [.contentType: type], body: Array(body.utf8))
                expectError(response, .badRequest)
            }
            #expect(try await fixture.store.units().count == 3)
        }
    }

    @Test func unitCreationIsRecordedInTheAuditLog() async throws {
        try await ServerFixture.run { fixture, api in
            _ = try await api.postJSON("/api/v1/units", ["id": "ny", "name": "Ny enhed", "level": "sector"], as: .concern)
            // Refused attempts change nothing and are not recorded as creations.
            _ = try await api.postJSON("/api/v1/units", ["id": "ny", "name": "Ny enhed", "level": "sector"], as: .concern)
            _ = try await api.postJSON("/api/v1/units", ["id": "nyere", "name": "Nyere", "level": "sector"], as: .reader)
            let entries = try await fixture.store.audit(limit: 10)
            #expect(entries.count == 1)
            let entry = try #require(entries.first)
            #expect(entry.actor == Who.concern.rawValue)
            #expect(entry.action == "unit.create")
            #expect(entry.object == "unit:ny")
            #expect(entry.detail == "Ny enhed (sector)")
        }
    }
}
