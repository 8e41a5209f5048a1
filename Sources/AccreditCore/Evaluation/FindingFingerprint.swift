import Crypto

/// What makes a finding the same finding in another run: a hash of what it is about (the
/// standard, the requirement, the rule, the finding's code and kind, and its subject, such as
/// an evidence id or an indicator), never of its line, its wording or its language. The same
/// gap in next year's package, or in a manifest laid out differently, has the same
/// fingerprint; baselines, run diffs and SARIF's `partialFingerprints` match findings by it.
///
/// Two findings of one requirement with the same identity (a rule used twice) are told apart
/// by their order: the second gets `#2` in what is hashed, the third `#3`.
public struct FindingFingerprint: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 32 lowercase hexadecimal digits (128 bits of SHA-256).
    public let value: String

    /// The version of what is hashed, written into it: a change to the recipe changes every
    /// fingerprint at once rather than a few by accident.
    public static let recipe = "accredit-finding/v1"

    /// Wraps a fingerprint read back from a report.
    public init(_ value: String) {
        self.value = value
    }

    /// The fingerprint of `finding` of `requirement` in `standard`; `occurrence` counts from 1
    /// among the requirement's findings with the same identity.
    public init(standard: String, requirement: String, finding: Finding, occurrence: Int = 1) {
        var parts = [
            Self.recipe, standard, requirement, finding.rule ?? "", finding.code, finding.kind.rawValue, finding.subject ?? "",
        ]
        if occurrence > 1 { parts.append("#\(occurrence)") }
        // Unit separators cannot occur in ids, so no two lists of parts give the same text.
        let digest = SHA256.hash(data: Array(parts.joined(separator: "\u{1F}").utf8))
        value = Hex.string(digest.prefix(16))
    }

    /// The fingerprint of each of `findings` of `requirement` in `standard`, in their order.
    public static func all(standard: String, requirement: String, findings: [Finding]) -> [FindingFingerprint] {
        var seen: [FindingFingerprint: Int] = [:]
        return findings.map { finding in
            let first = FindingFingerprint(standard: standard, requirement: requirement, finding: finding)
            seen[first, default: 0] += 1
            let occurrence = seen[first]!
            guard occurrence > 1 else { return first }
            return FindingFingerprint(standard: standard, requirement: requirement, finding: finding, occurrence: occurrence)
        }
    }

    public var description: String { value }

    public static func < (a: Self, b: Self) -> Bool { a.value < b.value }
}

extension Report.RequirementResult {
    /// The fingerprint of each finding, in the order of `findings`.
    public var fingerprints: [FindingFingerprint] {
        FindingFingerprint.all(standard: standard, requirement: id, findings: findings)
    }
}
