import Hummingbird

/// The pages for people. (Being written.)
struct WebRoutes: Sendable {
    let server: ServerEnvironment

    func register(on router: Router<ServerContext>) {}
}
