/// Reads a stored `RunSummary` (`{"assessable":9,"counts":{"met":9,…},"fulfilled":9,"gaps":0}`,
/// as `StoredValue.json` writes it) without `JSONDecoder`: the overview pages read two per unit,
/// and decoding them through `Codable` was a fifth of the dashboard's time at a thousand units.
/// Anything it does not recognise goes to `JSONDecoder` instead, so older or hand-made rows
/// still read.
enum StoredSummary {
    static func decode(_ text: String?) -> RunSummary? {
        guard let text else { return nil }
        return fast(text) ?? StoredValue.decode(RunSummary.self, text)
    }

    /// Flat numbers and the one nested object of counts; nil for anything else.
    static func fast(_ text: String) -> RunSummary? {
        var top: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var inCounts = false
        var sawCounts = false
        var bytes = text.utf8[...]
        func skipSpace() { while let b = bytes.first, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { bytes.removeFirst() } }
        func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard bytes.first == byte else { return false }
            bytes.removeFirst()
            return true
        }
        func key() -> String? {
            guard take(0x22) else { return nil }
            guard let end = bytes.firstIndex(of: 0x22) else { return nil }
            let name = String(decoding: bytes[..<end], as: UTF8.self)
            guard !name.contains("\\") else { return nil }
            bytes = bytes[bytes.index(after: end)...]
            return name
        }
        func number() -> Int? {
            skipSpace()
            var value = 0
            var digits = 0
            var negative = false
            if bytes.first == 0x2D {
                negative = true
                bytes.removeFirst()
            }
            while let b = bytes.first, (0x30...0x39).contains(b), digits < 18 {
                value = value * 10 + Int(b - 0x30)
                digits += 1
                bytes.removeFirst()
            }
            return digits == 0 ? nil : (negative ? -value : value)
        }
        guard take(0x7B) else { return nil }
        if take(0x7D) { return nil }
        while true {
            guard let name = key(), take(0x3A) else { return nil }
            if !inCounts && name == "counts" {
                guard take(0x7B), !sawCounts else { return nil }
                inCounts = true
                sawCounts = true
                if take(0x7D) { inCounts = false } else { continue }
            } else {
                guard let value = number() else { return nil }
                if inCounts { counts[name] = value } else { top[name] = value }
                if inCounts && take(0x7D) { inCounts = false }
            }
            if take(0x2C) { continue }
            guard !inCounts, take(0x7D) else { return nil }
            skipSpace()
            guard bytes.isEmpty, sawCounts, let fulfilled = top["fulfilled"], let assessable = top["assessable"],
                let gaps = top["gaps"], top.count == 3
            else { return nil }
            return RunSummary(counts: counts, fulfilled: fulfilled, assessable: assessable, gaps: gaps)
        }
    }
}
