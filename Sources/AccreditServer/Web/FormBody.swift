import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` form, bounded like every other body.
/// Repeated names keep every value (`values`); `[name]` gives the first.
struct FormBody: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ text: String) {
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            pairs.append((name, value))
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

    subscript(name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    func values(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
