import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every route under /api/v1 but the document itself needs a valid bearer token, and answers
/// 401 with `WWW-Authenticate` and the JSON error before it looks at what the request names.
struct APIAuthenticationTests {
    /// Every protected route, with a body where it takes one.
    static let routes: [(HTTPRequest.Method, String)] = [
        (.get, "/api/v1/units"),
        (.post, "/api/v1/units"),
        (.get, "/api/v1/units/\(TestUnits.a)"),
        (.get, "/api/v1/units/no-such-unit"),
        (.get, "/api/v1/units/\(TestUnits.a)/runs"),
        (.post, "/api/v1/units/\(TestUnits.a)/runs"),
        (.get, "/api/v1/runs/1"),
        (.get, "/api/v1/runs/999"),
        (.get, "/api/v1/runs/1/report"),
        (.get, "/api/v1/runs/1/report?format=html&lang=da"),
        (.get, "/api/v1/runs/1/package"),
        (.get, "/api/v1/runs/1/diff"),
        (.get, "/api/v1/runs/1/diff?base=2"),
    ]

    /// What an unauthenticated client might send instead of a valid token.
    static let credentials: [(String, String?)] = [
        ("no Authorization header", nil),
        ("an unknown token", "Bearer \(Secret.make())"),
        ("an empty bearer token", "Bearer "),
        ("another scheme", "Basic YWRtaW46YWRtaW4="),
        ("a token over 256 bytes", "Bearer " + String(repeating: "x", count: 300)),
    ]

    @Test func everyRouteAnswers401WithoutAValidToken() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            // A run exists, so that 401 cannot be the run's absence.
            let run = try await api.run(zip, to: TestUnits.a)
            #expect(run == 1)
            for (method, uri) in Self.routes {
                for (label, authorization) in Self.credentials {
                    var headers: HTTPFields = [:]
                    if let authorization { headers[.authorization] = authorization }
                    var body: [UInt8]?
                    if method == .post {
                        if uri.hasSuffix("/runs") {
                            headers[.contentType] = "application/zip"
                            body = zip
                        } else {
                            headers[.contentType] = "application/json"
                            body = Array(#"{"id":"x","name":"X","level":"sector","parent":null}"#.utf8)
                        }
                    }
                    let response = try await api.send(method, uri, as: nil, headers: headers, body: body)
                    #expect(response.status == .unauthorized, "\(method) \(uri) with \(label)")
                    expectError(response, .unauthorized)
                    #expect(errorMessage(response).contains("Bearer"), "\(method) \(uri)")
                }
            }
            // Nothing was created by the refused requests.
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 100).count == 1)
            #expect(try await fixture.store.unit(id: "x") == nil)
        }
    }

    @Test func aValidTokenIsAccepted() async throws {
        try await ServerFixture.run { _, api in
            for who in Who.allCases {
                let response = try await api.get("/api/v1/units", as: who)
                #expect(response.status == .ok, "\(who)")
            }
        }
    }
}
