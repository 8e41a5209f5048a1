/// A JSON document built in memory, for documents small enough to build whole (SARIF, batch
/// summaries, comparisons, diffs). `JSONStream` writes it, the same writer that streams large
/// reports, so every JSON accredit writes has one layout: sorted keys, two-space indentation,
/// `"key" : value`. Hand-written because Foundation's encoder took longer than the whole
/// evaluation on large reports; the output is byte-stable across platforms.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document as text, ending in a newline.
    func serialized() -> String {
        var stream = JSONStream()
        stream.value(self)
        return String(decoding: stream.finish(), as: UTF8.self)
    }
}
