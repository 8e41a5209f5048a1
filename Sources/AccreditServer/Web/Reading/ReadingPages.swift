import Hummingbird

/// The pages that read: dashboard, unit, run, expiring evidence, comparison. (Being written.)
struct ReadingPages: Sendable {
    let server: ServerEnvironment

    func register(on router: some RouterMethods<ServerContext>) {}
}
