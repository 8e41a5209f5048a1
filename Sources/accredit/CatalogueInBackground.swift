import AccreditCore
import Dispatch

/// Loads the catalogue on another core while the caller opens the package: the two are
/// independent, and together they are about half of a large check. `value()` waits.
final class CatalogueInBackground: @unchecked Sendable {
    // Written once by the loading thread before `done` is signalled, read only after waiting.
    private var result: Result<Catalogue, AccreditErrors>?
    private let done = DispatchSemaphore(value: 0)

    init(_ folders: [String]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            do throws(AccreditErrors) {
                result = .success(try CatalogueLoader().load(folders))
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    /// The loaded catalogue, once loading has finished.
    func value() throws(AccreditErrors) -> Catalogue {
        done.wait()
        done.signal()  // later calls return at once
        return try result!.get()
    }
}
