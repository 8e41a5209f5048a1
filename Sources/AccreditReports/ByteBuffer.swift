/// A growable byte buffer for writers that append millions of short pieces (a JSON report's
/// keys, separators and values). `Array.append(contentsOf:)` costs about a hundred
/// instructions for an eight-byte key, most of it generic bookkeeping; here an append is a
/// capacity check and a copy. Copies of a buffer share storage until one of them writes, as
/// an array's do.
struct ByteBuffer {
    private final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    private var storage: Storage
    /// How many bytes have been written.
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        storage = Storage(capacity: capacity)
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage.base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage.base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// Forgets what was written, keeping the room.
    mutating func removeAll() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(capacity: storage.capacity) }
        count = 0
    }

    /// Makes sure there is room for `capacity` bytes in all.
    mutating func reserveCapacity(_ capacity: Int) {
        if capacity > storage.capacity { grow(to: capacity) }
    }

    /// The bytes written, copied into an array: done once per piece handed over.
    var array: [UInt8] {
        Array(UnsafeBufferPointer(start: storage.base, count: count))
    }

    /// Replaces `target`'s contents with the bytes written, reusing its storage.
    func copy(into target: inout [UInt8]) {
        target.removeAll(keepingCapacity: true)
        target.append(contentsOf: UnsafeBufferPointer(start: storage.base, count: count))
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if _slowPath(count + extra > storage.capacity || !isKnownUniquelyReferenced(&storage)) {
            grow(to: count + extra)
        }
    }

    private mutating func grow(to minimum: Int) {
        let grown = Storage(capacity: Swift.max(minimum, storage.capacity * 2))
        grown.base.update(from: storage.base, count: count)
        storage = grown
    }
}

/// Where a writer's bytes go: a `ByteBuffer` while a report is written, an array for the
/// strings written once and reused.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteBuffer: ByteSink {}

extension Array: ByteSink where Element == UInt8 {}
