import Foundation
import Hummingbird

/// The query of a page's address as a GET form sends it: `+` is a space and every value is
/// percent-decoded, repeated names keep every value. (The router's own query parameters leave
/// `+` alone, which would turn the standard `ddkm-kommune-2013 2013` into another string.)
struct PageQuery: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ request: Request) {
        self.init(request.uri.query ?? "")
    }

    init(_ query: String) {
        for piece in query.split(separator: "&", omittingEmptySubsequences: true).prefix(100) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : ""))
        }
    }

    func get(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// Path segments of the pages' links and the ids routes read back from them: a unit id may hold
/// Danish letters, which travel percent-encoded.
enum PagePath {
    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The page of a unit.
    static func unit(_ id: String) -> String { "/units/" + segment(id) }

    /// A route parameter as the user wrote it.
    static func parameter(_ context: ServerContext, _ name: String) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }
}
