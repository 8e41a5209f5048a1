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

/// `transform` applied to every element on up to `concurrency` threads, each thread taking the
/// next element as it finishes one (costs vary by element), with the results in the elements'
/// order, so the outcome does not depend on the threads.
func parallelMap<Element: Sendable, Mapped: Sendable>(_ elements: [Element], concurrency: Int,
                                                      _ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
    let results = Slots<Mapped>(count: elements.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(concurrency, elements.count))) { _ in
        while let index = next.take(below: elements.count) { results[index] = transform(elements[index]) }
    }
    return results.values
}
