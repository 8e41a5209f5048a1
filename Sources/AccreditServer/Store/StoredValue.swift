import Foundation

/// How both stores write the values SQL has no common type for: instants as ISO 8601 text in
/// UTC with milliseconds (sortable as text), lists and summaries as JSON with sorted keys.
enum StoredValue {
    private static let instant = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func text(_ date: Date) -> String { date.formatted(instant) }

    static func date(_ text: String) -> Date { (try? instant.parse(text)) ?? Date(timeIntervalSince1970: 0) }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
