import Foundation

/// What changed between two runs: findings in the newer run and not the older (new), in the
/// older and not the newer (fixed), and in both (unchanged). Findings that only say a check
/// passed are left out. Two findings are the same when they concern the same requirement with
/// the same code and rule (the SARIF report's fingerprint), so a reworded message or a moved
/// line does not make a finding new; repeated findings are matched one for one.
public struct RunDiff: Sendable, Equatable {
    public struct Item: Sendable, Hashable, Codable {
        public var requirement: String
        public var code: String
        public var rule: String?
        public var kind: String
        public var message: String

        var identity: String { [requirement, code, rule ?? ""].joined(separator: "/") }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(requirement, forKey: .requirement)
            try container.encode(code, forKey: .code)
            try container.encode(rule, forKey: .rule)
            try container.encode(kind, forKey: .kind)
            try container.encode(message, forKey: .message)
        }
    }

    public var new: [Item]
    public var fixed: [Item]
    public var unchanged: [Item]

    /// Compares two JSON reports (as `format=json` gives them); nil when either is not one.
    public init?(report: [UInt8], base: [UInt8]?) {
        guard let current = Self.findings(report) else { return nil }
        let previous = base.flatMap(Self.findings) ?? []
        var waiting: [String: [Item]] = Dictionary(grouping: previous, by: \.identity)
        new = []
        unchanged = []
        for item in current {
            if var matches = waiting[item.identity], !matches.isEmpty {
                matches.removeFirst()
                waiting[item.identity] = matches
                unchanged.append(item)
            } else {
                new.append(item)
            }
        }
        // Matching took each group's first items, so what is left of a group is its tail.
        var matched = Dictionary(grouping: previous, by: \.identity).mapValues(\.count)
        for (identity, rest) in waiting { matched[identity, default: 0] -= rest.count }
        fixed = []
        for item in previous {
            if matched[item.identity, default: 0] > 0 {
                matched[item.identity, default: 0] -= 1
            } else {
                fixed.append(item)
            }
        }
    }

    /// The findings of a JSON report other than passed checks, in report order.
    static func findings(_ json: [UInt8]) -> [Item]? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
            let requirements = root["requirements"] as? [[String: Any]]
        else { return nil }
        var items: [Item] = []
        for requirement in requirements {
            let id = requirement["id"] as? String ?? ""
            for finding in requirement["findings"] as? [[String: Any]] ?? [] {
                let kind = finding["kind"] as? String ?? ""
                guard kind != "passed" else { continue }
                items.append(
                    Item(
                        requirement: id, code: finding["code"] as? String ?? "", rule: finding["rule"] as? String,
                        kind: kind, message: finding["message"] as? String ?? ""))
            }
        }
        return items
    }
}
