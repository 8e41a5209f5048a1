import AccreditCore
import Foundation

/// The JSON report, schema `Schemas/report.schema.json`, version `FormatVersion.report`.
/// Typed structs, so the shape is checked by the compiler, written straight into bytes; the
/// requirements, nearly all of a large report, are written straight from the results.
struct JSONReport {
    struct Location {
        var file: String
        var line: Int
        init(_ location: SourceLocation) {
            file = location.file
            line = location.line
        }
    }

    struct Tool { var name, version: String }
    struct Package {
        var path, manifest, organisation, unit, unitName: String
        var level: String?
        var periodStart, periodEnd: String
    }
    struct RuleSet { var id, version, standard, standardVersion, sha256: String }
    struct VerdictDetails {
        var decision: String
        var advisory: Bool
        var reasons: [String]
        var toChange: [String]
    }
    struct Standard {
        var id, version, title, level: String
        var verdict: VerdictDetails
        var fulfilled, assessable: Int
    }
    struct Overlap {
        var concern, sector, relation, state, concernStatus, sectorStatus, message: String
        var location: Location
    }

    var formatVersion = FormatVersion.report
    var language: String
    var tool: Tool
    var assessmentDate: String
    var package: Package
    var ruleSets: [RuleSet]
    var catalogueSha256: String
    var verdict: String
    var decision: VerdictDetails
    var standards: [Standard]
    var summary: [String: Int]
    /// Written straight from the results (`writeRequirements`): a large package has tens of
    /// thousands, and a converted copy of all of them would double the report's memory.
    var requirements: [Report.RequirementResult]
    var reportLanguage: Language
    /// Cores to render large reports on.
    var concurrency = Cores.available
    /// Requirements per piece of a large report (see `writeRequirements(into:output:)`).
    var requirementsPerPiece = Self.requirementsPerPiece
    var overlaps: [Overlap]
    var sectorOwes: [String]
    /// The comparison with an earlier run (`check --baseline`), written as `baseline`.
    var baseline: ReportDiff?

    init(_ report: Report, language l: Language) {
        func details(_ verdict: Verdict) -> VerdictDetails {
            VerdictDetails(
                decision: verdict.decision.rawValue, advisory: verdict.advisory,
                reasons: verdict.reasons.map { $0.text(l) }, toChange: verdict.toChange)
        }
        language = l.rawValue
        tool = Tool(name: report.tool.name, version: report.tool.version)
        assessmentDate = report.assessmentDate.description
        let p = report.package
        package = Package(
            path: p.path, manifest: p.manifest, organisation: p.organisation, unit: p.unitID,
            unitName: p.unitName, level: p.unitLevel?.rawValue,
            periodStart: p.periodStart.description, periodEnd: p.periodEnd.description)
        ruleSets = report.ruleSets.map {
            RuleSet(
                id: $0.id, version: $0.version, standard: $0.standard, standardVersion: $0.standardVersion, sha256: $0.contentHash
            )
        }
        catalogueSha256 = report.catalogueHash
        verdict = report.verdict.decision.rawValue
        decision = details(report.verdict)
        standards = report.standards.map {
            Standard(
                id: $0.id, version: $0.version, title: $0.title.text(l), level: $0.level.rawValue,
                verdict: details($0.verdict), fulfilled: $0.fulfilled, assessable: $0.assessable)
        }
        summary = Dictionary(uniqueKeysWithValues: report.summary.map { ($0.key.rawValue, $0.value) })
        requirements = report.requirements
        reportLanguage = l
        overlaps = report.overlaps.map {
            Overlap(
                concern: $0.concern, sector: $0.sector, relation: $0.relation.rawValue, state: $0.state.rawValue,
                concernStatus: $0.concernStatus.rawValue, sectorStatus: $0.sectorStatus.rawValue,
                message: $0.message.text(l), location: Location($0.location))
        }
        sectorOwes = report.sectorOwes
        baseline = report.baseline
    }

