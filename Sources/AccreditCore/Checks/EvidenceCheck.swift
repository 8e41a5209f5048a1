/// Evidence of given kinds: at least `min` documents that are in the package, intact (their
/// SHA-256 matches when declared), issued by the assessment date, not expired, and, with
/// `maxAgeDays`, not older than that at the assessment date.
struct EvidenceCheck: Check {
    let kinds: [String]
    let kindText: String
    let minimum: Int
    let maxAge: Int?

    init(_ parameters: [String: String]) {
        kinds = (parameters["kind"] ?? "").split(separator: " ").map(String.init)
        kindText = kinds.joined(separator: "/")
        minimum = max(1, Int(parameters["min"] ?? "1") ?? 1)
        maxAge = parameters["maxAgeDays"].flatMap { Int($0) }
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        // The entries, and indices into them, so that entries are read in place rather than
        // copied out of the package (as is the package itself, which a local would copy).
        let evidence = context.package.evidence
        var candidates = 0
        var findings: [Finding] = []
        var valid: [String] = []
        var firstValid: SourceLocation?
        var integrityFailed = false
        for index in context.package.evidenceByRequirement[requirement.id] ?? [] where kinds.contains(evidence[index].kind) {
            candidates += 1
            if let problem = problem(with: evidence[index], use: use, context: context) {
                if problem.kind == .error { integrityFailed = true }
                findings.append(problem)
            } else {
                valid.append(evidence[index].id)
                if firstValid == nil { firstValid = evidence[index].location }
            }
        }
        if integrityFailed { return CheckOutcome(.error, findings) }
        if valid.count >= minimum {
            let list = valid.joined(separator: ", ")
            findings.append(
                use.finding(
                    "evidence.present", .passed,
                    da: "dokumentation (\(kindText)) foreligger: \(list)",
                    en: "evidence (\(kindText)) present: \(list)",
                    at: firstValid!))
            return CheckOutcome(.pass, findings)
        }
        if candidates == 0 {
            let age = maxAge.map { (da: ", højst \($0) dage gammel", en: ", at most \($0) days old") } ?? (da: "", en: "")
            findings.append(
                use.finding(
                    "evidence.none", .gap,
                    da: "mangler dokumentation af typen \(kindText)\(age.da)",
                    en: "no evidence of kind \(kindText)\(age.en)",
                    at: context.anchor(for: requirement)))
            return CheckOutcome(.fail, findings)
        }
        if !valid.isEmpty {
            findings.append(
                use.finding(
                    "evidence.too-few", .gap,
                    da: "\(valid.count) af \(minimum) krævede gyldige dokumenter af typen \(kindText)",
                    en: "\(valid.count) of \(minimum) required valid documents of kind \(kindText)",
                    at: context.anchor(for: requirement)))
            return CheckOutcome(.partial, findings)
        }
        return CheckOutcome(.fail, findings)
    }

    /// What disqualifies one evidence entry, if anything.
    private func problem(
        with evidence: EvaluationPackage.Evidence, use: RuleUse,
        context: EvaluationContext
    ) -> Finding? {
        let asOf = context.asOf
        let at = evidence.location
        let id = evidence.id
        switch context.file(evidence.path) {
        case .missing:
            return use.finding(
                "evidence.file-missing", .gap,
                da: "dokumentet \(id): filen \(evidence.path) findes ikke i pakken",
                en: "evidence \(id): file \(evidence.path) is not in the package", at: at)
        case .tooLarge(let size):
            return use.finding(
                "evidence.file-too-large", .error,
                da:
                    "dokumentet \(id): filen \(evidence.path) er \(size) bytes, over grænsen på \(context.limits.maxEvidenceBytes)",
                en:
                    "evidence \(id): file \(evidence.path) is \(size) bytes, over the limit of \(context.limits.maxEvidenceBytes)",
                at: at)
        case .unreadable(let reason):
            return use.finding(
                "evidence.file-unreadable", .error,
                da: "dokumentet \(id): filen \(evidence.path) kan ikke læses: \(reason)",
                en: "evidence \(id): file \(evidence.path) cannot be read: \(reason)", at: at)
        case .present(let actual):
            if let expected = evidence.sha256, let actual, expected != actual {
                return use.finding(
                    "evidence.checksum-mismatch", .error,
                    da:
                        "dokumentet \(id): sha256 for \(evidence.path) passer ikke (forventet \(expected.prefix(12))…, fundet \(actual.prefix(12))…)",
                    en:
                        "evidence \(id): sha256 of \(evidence.path) does not match (expected \(expected.prefix(12))…, found \(actual.prefix(12))…)",
                    at: at)
            }
        }
        if evidence.issued > asOf {
            return use.finding(
                "evidence.future", .gap,
                da: "dokumentet \(id) er dateret \(evidence.issued), efter vurderingsdatoen \(asOf)",
                en: "evidence \(id) is dated \(evidence.issued), after the assessment date \(asOf)", at: at)
        }
        if let expires = evidence.expires, expires < asOf {
            return use.finding(
                "evidence.expired", .gap,
                da: "dokumentet \(id) udløb \(expires)", en: "evidence \(id) expired on \(expires)", at: at)
        }
        if let maxAge, evidence.issued.days(until: asOf) > maxAge {
            return use.finding(
                "evidence.stale", .gap,
                da: "dokumentet \(id) fra \(evidence.issued) er ældre end \(maxAge) dage den \(asOf)",
                en: "evidence \(id) from \(evidence.issued) is older than \(maxAge) days at \(asOf)", at: at)
        }
        return nil
    }
}
