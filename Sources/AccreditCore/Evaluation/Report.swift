/// Everything one evaluation concluded, as plain values. Every reporter renders this and
/// only this, so all formats agree. Deterministic: ordered by standard and document order,
/// no clock, no machine paths beyond what the user passed in.
public struct Report: Sendable {
    public struct Tool: Sendable, Hashable {
        public var name: String
        public var version: String
    }

    /// Which rules produced the report, so two reports can be compared and trusted later.
    public struct RuleSetIdentity: Sendable, Hashable {
        public var id: String
        public var version: String
        public var standard: String
        public var standardVersion: String
        public var contentHash: String
    }

    public struct PackageInfo: Sendable, Hashable {
        public var path: String
        public var manifest: String
        public var organisation: String
        public var unitID: String
        public var unitName: String
        public var unitLevel: Level?
        public var periodStart: Day
        public var periodEnd: Day
    }

    public struct RequirementResult: Sendable, Hashable {
        public var id: String {
            _read { yield storage.fields.id }
            set { storage = storage.with { $0.id = newValue } }
        }
        public var standard: String {
            _read { yield storage.fields.standard }
            set { storage = storage.with { $0.standard = newValue } }
        }
        public var level: Level {
            _read { yield storage.fields.level }
            set { storage = storage.with { $0.level = newValue } }
        }
        public var theme: Theme? {
            _read { yield storage.fields.theme }
            set { storage = storage.with { $0.theme = newValue } }
        }
        public var groupPath: [String] {
            _read { yield storage.fields.groupPath }
            set { storage = storage.with { $0.groupPath = newValue } }
        }
        public var title: LocalisedText {
            _read { yield storage.fields.title }
            set { storage = storage.with { $0.title = newValue } }
        }
        public var status: RequirementStatus {
            _read { yield storage.fields.status }
            set { storage = storage.with { $0.status = newValue } }
        }
        public var critical: Bool {
            _read { yield storage.fields.critical }
            set { storage = storage.with { $0.critical = newValue } }
        }
        public var findings: [Finding] {
            _read { yield storage.fields.findings }
            set { storage = storage.with { $0.findings = newValue } }
        }
        /// Where the requirement is defined (standard file).
        public var definition: SourceLocation {
            _read { yield storage.fields.definition }
            set { storage = storage.with { $0.definition = newValue } }
        }
        /// Where it is documented in the package, if anywhere (answer or first evidence).
        public var location: SourceLocation {
            _read { yield storage.fields.location }
            set { storage = storage.with { $0.location = newValue } }
        }

        private struct Fields {
            var id: String
            var standard: String
            var level: Level
            var theme: Theme?
            var groupPath: [String]
            var title: LocalisedText
            var status: RequirementStatus
            var critical: Bool
            var findings: [Finding]
            var definition: SourceLocation
            var location: SourceLocation
        }

        /// See `FieldStorage`: a copy of a result retains one object.
        private var storage: FieldStorage<Fields>

        init(
            id: String, standard: String, level: Level, theme: Theme? = nil, groupPath: [String], title: LocalisedText,
            status: RequirementStatus, critical: Bool, findings: [Finding], definition: SourceLocation, location: SourceLocation
        ) {
            storage = FieldStorage(
                Fields(
                    id: id, standard: standard, level: level, theme: theme, groupPath: groupPath, title: title, status: status,
                    critical: critical, findings: findings, definition: definition, location: location))
        }

        public static func == (a: RequirementResult, b: RequirementResult) -> Bool {
            a.storage === b.storage
                || (a.id == b.id && a.standard == b.standard && a.level == b.level && a.theme == b.theme
                    && a.groupPath == b.groupPath && a.title == b.title && a.status == b.status && a.critical == b.critical
                    && a.findings == b.findings && a.definition == b.definition && a.location == b.location)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(standard)
            hasher.combine(level)
            hasher.combine(theme)
            hasher.combine(groupPath)
            hasher.combine(title)
            hasher.combine(status)
            hasher.combine(critical)
            hasher.combine(findings)
            hasher.combine(definition)
            hasher.combine(location)
        }
    }

    public struct StandardResult: Sendable, Hashable {
        public var id: String
        public var version: String
        public var title: LocalisedText
        public var level: Level
        public var verdict: Verdict
        public var fulfilled: Int
        public var assessable: Int
        public var counts: [RequirementStatus: Int]
    }

    public var tool: Tool
    public var assessmentDate: Day
    public var package: PackageInfo
    public var ruleSets: [RuleSetIdentity]
    public var catalogueHash: String
    public var verdict: Verdict
    public var standards: [StandardResult]
    public var requirements: [RequirementResult]
    public var overlaps: [Overlap]
    /// Sector requirements the unit still has to fulfil itself, in document order.
    public var sectorOwes: [String]
    /// The comparison with an earlier run's report, when the check was given one
    /// (`check --baseline`): every reporter then marks findings new, unchanged or fixed.
    public var baseline: ReportDiff?
    /// Indicators with values for several periods, for charts (HTML).
    public var indicatorSeries: [IndicatorSeries] = []
    /// What the check that made this report keeps alive with it (see `PackageCheck`).
    var retained: Retained?

    /// Number of requirements per status, every status present.
    public var summary: [RequirementStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: RequirementStatus.allCases.map { ($0, 0) })
        // By index: a `for` loop would copy each result, retaining every string it holds.
        for index in requirements.indices { counts[requirements[index].status, default: 0] += 1 }
        return counts
    }

    /// True if any requirement could not be evaluated.
    public var hasErrors: Bool { requirements.indices.contains { requirements[$0].status == .error } }
}

extension Report.RequirementResult: CustomReflectable {
    /// The fields, as a struct of them would show them (see `Finding.customMirror`).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "id": id, "standard": standard, "level": level, "theme": theme as Any, "groupPath": groupPath,
                "title": title, "status": status, "critical": critical, "findings": findings, "definition": definition,
                "location": location,
            ], displayStyle: .struct)
    }
}
