import Hummingbird

/// `/healthz`: the process answers. `/readyz`: and its database does, so a load balancer sends
/// no requests to an instance that cannot reach PostgreSQL.
struct HealthRoutes: Sendable {
    let store: any Store

    func register(on router: Router<ServerContext>) {
        router.get("healthz") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("readyz") { _, _ in
            do {
                try await store.ping()
            } catch {
                // The reason stays out of the answer: it can name database hosts and users.
                throw APIError(.serviceUnavailable, "The database does not answer.")
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ready\n")))
        }
    }
}