    /// The report as UTF-8 JSON, without an intermediate String: reports of large packages run
    /// to tens of megabytes. Keys are written in sorted order by hand; the golden files and
    /// the schema test check the result.
    func utf8() -> [UInt8] {
        var joined: [UInt8] = []
        write { joined += $0 }
        return joined
    }

    /// Hands the report's bytes to `output` in consecutive pieces. The requirements of a
    /// large report are rendered on other cores while the pieces before them are written,
    /// so its bytes never need to be in memory all at once.
    func write(to output: ([UInt8]) throws -> Void) rethrows {
        let inline = requirements.count <= requirementsPerPiece
        var w = JSONStream(capacity: 65_536 + (inline ? requirements.count * Self.bytesPerRequirement : 0))
        func location(_ name: StaticString, _ l: Location) {
            w.key(name)
            w.beginObject()
            w.member("file", l.file)
            w.member("line", l.line)
            w.endObject()
        }
        func details(_ name: StaticString, _ d: VerdictDetails) {
            w.key(name)
            w.beginObject()
            w.member("advisory", d.advisory)
            w.member("decision", d.decision)
            w.member("reasons", strings: d.reasons)
            w.member("toChange", strings: d.toChange)
            w.endObject()
        }
        w.beginObject()
        w.member("assessmentDate", assessmentDate)
        if let baseline { writeBaseline(baseline, into: &w) }
        w.member("catalogueSha256", catalogueSha256)
        details("decision", decision)
        w.member("formatVersion", formatVersion)
        w.member("language", language)
        w.key("overlaps")
        w.beginArray()
        for o in overlaps {
            w.beginObject()
            w.member("concern", o.concern)
            w.member("concernStatus", o.concernStatus)
            location("location", o.location)
            w.member("message", o.message)
            w.member("relation", o.relation)
            w.member("sector", o.sector)
            w.member("sectorStatus", o.sectorStatus)
            w.member("state", o.state)
            w.endObject()
        }
        w.endArray()
        w.key("package")
        w.beginObject()
        if let level = package.level { w.member("level", level) }
        w.member("manifest", package.manifest)
        w.member("organisation", package.organisation)
        w.member("path", package.path)
        w.member("periodEnd", package.periodEnd)
        w.member("periodStart", package.periodStart)
        w.member("unit", package.unit)
        w.member("unitName", package.unitName)
        w.endObject()
        w.key("requirements")
        w.beginArray()
        try writeRequirements(into: &w, output: output)
        w.endArray()
        w.key("ruleSets")
        w.beginArray()
        for set in ruleSets {
            w.beginObject()
            w.member("id", set.id)
            w.member("sha256", set.sha256)
            w.member("standard", set.standard)
            w.member("standardVersion", set.standardVersion)
            w.member("version", set.version)
            w.endObject()
        }
        w.endArray()
        w.member("sectorOwes", strings: sectorOwes)
        w.key("standards")
        w.beginArray()
        for s in standards {
            w.beginObject()
            w.member("assessable", s.assessable)
            w.member("fulfilled", s.fulfilled)
            w.member("id", s.id)
            w.member("level", s.level)
            w.member("title", s.title)
            details("verdict", s.verdict)
            w.member("version", s.version)
            w.endObject()
        }
        w.endArray()
        w.key("summary")
        w.beginObject()
        for key in summary.keys.sorted() { w.member(named: key, summary[key]!) }
        w.endObject()
        w.key("tool")
        w.beginObject()
        w.member("name", tool.name)
        w.member("version", tool.version)
        w.endObject()
        w.member("verdict", verdict)
        w.endObject()
        try output(w.finish())
    }
}

extension JSONReport {
    /// Room reserved per requirement, generous on purpose: untouched reserved pages cost no
    /// memory, while growing a buffer briefly needs twice its size. A requirement with a
    /// handful of findings takes about 2 KB.
    static let bytesPerRequirement = 4_096

    /// Reports with more requirements than this are rendered in pieces of this many, about
    /// half a megabyte each: large enough that handing one over costs little, small enough
    /// that the pieces in flight stay a few megabytes.
    static let requirementsPerPiece = 256

