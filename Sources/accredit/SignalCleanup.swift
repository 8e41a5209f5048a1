import AccreditCore
import Dispatch
import Foundation

/// Ends the process cleanly on SIGINT, SIGTERM and SIGHUP: removes every temporary folder and
/// file the core has registered (a zip package's extracted evidence, half-written reports),
/// then exits with 128 + the signal's number, as a shell reports a process a signal ended.
///
/// The signals are handled by dispatch sources on a queue of their own rather than by a C
/// signal handler, because removing folders is not async-signal-safe; the default action,
/// which would end the process with the folders still on disk, is turned off first.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "accredit.signals")

    /// Waits for the handler to end the process when a signal has arrived: the work it cut
    /// short fails on the way out, and its ordinary exit status must not win over 128 + the
    /// signal's number.
    static func holdIfInterrupted() {
        guard TemporaryPaths.isClosing else { return }
        while true { pause() }
    }

    /// Installs the handlers; call once, before any work starts.
    static func install() {
        // A report growing past the file size limit (`ulimit -f`) would end the process with
        // SIGXFSZ, its temporary file left beside the report; ignored, the write fails with
        // EFBIG instead, and the file is removed like any that cannot be written.
        signal(SIGXFSZ, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                TemporaryPaths.removeAll()
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
