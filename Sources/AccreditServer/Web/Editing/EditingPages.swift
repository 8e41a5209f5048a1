import Hummingbird

/// The pages that change things: the self-evaluation editor, package upload and download, and
/// administration of users and units with the audit log. (Being written.)
struct EditingPages: Sendable {
    let server: ServerEnvironment

    func register(on router: some RouterMethods<ServerContext>) {}
}
