import Foundation

/// Every temporary folder and file accredit has alive right now: extracted zip packages,
/// spooled uploads and half-written report files.
///
/// Each owner removes its own path when it is done. This registry is for the one case where
/// no owner gets the chance: a front end interrupted by a signal (Ctrl-C, `kill`, a closed
/// terminal) calls `removeAll()` before it exits, so that a unit's extracted evidence and
/// partial reports are not left in the temporary folder. The core only keeps the list; the
/// front end decides what a signal means.
public enum TemporaryPaths {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var live: Set<String> = []
    }

    private static let registry = Registry()

    /// Records `path` as alive until `unregister(_:)`.
    public static func register(_ path: String) {
        registry.lock.withLock { _ = registry.live.insert(path) }
    }

    /// Forgets `path`, which its owner has removed (or renamed into place).
    public static func unregister(_ path: String) {
        registry.lock.withLock { _ = registry.live.remove(path) }
    }

    /// The paths alive now, sorted.
    public static var live: [String] {
        registry.lock.withLock { registry.live.sorted() }
    }

    /// Removes every registered path, folders with all they hold. For a front end about to end
    /// the process: the owners may still be writing, so each removal is tried a few times
    /// (a file created between listing a folder and removing it makes one attempt fail).
    public static func removeAll() {
        let paths = registry.lock.withLock {
            let paths = registry.live
            registry.live = []
            return paths
        }
        for path in paths {
            for _ in 0..<5 {
                try? FileManager.default.removeItem(atPath: path)
                var info = stat()
                if lstat(path, &info) != 0 { break }
            }
        }
    }
}
