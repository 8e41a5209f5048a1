/// Writes JSON straight into a byte buffer, in the layout of `JSONValue.serialized()` (two-space
/// indentation, `"key" : value`, `[]` and `{}` when empty), without building a tree first:
/// large reports have millions of values. The caller writes object keys in sorted order.
struct JSONStream {
    private(set) var bytes: [UInt8] = []
    /// For each open container: whether it has a member yet.
    private var open: [Bool] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// A stream that continues inside an array `depth` containers deep (after members, or at
    /// its start), so that slices of a large array can be rendered apart and joined with
    /// `appendMembers` into the bytes one stream would have written.
    init(continuingArrayAtDepth depth: Int, afterMembers: Bool, capacity: Int) {
        bytes.reserveCapacity(capacity)
        open = Array(repeating: true, count: max(0, depth - 1)) + [afterMembers]
    }

    /// How many containers are open.
    var depth: Int { open.count }

    /// Appends members rendered by a continuing stream into the array open here.
    mutating func appendMembers(_ rendered: [UInt8]) {
        guard !rendered.isEmpty else { return }
        bytes.append(contentsOf: rendered)
        open[open.count - 1] = true
    }

    /// A string value already escaped and quoted by `JSONValue.writeString`.
    mutating func value(escapedString: [UInt8]) { element(); bytes.append(contentsOf: escapedString) }

    mutating func beginObject() { beginContainer(0x7B) }
    mutating func endObject() { endContainer(0x7D) }
    mutating func beginArray() { beginContainer(0x5B) }
    mutating func endArray() { endContainer(0x5D) }

    /// Starts an object member; the value follows.
    mutating func key(_ name: String) {
        newMember()
        JSONValue.writeString(name, into: &bytes)
        bytes.append(contentsOf: [0x20, 0x3A, 0x20])
    }

    mutating func value(_ text: String) { element(); JSONValue.writeString(text, into: &bytes) }
    mutating func value(_ number: Int) {
        element()
        // Digits written directly: reports hold a line number for every finding.
        if number < 0 { bytes.append(0x2D) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
    mutating func value(_ flag: Bool) { element(); bytes.append(contentsOf: (flag ? "true" : "false").utf8) }

    mutating func member(_ name: String, _ text: String) { key(name); value(text) }
    mutating func member(_ name: String, _ number: Int) { key(name); value(number) }
    mutating func member(_ name: String, _ flag: Bool) { key(name); value(flag) }
    mutating func member(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for item in strings { value(item) }
        endArray()
    }

    /// The UTF-8 text, ending in a newline.
    mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    // A value directly inside an array is a member of it; after a key it is not.
    private var afterKey = false

    private mutating func element() {
        if afterKey {
            afterKey = false
        } else if !open.isEmpty {
            newMember()
            afterKey = false
        }
    }

    private mutating func beginContainer(_ byte: UInt8) {
        element()
        bytes.append(byte)
        open.append(false)
    }

    private mutating func endContainer(_ byte: UInt8) {
        let hadMembers = open.removeLast()
        if hadMembers {
            if open.count < Self.maxIndexedDepth {
                bytes.append(contentsOf: openers[open.count])
            } else {
                bytes.append(0x0A)
                pad(open.count)
            }
        }
        bytes.append(byte)
    }

    private mutating func newMember() {
        let depth = open.count
        if depth < Self.maxIndexedDepth {
            bytes.append(contentsOf: open[depth - 1] ? separators[depth] : openers[depth])
        } else {
            bytes.append(contentsOf: open[depth - 1] ? [0x2C, 0x0A] : [0x0A])
            pad(depth)
        }
        open[depth - 1] = true
        afterKey = true
    }

    /// Reports nest a handful of levels; below this depth the line break and indentation
    /// before a member are one precomputed append.
    private static let maxIndexedDepth = 16
    /// ",\n" and "\n", each followed by the indentation of depth `index`. Instance properties
    /// rather than statics, so the hot path does not go through a lazy global's accessor.
    private let separators: [[UInt8]] = (0..<16).map { [0x2C, 0x0A] + [UInt8](repeating: 0x20, count: $0 * 2) }
    private let openers: [[UInt8]] = (0..<16).map { [0x0A] + [UInt8](repeating: 0x20, count: $0 * 2) }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func pad(_ depth: Int) {
        var remaining = depth * 2
        while remaining > 0 {
            let count = min(remaining, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<count])
            remaining -= count
        }
    }
}
