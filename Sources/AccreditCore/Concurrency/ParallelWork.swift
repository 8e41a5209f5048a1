import Foundation

/// Hands out indices to worker threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}

/// One slot per piece of parallel work, each written by one worker, read after all finish.
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}

/// Work that a thread which would otherwise wait for it can take part in: `lend()` runs what
/// is left of the work on offer on the calling thread. A check reads the package on one core
/// while the rule files load on the others; once the package is read, its thread helps with
/// the rule files instead of waiting for them.
final class HelpingHands: @unchecked Sendable {
    private let lock = NSLock()
    private var offered: (@Sendable () -> Void)?

    init() {}

    /// Helps with the work on offer, if any, until none of it is left to take.
    func lend() {
        lock.withLock { offered }?()
    }

    fileprivate func offer(_ work: (@Sendable () -> Void)?) {
        lock.withLock { offered = work }
    }
}

/// Counts pieces of work down to none, for waiting on work that other threads may finish.
private final class Countdown: @unchecked Sendable {
    private let condition = NSCondition()
    private var remaining: Int

    init(_ count: Int) { remaining = count }

    func finishOne() {
        condition.withLock {
            remaining -= 1
            if remaining == 0 { condition.broadcast() }
        }
    }

    func wait() {
        condition.withLock {
            while remaining > 0 { condition.wait() }
        }
    }
}

/// `transform` applied to every element on up to `concurrency` threads, each thread taking the
/// next element as it finishes one (costs vary by element), with the results in the elements'
/// order, so the outcome does not depend on the threads. With `helpers`, threads that call
/// `lend()` meanwhile take elements too.
func parallelMap<Element: Sendable, Mapped: Sendable>(
    _ elements: [Element], concurrency: Int, helpers: HelpingHands? = nil,
    _ transform: @escaping @Sendable (Element) -> Mapped
) -> [Mapped] {
    let results = Slots<Mapped>(count: elements.count)
    let next = Counter()
    let finished = Countdown(elements.count)
    let work: @Sendable () -> Void = {
        ThreadHeap.prepareThisThread()
        while let index = next.take(below: elements.count) {
            results[index] = transform(elements[index])
            finished.finishOne()
        }
    }
    helpers?.offer(work)
    DispatchQueue.concurrentPerform(iterations: max(1, min(concurrency, elements.count))) { _ in work() }
    helpers?.offer(nil)
    // A helper may still be working on the last elements it took.
    finished.wait()
    return results.values
}
