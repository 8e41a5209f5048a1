/// Rule files being loaded on other cores, ahead of the check that will use them. A front end
/// that knows early which rules it will need (the command line, before it has parsed its
/// arguments) starts the load here and hands it to `PackageCheck.check(_:loading:options:)`.
///
/// Whoever starts a load must see it end before the process does, on every path, or a loading
/// thread may still be inside libxml2 when the process exits: `finish()` waits for it.
public final class RuleFilesLoading: Sendable {
    /// The folders (or files) being loaded.
    public let folders: [String]
    let pending: CatalogueInBackground

    /// Starts loading `folders` at once.
    public init(_ folders: [String]) {
        self.folders = folders
        pending = CatalogueInBackground(folders)
    }

    /// Returns once the loading has ended, whatever its outcome.
    public func finish() {
        _ = try? pending.value()
    }

    /// The loaded catalogue, once loading has ended, or why the rule files could not be loaded.
    public func catalogue() -> Result<Catalogue, CheckFailure> {
        do throws(AccreditErrors) {
            return .success(try pending.value())
        } catch {
            return .failure(.rules(error.errors))
        }
    }
}
