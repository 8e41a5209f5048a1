import AccreditCore
import Foundation

/// Renders the numbered pieces of a document on several cores and hands them to the caller in
/// order, each as soon as it and those before it are ready.
///
/// A report of a large package runs to hundreds of megabytes. Rendered whole before it is
/// written, it doubles the peak memory of a check, and every page of it is fresh memory the
/// kernel must clear; the write then waits for the last byte. Here the caller writes the first
/// pieces while workers render the next ones, at most `window` pieces are in memory at once,
/// and their buffers are used again, so memory stays the same whatever the size of the report.
final class OrderedPieces: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var finished: [Int: [UInt8]] = [:]
    private var spare: [[UInt8]] = []
    private var nextToRender = 0
    private var handedOver = 0
    private var abandoned = false
    private let count: Int
    private let window: Int

    private init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// Renders pieces `0..<count` with `render` on `workers` threads and calls `handOver` with
    /// each, in order, on the calling thread. `render` gets an empty buffer, perhaps with room
    /// left by an earlier piece. If `handOver` throws, rendering stops and the error is
    /// rethrown once every worker has finished.
    static func render(
        count: Int, workers: Int, window: Int,
        _ render: @escaping @Sendable (_ piece: Int, _ into: inout [UInt8]) -> Void,
        handOver: ([UInt8]) throws -> Void
    ) rethrows {
        let pieces = OrderedPieces(count: count, window: max(1, window))
        let working = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            DispatchQueue.global(qos: .userInitiated).async(group: working) { pieces.work(render) }
        }
        do {
            for piece in 0..<count {
                let bytes = pieces.waitFor(piece)
                try handOver(bytes)
                pieces.recycle(consume bytes)
            }
        } catch {
            pieces.abandon()
            working.wait()
            throw error
        }
        working.wait()
    }

    /// One worker: takes the next piece while the window allows, until none is left.
    private func work(_ render: (Int, inout [UInt8]) -> Void) {
        ThreadHeap.prepareThisThread()
        while true {
            condition.lock()
            while !abandoned && nextToRender < count && nextToRender - handedOver >= window { condition.wait() }
            guard !abandoned && nextToRender < count else {
                condition.unlock()
                return
            }
            let piece = nextToRender
            nextToRender += 1
            var buffer = spare.popLast() ?? []
            condition.unlock()

            buffer.removeAll(keepingCapacity: true)
            render(piece, &buffer)

            condition.lock()
            finished[piece] = buffer
            condition.broadcast()
            condition.unlock()
        }
    }

    private func waitFor(_ piece: Int) -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        while finished[piece] == nil { condition.wait() }
        return finished.removeValue(forKey: piece)!
    }

    /// Counts `bytes` as handed over and keeps their buffer for a later piece.
    private func recycle(_ bytes: consuming [UInt8]) {
        condition.lock()
        handedOver += 1
        spare.append(bytes)
        condition.broadcast()
        condition.unlock()
    }

    private func abandon() {
        condition.lock()
        abandoned = true
        condition.broadcast()
        condition.unlock()
    }
}
