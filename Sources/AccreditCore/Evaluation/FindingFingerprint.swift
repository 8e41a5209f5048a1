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
        var scratch: [UInt8] = []
        self.init(standard: standard, requirement: requirement, finding: finding, occurrence: occurrence, scratch: &scratch)
    }

    /// As above, hashing in `scratch`: a report fingerprints every one of its findings, tens
    /// of thousands in a large one, so the text hashed is written into one reused buffer
    /// rather than joined from strings, and the digits straight into the value.
    private init(standard: String, requirement: String, finding: Finding, occurrence: Int, scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        // The parts separated by unit separators, which cannot occur in ids, so no two lists
        // of parts give the same text.
        func part(_ text: String, separated: Bool = true) {
            if separated { scratch.append(0x1F) }
            // Borrowed where possible: a copy to reach the bytes retains and releases.
            if text.utf8.withContiguousStorageIfAvailable({ scratch.append(contentsOf: $0) }) == nil {
                scratch.append(contentsOf: text.utf8)
            }
        }
        part(Self.recipe, separated: false)
        part(standard)
        part(requirement)
        part(finding.rule ?? "")
        part(finding.code)
        part(finding.kind.rawValue)
        part(finding.subject ?? "")
        if occurrence > 1 { part("#\(occurrence)") }
        let digest = scratch.withUnsafeBytes { SHA256.hash(data: $0) }
        value = digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: 32) { out in
                for index in 0..<16 {
                    out[2 * index] = Self.digits[Int(bytes[index] >> 4)]
                    out[2 * index + 1] = Self.digits[Int(bytes[index] & 0x0F)]
                }
                return 32
            }
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// The fingerprint of each of `findings` of `requirement` in `standard`, in their order.
    public static func all(standard: String, requirement: String, findings: [Finding]) -> [FindingFingerprint] {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(256)
        var result: [FindingFingerprint] = []
        result.reserveCapacity(findings.count)
        // A requirement has a handful of findings: earlier ones are searched rather than hashed
        // into a dictionary, which cost more than the fingerprints themselves.
        var firsts: [FindingFingerprint] = []
        firsts.reserveCapacity(findings.count)
        // By index: a `for` loop would copy each finding, retaining every string it holds.
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                let first = FindingFingerprint(
                    standard: standard, requirement: requirement, finding: findings[index], occurrence: 1,
                    scratch: &scratch)
                let occurrence = 1 + firsts.reduce(0) { $0 + ($1 == first ? 1 : 0) }
                firsts.append(first)
                result.append(
                    occurrence == 1
                        ? first
                        : FindingFingerprint(
                            standard: standard, requirement: requirement, finding: findings[index],
                            occurrence: occurrence, scratch: &scratch))
            }
        }
        return result
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
