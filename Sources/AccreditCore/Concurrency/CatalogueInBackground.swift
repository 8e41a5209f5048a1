import Dispatch

/// Loads the catalogue on other cores while the caller opens the package: the two are
/// independent, and together they are about half of a large check. One core is left for the
/// package; whoever waits in `value()` first helps with the rule files still unread, so a small
/// package's core joins in as soon as it is free.
///
/// Every path through `PackageCheck` waits for the load before it returns, so no loading
/// thread is left running when a front end ends the process.
final class CatalogueInBackground: @unchecked Sendable {
    // Written once by the loading thread before `done` is signalled, read only after waiting.
    private var result: Result<Catalogue, AccreditErrors>?
    private let done = DispatchSemaphore(value: 0)
    private let hands = HelpingHands()

    init(_ folders: [String]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            ThreadHeap.prepareThisThread()
            var loader = CatalogueLoader()
            loader.concurrency = max(1, Cores.available - 1)
            loader.helpers = hands
            do throws(AccreditErrors) {
                result = .success(try loader.load(folders))
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    /// The loaded catalogue, once loading has finished.
    func value() throws(AccreditErrors) -> Catalogue {
        hands.lend()
        done.wait()
        done.signal()  // later calls return at once
        return try result!.get()
    }
}