    /// Writes the members of the `requirements` array. A large report's pieces are rendered
    /// on other cores, each continuing the same array, and handed to `output` in order after
    /// what `w` holds so far, so the bytes are those of one stream.
    fileprivate func writeRequirements(into w: inout JSONStream, output: ([UInt8]) throws -> Void) rethrows {
        let count = requirements.count
        let perPiece = requirementsPerPiece
        guard count > perPiece else {
            writeRequirements(requirements[...], into: &w)
            return
        }
        try output(w.takeBytes())
        let depth = w.depth
        let pieces = (count + perPiece - 1) / perPiece
        try OrderedPieces.render(
            count: pieces, workers: concurrency, window: 2 * concurrency + 2,
            { [self] piece, buffer in
                var part = JSONStream(
                    continuingArrayAtDepth: depth, afterMembers: piece > 0, reusing: &buffer,
                    capacity: perPiece * Self.bytesPerRequirement)
                writeRequirements(requirements[(piece * perPiece)..<min(count, (piece + 1) * perPiece)], into: &part)
                part.handBack(into: &buffer)
            }, handOver: output)
        w.continueAfterMembers()
    }

    /// Keys in sorted order, as everywhere in the report; strings are read in the report's
    /// language as they are written rather than copied into converted structs first. Results
    /// and findings are passed by reference out of their arrays: a `for` loop would copy each,
    /// retaining and releasing every string it holds.
    private func writeRequirements(_ slice: ArraySlice<Report.RequirementResult>, into w: inout JSONStream) {
        var files = LocationFiles()
        slice.withUnsafeBufferPointer { results in
            for index in results.indices { write(results[index], into: &w, files: &files) }
        }
    }

    private func write(_ r: Report.RequirementResult, into w: inout JSONStream, files: inout LocationFiles) {
        w.beginObject()
        w.member("critical", r.critical)
        files.write("definition", r.definition, into: &w)
        w.key("findings")
        w.beginArray()
        let fingerprints = r.fingerprints
        r.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices { write(findings[index], fingerprints[index], into: &w, files: &files) }
        }
        w.endArray()
        w.member("id", r.id)
        w.member("level", r.level.rawValue)
        files.write("location", r.location, into: &w)
        w.member("standard", r.standard)
        w.member("status", r.status.rawValue)
        if let theme = r.theme { w.member("theme", theme.rawValue) }
        w.member("title", r.title.text(reportLanguage))
        w.endObject()
    }

    private func write(
        _ f: borrowing AccreditCore.Finding, _ fingerprint: FindingFingerprint, into w: inout JSONStream,
        files: inout LocationFiles
    ) {
        w.beginObject()
        if let baseline, f.kind == .gap || f.kind == .error {
            w.member("baseline", (baseline.state(of: fingerprint) ?? .new).rawValue)
        }
        w.member("code", f.code)
        w.member("fingerprint", fingerprint.value)
        w.member("kind", f.kind.rawValue)
        files.write("location", f.location, into: &w)
        w.member("message", f.message.text(reportLanguage))
        if let rule = f.rule { w.member("rule", rule) }
        if let ruleLocation = f.ruleLocation { files.write("ruleLocation", ruleLocation, into: &w) }
        if let subject = f.subject { w.member("subject", subject) }
        w.endObject()
    }
}

/// Writes location objects, escaping each file name once: a report names the same two or
/// three files (manifest, rule file, standard) in every one of its findings.
private struct LocationFiles {
    private var files: [String] = []
    private var escaped: [[UInt8]] = []

    mutating func write(_ name: StaticString, _ location: SourceLocation, into w: inout JSONStream) {
        w.key(name)
        w.beginObject()
        w.key("file")
        if let known = files.firstIndex(of: location.file) {
            w.value(escapedString: escaped[known])
        } else {
            var bytes: [UInt8] = []
            JSONStream.writeString(location.file, into: &bytes)
            if files.count < 8 {
                files.append(location.file)
                escaped.append(bytes)
            }
            w.value(escapedString: bytes)
        }
        w.member("line", location.line)
        w.endObject()
    }
}
