/// Writes JSON straight into a byte buffer (two-space indentation, `"key" : value`, `[]` and
/// `{}` when empty), without building a tree first: large reports have millions of values. The
/// caller writes object keys in sorted order. The one JSON writer: documents built in memory
/// as a `JSONValue` are written by it too, so every JSON accredit writes has the same layout.
struct JSONStream {
    private var bytes: ByteBuffer
    /// For each open container: whether it has a member yet.
    private var open: [Bool] = []

    init(capacity: Int = 1 << 16) { bytes = ByteBuffer(capacity: capacity) }

    /// A stream that continues inside an array `depth` containers deep (after members, or at
    /// its start), so that pieces of a large array can be rendered apart and joined with
    /// `continueAfterMembers` into the bytes one stream would have written. It writes into
    /// `buffer`'s storage, emptied, so a buffer can serve piece after piece; `handBack`
    /// returns it with the bytes written.
    init(continuingArrayAtDepth depth: Int, afterMembers: Bool, reusing buffer: inout [UInt8], capacity: Int) {
        bytes = ByteBuffer(capacity: Swift.max(capacity, buffer.capacity))
        open = Array(repeating: true, count: max(0, depth - 1)) + [afterMembers]
    }

    /// Copies the bytes written so far into `buffer`, in place of what it held, and leaves
    /// this stream empty.
    mutating func handBack(into buffer: inout [UInt8]) {
        bytes.copy(into: &buffer)
        bytes.removeAll()
    }

    /// How many containers are open.
    var depth: Int { open.count }

    /// Hands over the bytes written so far and goes on with an empty buffer in the same
    /// state, so a document can be produced in consecutive chunks.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll() }
        return bytes.array
    }

    /// Goes on after members that continuing streams rendered for the array open here, whose
    /// bytes the caller places between this stream's chunks.
    mutating func continueAfterMembers() {
        open[open.count - 1] = true
    }

    /// A string value already escaped and quoted by `writeString`.
    mutating func value(escapedString: [UInt8]) {
        element()
        bytes.append(contentsOf: escapedString)
    }

    mutating func beginObject() { beginContainer(0x7B) }
    mutating func endObject() { endContainer(0x7D) }
    mutating func beginArray() { beginContainer(0x5B) }
    mutating func endArray() { endContainer(0x5D) }

    /// Starts an object member whose name is not a literal; the value follows.
    mutating func key(named name: String) {
        newMember()
        Self.writeString(name, into: &bytes)
        append(Self.colon)
    }

    /// Starts an object member named by a literal, which needs no escaping: a report writes
    /// millions of keys, and these are copied without being scanned.
    mutating func key(_ name: StaticString) {
        newMember()
        bytes.append(0x22)
        append(name)
        bytes.append(0x22)
        append(Self.colon)
    }

    mutating func value(_ text: String) {
        element()
        Self.writeString(text, into: &bytes)
    }
    mutating func value(_ number: Int) {
        element()
        // Digits written directly: reports hold a line number for every finding.
        if number < 0 { bytes.append(0x2D) }
        var magnitude = number.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
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
    mutating func value(_ flag: Bool) {
        element()
        append(flag ? "true" : "false")
    }
    mutating func nullValue() {
        element()
        append("null")
    }

    mutating func member(_ name: StaticString, _ text: String) {
        key(name)
        value(text)
    }
    mutating func member(_ name: StaticString, _ number: Int) {
        key(name)
        value(number)
    }
    mutating func member(named name: String, _ number: Int) {
        key(named: name)
        value(number)
    }
    mutating func member(_ name: StaticString, _ flag: Bool) {
        key(name)
        value(flag)
    }
    mutating func member(_ name: StaticString, strings: [String]) {
        key(name)
        beginArray()
        for item in strings { value(item) }
        endArray()
    }

    /// The UTF-8 text, ending in a newline.
    mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes.array
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
        if hadMembers { lineBreak(comma: false, depth: open.count) }
        bytes.append(byte)
    }

    private mutating func newMember() {
        let depth = open.count
        lineBreak(comma: open[depth - 1], depth: depth)
        open[depth - 1] = true
        afterKey = true
    }

    /// ",\n" or "\n", then the indentation of `depth`: one copy out of a literal for the depths
    /// reports use, rather than several appends.
    private mutating func lineBreak(comma: Bool, depth: Int) {
        let indented = 2 + depth * 2
        if indented <= Self.separator.utf8CodeUnitCount {
            let start = Self.separator.utf8Start + (comma ? 0 : 1)
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: indented - (comma ? 0 : 1)))
        } else {
            if comma { bytes.append(0x2C) }
            bytes.append(0x0A)
            pad(depth)
        }
    }

    /// A comma, a line break and the indentation of the deepest level `lineBreak` copies.
    private static let separator: StaticString = ",\n                                "
    private static let colon: StaticString = " : "

    /// Appends a literal's bytes, which live in the binary: nothing to retain or scan.
    private mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func pad(_ depth: Int) {
        var remaining = depth * 2
        while remaining > 0 {
            let count = min(remaining, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
            remaining -= count
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Writes `text` as a quoted JSON string: quotes, backslashes and control characters
    /// escaped, everything else (Danish letters above all) as UTF-8. The one JSON string
    /// escaper, used for keys, values and the strings a report escapes once and reuses.
    static func writeString<Sink: ByteSink>(_ text: String, into out: inout Sink) {
        out.append(0x22)
        // The storage is borrowed where it can be: copying the string to reach its bytes
        // would retain and release it, once for every string of a report.
        func writePlain(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            guard buffer.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) else { return false }
            out.append(contentsOf: buffer)
            return true
        }
        let plain: Bool
        if let borrowed = text.utf8.withContiguousStorageIfAvailable(writePlain) {
            plain = borrowed
        } else {
            var copy = text
            plain = copy.withUTF8(writePlain)
        }
        if plain {
            out.append(0x22)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C:
                out.append(0x5C)
                out.append(byte)
            case 0x0A:
                out.append(0x5C)
                out.append(0x6E)
            case 0x0D:
                out.append(0x5C)
                out.append(0x72)
            case 0x09:
                out.append(0x5C)
                out.append(0x74)
            case 0x00..<0x20:
                for escaped in [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] { out.append(escaped) }
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
