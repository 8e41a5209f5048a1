import Foundation
import Testing

@testable import AccreditCore

struct ParallelWorkTests {
    /// Records which threads took part.
    private final class Threads: @unchecked Sendable {
        private let lock = NSLock()
        private var names: Set<String> = []
        func note(_ name: String) { lock.withLock { _ = names.insert(name) } }
        var all: Set<String> { lock.withLock { names } }
    }

    /// A thread that lends a hand takes elements too: the map's own single thread is held on
    /// the first element until another thread has finished one, so without the helper it
    /// would wait out the timeout. The results stay in the elements' order.
    @Test func aThreadThatLendsAHandTakesPart() {
        let hands = HelpingHands()
        let helped = DispatchSemaphore(value: 0)
        let threads = Threads()
        let finished = DispatchSemaphore(value: 0)
        let outcome = Slots<(results: [Int], timedOut: Bool)>(count: 1)
        let helper = pthread_self()
        DispatchQueue.global().async {
            let timedOut = Slots<Bool>(count: 1)
            let results = parallelMap(Array(0..<8), concurrency: 1, helpers: hands) { element in
                let name = pthread_equal(pthread_self(), helper) != 0 ? "helper" : "worker \(pthread_self())"
                threads.note(name)
                if element == 0 {
                    timedOut[0] = helped.wait(timeout: .now() + 10) == .timedOut
                } else if name == "helper" {
                    helped.signal()
                }
                return element * element
            }
            outcome[0] = (results, timedOut[0] ?? true)
            finished.signal()
        }
        // As `check` does while it waits for the rule files: help until the map is done.
        while finished.wait(timeout: .now() + 0.001) == .timedOut { hands.lend() }
        #expect(outcome[0]?.results == (0..<8).map { $0 * $0 })
        #expect(outcome[0]?.timedOut == false, "the helper took an element while the worker waited")
        #expect(threads.all.contains("helper"))
    }

    /// Without helpers the map still covers every element, in order, on any number of threads.
    @Test(arguments: [1, 2, 8]) func resultsKeepTheElementsOrder(concurrency: Int) {
        let results = parallelMap(Array(0..<100), concurrency: concurrency) { $0 * 2 }
        #expect(results == Array(0..<100).map { $0 * 2 })
    }
}
