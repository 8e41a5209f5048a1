import Hummingbird

/// The pages for people, signed in by session cookie: login, the concern dashboard, units and
/// their runs, the self-evaluation editor, comparisons, expiring evidence and administration.
/// Each group of pages registers its own routes here.
struct WebRoutes: Sendable {
    let server: ServerEnvironment

    func register(on router: Router<ServerContext>) {
        router.get("static/accredit.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: ServerResources.styleSheet)))
        }
        let pages = router.group().add(middleware: SessionAuthentication(store: server.store))
        LoginRoutes(server: server).register(on: pages)
        ReadingPages(server: server).register(on: pages)
        EditingPages(server: server).register(on: pages)
    }
}
