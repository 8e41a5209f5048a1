import AccreditCore

/// GitLab's Code Quality report (the CodeClimate issue format), which its merge-request widget
/// reads: a JSON array with one issue per gap or error finding, located at its line in the
/// package manifest (for a zip package, at the archive, which is the file in the repository),
/// with the finding's fingerprint (`FindingFingerprint`), the same from run to run and in
/// every language, so GitLab can tell new issues from fixed ones. `error` (could not be evaluated) is a blocker, a critical requirement not met
/// critical, one not met major, one partly met minor.
public struct CodeClimateReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language l: Language) -> String {
        JSONValue.array(issues(report, l)).serialized()
    }

    /// The issues of one report, for a document of their own or a batch run's (`package`
    /// given: the fingerprints are made distinct per package, so GitLab keeps two packages'
    /// equal findings apart).
    func issues(_ report: Report, _ l: Language, package: String? = nil) -> [JSONValue] {
        var issues: [JSONValue] = []
        for requirement in report.requirements where requirement.status.isGap || requirement.status == .error {
            // The finding's own fingerprint (FindingFingerprint): the same across runs, lines,
            // wording and languages.
            var findings = zip(requirement.findings, requirement.fingerprints).filter {
                $0.0.kind == .gap || $0.0.kind == .error
            }
            if findings.isEmpty {
                let finding = Finding(
                    "requirement.\(requirement.status.rawValue)", .gap, requirement.status.name, at: requirement.location)
                findings = [
                    (finding, FindingFingerprint(standard: requirement.standard, requirement: requirement.id, finding: finding))
                ]
            }
            let status = Vocabulary.status(requirement.status, l)
            for (finding, fingerprint) in findings {
                issues.append(
                    Self.issue(
                        checkName: "\(requirement.id)/\(finding.code)",
                        description: "\(requirement.title.text(l)) (\(status)): \(finding.message.text(l))",
                        severity: Self.severity(requirement),
                        location: Self.repositoryLocation(finding.location, package: report.package.path),
                        fingerprint: package.map { Self.fingerprint($0 + "\u{1F}" + fingerprint.value) } ?? fingerprint.value))
            }
        }
        return issues
    }

    static func severity(_ requirement: Report.RequirementResult) -> String {
        switch requirement.status {
        case .error: return "blocker"
        case .notMet: return requirement.critical ? "critical" : "major"
        default: return requirement.critical ? "major" : "minor"
        }
    }

    static func issue(checkName: String, description: String, severity: String, location: SourceLocation, fingerprint: String)
        -> JSONValue
    {
        .object([
            "type": .string("issue"), "check_name": .string(checkName), "description": .string(description),
            "categories": .array([.string("Compliance")]), "severity": .string(severity),
            "fingerprint": .string(fingerprint),
            "location": .object([
                "path": .string(location.file), "lines": .object(["begin": .int(max(1, location.line))]),
            ]),
        ])
    }

    /// A place GitLab can show: a file inside a zip package is shown at the archive.
    static func repositoryLocation(_ location: SourceLocation, package: String) -> SourceLocation {
        guard package.lowercased().hasSuffix(".zip"), location.file.hasPrefix(package + "/") else { return location }
        return SourceLocation(file: package, line: 1)
    }

    /// 32 hexadecimal digits (two 64-bit FNV-1a hashes) of `text`: stable across runs,
    /// platforms and languages.
    static func fingerprint(_ text: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(fnv(0xcbf2_9ce4_8422_2325)) + hex(fnv(0x8422_2325_cbf2_9ce4))
    }
}
