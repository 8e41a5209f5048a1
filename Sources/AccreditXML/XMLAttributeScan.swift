/// A pass over a document's bytes, before libxml2 sees them, that finds the first start tag
/// with more attributes than a bound.
///
/// libxml2 2.9 checks every attribute of a start tag against every other for duplicates
/// before any callback runs, so a tag with 200,000 attributes costs about a minute whatever
/// the callbacks do. Counting the `=` signs outside quoted values in each start tag is cheap
/// (one look at each byte) and finds such a tag first. Comments, processing instructions,
/// CDATA sections and declarations are skipped, so an `=` in them is not counted; a document
/// that is not well-formed may be counted loosely, but the parser refuses it anyway.
public enum XMLAttributeScan {
    /// The line of the first start tag with more than `limit` attributes, or nil.
    public static func firstTag(withMoreThan limit: Int, in bytes: [UInt8]) -> (line: Int, count: Int)? {
        bytes.withUnsafeBufferPointer { scan($0, limit: limit) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (line: Int, count: Int)? {
        let lt = UInt8(ascii: "<")
        let gt = UInt8(ascii: ">")
        let eq = UInt8(ascii: "=")
        let newline = UInt8(ascii: "\n")
        let end = bytes.count
        var index = 0
        var line = 1
        while index < end {
            // Text: on to the next "<".
            while index < end && bytes[index] != lt {
                if bytes[index] == newline { line += 1 }
                index += 1
            }
            guard index + 1 < end else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                let close: [UInt8]
                if starts(bytes, at: index, with: "<!--") {
                    close = Array("-->".utf8)
                } else if starts(bytes, at: index, with: "<![CDATA[") {
                    close = Array("]]>".utf8)
                } else if next == UInt8(ascii: "?") {
                    close = Array("?>".utf8)
                } else {
                    close = [gt]
                }
                index += 2
                while index < end && !starts(bytes, at: index, with: close) {
                    if bytes[index] == newline { line += 1 }
                    index += 1
                }
                index += close.count
                continue
            }
            // A start tag: count "=" outside quoted values up to its ">".
            let tagLine = line
            var count = 0
            var quote: UInt8 = 0
            index += 1
            while index < end {
                let byte = bytes[index]
                if byte == newline { line += 1 }
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == eq {
                    count += 1
                    if count > limit {
                        return (tagLine, count)
                    }
                } else if byte == gt {
                    break
                }
                index += 1
            }
            index += 1
        }
        return nil
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: some Collection<UInt8>) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        var position = index
        for byte in prefix {
            if bytes[position] != byte { return false }
            position += 1
        }
        return true
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        starts(bytes, at: index, with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    }
}
