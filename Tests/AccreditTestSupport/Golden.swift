import Foundation

/// Golden files: expected output committed beside what produces it. A mismatch fails with a
/// diff-like message. Recording is an explicit switch (ACCREDIT_RECORD=1) and a recording run
/// fails, so nobody commits new goldens by accident.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["ACCREDIT_RECORD"] == "1" }

    /// Nil if `actual` equals the golden file at `path`; else what differs. Records when asked.
    public static func compare(_ actual: String, to path: String) -> String? {
        if recording {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return "recorded \(path); run again without ACCREDIT_RECORD=1"
        }
        // Decoded byte for byte: String(contentsOfFile:encoding:) drops a leading byte-order
        // mark, which the Danish CSV reports begin with on purpose.
        guard let data = FileManager.default.contents(atPath: path) else {
            return "no golden file \(path); record it with ACCREDIT_RECORD=1"
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return nil }
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<end>"
            let right = index < b.count ? b[index] : "<end>"
            if left != right {
                return "\(path):\(index + 1) differs\n  expected: \(left)\n  actual:   \(right)"
            }
        }
        return "\(path) differs"
    }
}
