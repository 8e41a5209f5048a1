import AccreditCore

/// SARIF's baselines: with `check --baseline`, every result gets a `baselineState` (`new` or
/// `unchanged`, matched by `partialFingerprints`), and each gap or error of the earlier run that
/// is gone is added as a result of its own, `absent`, at its place in the earlier package.
extension SARIFReporter {
    /// Results for the baseline's findings that this run no longer has.
    func absentResults(_ report: Report, rules: [SARIFLog.Rule]) -> [SARIFLog.Result] {
        guard let baseline = report.baseline else { return [] }
        let statuses = Dictionary(
            report.requirements.map { ($0.id, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first })
        return baseline.fixed.map { finding in
            SARIFLog.Result(
                ruleId: finding.requirement, ruleIndex: rules.firstIndex { $0.id == finding.requirement } ?? -1,
                level: "note", message: SARIFLog.Message(text: finding.message),
                locations: [
                    SARIFLog.Location(
                        id: nil,
                        physicalLocation: SARIFLog.PhysicalLocation(
                            artifactLocation: SARIFLog.ArtifactLocation(uri: Escape.uri(path: finding.location.file)),
                            region: finding.location.line > 0 ? SARIFLog.Region(startLine: finding.location.line) : nil),
                        message: nil)
                ],
                relatedLocations: [], partialFingerprints: [Self.fingerprintKey: finding.fingerprint.value],
                properties: SARIFLog.ResultProperties(
                    status: statuses[finding.requirement] ?? "", code: finding.code, findingKind: finding.kind.rawValue))
        }
    }

    /// The log with `baselineState` on every result, when the report has a baseline.
    func markingBaseline(_ log: JSONValue, _ report: Report) -> JSONValue {
        guard let baseline = report.baseline, case .object(var top) = log, case .array(let runs)? = top["runs"] else {
            return log
        }
        let fixed = Set(baseline.fixed.map(\.fingerprint.value))
        top["runs"] = .array(
            runs.map { run in
                guard case .object(var members) = run, case .array(let results)? = members["results"] else { return run }
                members["results"] = .array(
                    results.map { result in
                        guard case .object(var fields) = result else { return result }
                        var state = BaselineState.new
                        if case .object(let prints)? = fields["partialFingerprints"],
                            case .string(let print)? = prints[Self.fingerprintKey]
                        {
                            state =
                                fixed.contains(print) ? .absent : baseline.state(of: FindingFingerprint(print)) ?? .new
                        }
                        fields["baselineState"] = .string(state.rawValue)
                        return .object(fields)
                    })
                return .object(members)
            })
        return .object(top)
    }
}
