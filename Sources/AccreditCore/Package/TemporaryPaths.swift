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
        var closing = false
    }

    private static let registry = Registry()

    /// Records `path` as alive until `unregister(_:)`.
    public static func register(_ path: String) {
        registry.lock.withLock { _ = registry.live.insert(path) }
    }

    /// Creates a temporary path with `make` (`mkdtemp`, `mkstemp`) and records it, as one step:
    /// a signal handled between the creation and the record would otherwise miss it. Gives nil,
    /// creating nothing, once `removeAll()` has begun.
    public static func create<T>(_ make: () -> (path: String, value: T)?) -> (path: String, value: T)? {
        registry.lock.withLock {
            guard !registry.closing, let made = make() else { return nil }
            registry.live.insert(made.path)
            return made
        }
    }

    /// Whether `removeAll()` has begun: owners still writing stop at the next occasion rather
    /// than create files in a folder that is being removed.
    public static var isClosing: Bool {
        registry.lock.withLock { registry.closing }
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
    ///
    /// After it no new path is created (`create` gives nil), and the registered ones are removed
    /// twice, the second time after a moment, for files an owner created in between.
    public static func removeAll() {
        let paths = registry.lock.withLock {
            registry.closing = true
            let paths = registry.live
            registry.live = []
            return paths
        }
        for pass in 0..<2 {
            if pass > 0 { usleep(50_000) }
            for path in paths {
                for _ in 0..<5 {
                    try? FileManager.default.removeItem(atPath: path)
                    var info = stat()
                    if lstat(path, &info) != 0 { break }
                }
            }
        }
    }
}
