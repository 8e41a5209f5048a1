import AccreditCore
import Foundation

/// A unit's self-evaluation as the editor changes it: the manifest's content as plain values
/// that can be written back (`ManifestWriter`), and the package's other files by their path in
/// the package folder (`evidence/…`). Indicator values and exemption expiry dates that the
/// editor does not show are kept as they were read, so that saving never loses them.
struct DraftPackage: Sendable, Equatable {
    struct Claim: Sendable, Equatable {
        var standard: String
        var version: String
    }

    struct Answer: Sendable, Equatable {
        var requirement: String
        var score: String
        var phases: [String]?
        var comment: String
    }

    struct Evidence: Sendable, Equatable {
        var id: String
        var requirements: [String]
        var kind: String
        var path: String
        var issued: Day
        var expires: Day?
        var sha256: String?
        var title: String
    }

    struct Indicator: Sendable, Equatable {
        var id: String
        /// As written; nil when the value is marked missing.
        var value: String?
        var unit: String
        var periodStart: Day
        var periodEnd: Day
    }

    struct Exemption: Sendable, Equatable {
        var requirement: String
        var kind: EvaluationPackage.Exemption.Kind
        var justification: String
        var approvedBy: String
        var approved: Day
        var expires: Day?
    }

    var organisationID: String?
    var organisation: String
    var unitID: String
    var unitName: String
    var unitLevel: Level?
    var assessmentDate: Day
    var periodStart: Day
    var periodEnd: Day
    var claims: [Claim] = []
    /// In the order they are written: the claimed standards' requirement order.
    var answers: [Answer] = []
    var evidence: [Evidence] = []
    var indicators: [Indicator] = []
    var exemptions: [Exemption] = []
    /// Every file of the package but the manifest, by its path in the package folder.
    var files: [String: [UInt8]] = [:]

    func answer(_ requirement: String) -> Answer? { answers.first { $0.requirement == requirement } }
    func exemption(_ requirement: String) -> Exemption? { exemptions.first { $0.requirement == requirement } }

    /// A new package for `unit`: assessed today, for the previous calendar year, claiming nothing yet.
    static func empty(for unit: Unit, organisation: Unit, today: Day) -> DraftPackage {
        let year = Int(today.description.prefix(4)) ?? 2000
        return DraftPackage(
            organisationID: organisation.id, organisation: organisation.name, unitID: unit.id, unitName: unit.name,
            unitLevel: unit.level, assessmentDate: today,
            periodStart: Day(iso: String(format: "%04d-01-01", year - 1)) ?? today,
            periodEnd: Day(iso: String(format: "%04d-12-31", year - 1)) ?? today)
    }

    /// The package as the core read it, with the files of its archive.
    init(_ package: EvaluationPackage, files: [String: [UInt8]]) {
        organisationID = package.organisationID
        organisation = package.organisation
        unitID = package.unitID
        unitName = package.unitName
        unitLevel = package.unitLevel
        assessmentDate = package.assessmentDate
        periodStart = package.periodStart
        periodEnd = package.periodEnd
        claims = package.claims.map { Claim(standard: $0.standard, version: $0.version) }
        answers = package.answers.values.sorted { $0.location.line < $1.location.line }.map {
            Answer(requirement: $0.requirement, score: $0.score, phases: $0.phases, comment: $0.comment)
        }
        evidence = package.evidence.map {
            Evidence(
                id: $0.id, requirements: $0.requirements, kind: $0.kind, path: $0.path, issued: $0.issued,
                expires: $0.expires, sha256: $0.sha256, title: $0.title)
        }
        indicators = package.indicators.keys.sorted().flatMap { id in
            package.series(id).map {
                Indicator(
                    id: $0.id, value: $0.missing ? nil : $0.text, unit: $0.unit, periodStart: $0.periodStart,
                    periodEnd: $0.periodEnd)
            }
        }
        exemptions = package.exemptions.values.sorted { $0.location.line < $1.location.line }.map {
            Exemption(
                requirement: $0.requirement, kind: $0.kind, justification: $0.justification, approvedBy: $0.approvedBy,
                approved: $0.approved, expires: $0.expires)
        }
        self.files = files
    }

    init(
        organisationID: String?, organisation: String, unitID: String, unitName: String, unitLevel: Level?,
        assessmentDate: Day, periodStart: Day, periodEnd: Day
    ) {
        self.organisationID = organisationID
        self.organisation = organisation
        self.unitID = unitID
        self.unitName = unitName
        self.unitLevel = unitLevel
        self.assessmentDate = assessmentDate
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }

    /// Names the unit as the server knows it, whatever the package said.
    mutating func belong(to unit: Unit) {
        unitID = unit.id
        unitName = unit.name
        unitLevel = unit.level
    }

    /// Keeps only what refers to `requirements` (those of the claimed standards): answers and
    /// exemptions of other requirements go, evidence loses the other requirements and goes
    /// with its file when none is left. Returns how many entries went.
    @discardableResult
    mutating func keepOnly(_ requirements: Set<String>) -> Int {
        let before = answers.count + exemptions.count + evidence.count
        answers.removeAll { !requirements.contains($0.requirement) }
        exemptions.removeAll { !requirements.contains($0.requirement) }
        for index in evidence.indices {
            evidence[index].requirements = evidence[index].requirements.filter(requirements.contains)
        }
        let gone = evidence.filter(\.requirements.isEmpty).map(\.id)
        for id in gone { removeEvidence(id) }
        return before - (answers.count + exemptions.count + evidence.count)
    }

    /// Removes an evidence entry, and its file when no other entry names it.
    mutating func removeEvidence(_ id: String) {
        guard let index = evidence.firstIndex(where: { $0.id == id }) else { return }
        let path = evidence[index].path
        evidence.remove(at: index)
        if !evidence.contains(where: { Self.normalised($0.path) == Self.normalised(path) }) {
            files[Self.normalised(path)] = nil
        }
    }

    /// A path of the manifest as a key of `files`: without `./` pieces or doubled slashes.
    static func normalised(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
    }

    /// Puts the answers in the order of `requirements` (claimed standards, document order).
    mutating func order(by requirements: [String]) {
        let position = Dictionary(requirements.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        answers.sort { (position[$0.requirement] ?? .max) < (position[$1.requirement] ?? .max) }
        exemptions.sort { (position[$0.requirement] ?? .max) < (position[$1.requirement] ?? .max) }
    }
}
