/// A pass over a document's bytes, before libxml2 sees them, that finds the first start tag
/// with more attributes than a bound.
///
/// libxml2 2.9 checks every attribute of a start tag against every other for duplicates
/// before any callback runs, so a tag with 200,000 attributes costs about a minute whatever
/// the callbacks do. Counting the `=` signs outside quoted values in each start tag is cheap
/// (one look at each byte) and finds such a tag first. Comments, processing instructions,
/// CDATA sections and declarations are skipped, so an `=` in them is not counted; a document
/// that is not well-formed may be counted loosely, but the parser refuses it anyway.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum XMLAttributeScan {
    /// The line of the first start tag with more than `limit` attributes, or nil.
    public static func firstTag(withMoreThan limit: Int, in bytes: [UInt8]) -> (line: Int, count: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return scan(base, count: buffer.count, limit: limit)
        }
    }

    /// Every manifest passes through here, so the pass leans on `memchr` (vectorised in the C
    /// library) to jump over text, quoted values and end tags, and counts lines only for the
    /// tag it reports.
    private static func scan(_ base: UnsafePointer<UInt8>, count end: Int, limit: Int) -> (line: Int, count: Int)? {
        let gt = UInt8(ascii: ">")
        var index = 0
        while index < end {
            // Text: on to the next "<".
            guard let lt = find(UInt8(ascii: "<"), base, from: index, to: end), lt + 1 < end else { return nil }
            let next = base[lt + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                let close: StaticString
                if starts(base, at: lt, end: end, with: "<!--") {
                    close = "-->"
                } else if starts(base, at: lt, end: end, with: "<![CDATA[") {
                    close = "]]>"
                } else if next == UInt8(ascii: "?") {
                    close = "?>"
                } else {
                    close = ">"
                }
                guard let found = find(close, base, from: lt + 2, to: end) else { return nil }
                index = found + close.utf8CodeUnitCount
                continue
            }
            // A start tag: count "=" outside quoted values up to its ">".
            var count = 0
            index = lt + 1
            while index < end {
                let byte = base[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    guard let closing = find(byte, base, from: index + 1, to: end) else { return nil }
                    index = closing + 1
                    continue
                }
                if byte == UInt8(ascii: "=") {
                    count += 1
                    if count > limit { return (line(of: lt, in: base), count) }
                } else if byte == gt {
                    break
                }
                index += 1
            }
            index += 1
        }
        return nil
    }

    /// The index of the first `byte` in `from..<to`, or nil.
    private static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
        guard from < end, let found = memchr(base + from, Int32(byte), end - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index of the first occurrence of `text` starting in `from..<to`, or nil.
    private static func find(_ text: StaticString, _ base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
        var index = from
        while let candidate = find(text.utf8Start.pointee, base, from: index, to: end) {
            if starts(base, at: candidate, end: end, with: text) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func starts(_ base: UnsafePointer<UInt8>, at index: Int, end: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= end else { return false }
        return memcmp(base + index, prefix.utf8Start, count) == 0
    }

    /// The line `index` is on: one more than the line breaks before it.
    private static func line(of index: Int, in base: UnsafePointer<UInt8>) -> Int {
        var line = 1
        var position = 0
        while let newline = find(UInt8(ascii: "\n"), base, from: position, to: index) {
            line += 1
            position = newline + 1
        }
        return line
    }
}
