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
    /// The standards whose rule files query the manifest, as far as the files show
    /// (`CatalogueLoader.whenFilesRead`). Written once by the loading thread before
    /// `filesRead` is signalled, read only after waiting for it, like `result`.
    private var querying: Set<String>?
    /// Signalled once `querying` is known, or the load has ended without it.
    private let filesRead = DispatchSemaphore(value: 0)

    init(_ folders: [String]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            ThreadHeap.prepareThisThread()
            var loader = CatalogueLoader()
            loader.concurrency = max(1, Cores.available - 1)
            loader.helpers = hands
            loader.whenFilesRead = { [self] standards in
                querying = standards
                filesRead.signal()
            }
            do throws(AccreditErrors) {
                result = .success(try loader.load(folders))
            } catch {
                result = .failure(error)
            }
            filesRead.signal()
            done.signal()
        }
    }

    /// The loaded catalogue, once loading has finished.
    func value() throws(AccreditErrors) -> Catalogue {
        try value(meanwhile: { _ in })
    }

    /// The loaded catalogue, once loading has finished. A caller that would wait after helping
    /// with the files, while the references between them are resolved, first runs `meanwhile`
    /// with the standards whose rule files query the manifest (as far as the files show): the
    /// wait is time its core would otherwise spend idle.
    func value(meanwhile: (_ queryingStandards: Set<String>) -> Void) throws(AccreditErrors) -> Catalogue {
        hands.lend()
        // Each successful wait on `done` takes its signal; it is given back below.
        var finished = done.wait(timeout: .now()) == .success
        if !finished {
            filesRead.wait()
            finished = done.wait(timeout: .now()) == .success
            if !finished, let standards = querying { meanwhile(standards) }
        }
        if !finished { done.wait() }
        done.signal()  // later calls return at once
        return try result!.get()
    }
}
