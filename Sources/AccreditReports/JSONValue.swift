/// A JSON document built in memory and written with sorted keys and two-space indentation.
/// Hand-written because Foundation's encoder took longer than the whole evaluation on large
/// reports; the output is byte-stable across platforms.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document as text, ending in a newline.
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.writeString(text, into: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                out.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])
                Self.pad(&out, indent + 2)
                item.write(into: &out, indent: indent + 2)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(0x7B)
            for (index, key) in members.keys.sorted().enumerated() {
                out.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])
                Self.pad(&out, indent + 2)
                Self.writeString(key, into: &out)
                out.append(contentsOf: [0x20, 0x3A, 0x20])
                members[key]!.write(into: &out, indent: indent + 2)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(0x7D)
        }
    }

    private static func pad(_ out: inout [UInt8], _ count: Int) {
        out.append(contentsOf: repeatElement(0x20, count: count))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        let plain = text.withUTF8 { buffer -> Bool in
            guard buffer.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) else { return false }
            out.append(contentsOf: buffer)
            return true
        }
        if plain {
            out.append(0x22)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
