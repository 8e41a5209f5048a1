import AccreditCore

extension JSONReport {
    /// `baseline`: the earlier report named, how many gaps and errors are new, unchanged and
    /// fixed (`absent`), and the fixed ones as the earlier report recorded them.
    func writeBaseline(_ baseline: ReportDiff, into w: inout JSONStream) {
        let counts = baseline.counts
        w.key("baseline")
        w.beginObject()
        w.member("absent", counts[.absent] ?? 0)
        w.member("assessmentDate", baseline.oldDate)
        w.key("fixed")
        w.beginArray()
        for finding in baseline.fixed {
            w.beginObject()
            w.member("code", finding.code)
            w.member("fingerprint", finding.fingerprint.value)
            w.member("kind", finding.kind.rawValue)
            w.key("location")
            w.beginObject()
            w.member("file", finding.location.file)
            w.member("line", finding.location.line)
            w.endObject()
            w.member("message", finding.message)
            w.member("requirement", finding.requirement)
            if let rule = finding.rule { w.member("rule", rule) }
            w.member("standard", finding.standard)
            if let subject = finding.subject { w.member("subject", subject) }
            w.endObject()
        }
        w.endArray()
        w.member("new", counts[.new] ?? 0)
        w.member("report", baseline.oldName)
        w.member("unchanged", counts[.unchanged] ?? 0)
        w.member("verdict", baseline.oldVerdict.rawValue)
        w.endObject()
    }
}
