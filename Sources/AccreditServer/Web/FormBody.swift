import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` form, bounded like every other body.
/// Repeated names keep every value (`values`); `[name]` gives the first.
struct FormBody: Sendable {
    private(set) var pairs: [(String, String)] = []
    /// The first value of each name, so that a form of many fields is read in linear time.
    private var first: [String: String] = [:]

    /// More fields than any page of this server sends (a self-evaluation of a few hundred
    /// requirements has some thousands); the rest of a larger body is ignored.
    static let maximumFields = 20_000

    init(_ text: String) {
        for piece in text.split(separator: "&", omittingEmptySubsequences: true).prefix(Self.maximumFields) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            pairs.append((name, value))
            if first[name] == nil { first[name] = value }
        }
    }

    static func read(_ request: Request, context: ServerContext) async throws -> FormBody {
        do {
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            return FormBody(String(decoding: buffer.readableBytesView, as: UTF8.self))
        } catch {
            throw APIError(.contentTooLarge, "The form is larger than this server takes.")
        }
    }

    subscript(name: String) -> String? { first[name] }

    func values(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
