import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The health checks and the API's own description answer without a token.
struct APIHealthTests {
    @Test func healthzAnswersWithoutAToken() async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.get("/healthz", as: nil)
            #expect(response.status == .ok)
            #expect(response.text == "ok\n")
            #expect(response.contentType == "text/plain; charset=utf-8")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.cacheControl] == "no-store")
        }
    }

    @Test func readyzAnswersWhenTheStoreDoes() async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.get("/readyz", as: nil)
            #expect(response.status == .ok)
            #expect(response.text == "ready\n")
            #expect(response.contentType == "text/plain; charset=utf-8")
        }
    }

    @Test func readyzAnswers503OnceTheStoreIsClosed() async throws {
        try await ServerFixture.run { fixture, api in
            try await fixture.store.shutdown()
            let response = try await api.get("/readyz", as: nil)
            expectError(response, .serviceUnavailable)
            // The process itself still answers.
            #expect(try await api.get("/healthz", as: nil).status == .ok)
        }
    }

    @Test func theOpenAPIDocumentIsPublicJSON() async throws {
        try await ServerFixture.run { _, api in
            for who in [nil, Who.reader] {
                let response = try await api.get("/api/v1/openapi.json", as: who)
                #expect(response.status == .ok)
                #expect(response.contentType == "application/json")
                let document = response.object
                #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
                let paths = document["paths"] as? [String: Any] ?? [:]
                for path in [
                    "/api/v1/units", "/api/v1/units/{unit}", "/api/v1/units/{unit}/runs", "/api/v1/runs/{id}",
                    "/api/v1/runs/{id}/report", "/api/v1/runs/{id}/package", "/api/v1/runs/{id}/diff",
                ] {
                    #expect(paths[path] != nil, "\(path) is not documented")
                }
            }
        }
    }
}
