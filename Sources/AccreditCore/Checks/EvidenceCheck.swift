/// Evidence of given kinds: at least `min` documents that are in the package, intact (their
/// SHA-256 matches when declared), issued by the assessment date, not expired, and, with
/// `maxAgeDays`, not older than that at the assessment date.
struct EvidenceCheck: Check {
    static let kind = CheckKind.evidence
    static let kindParameter = CheckParameter("kind", .idList, required: true)
    static let min = CheckParameter("min", .integer, default: 1)
    static let maxAgeDays = CheckParameter("maxAgeDays", .integer)
    static let parameters: [any CheckParameterSpec] = [kindParameter, min, maxAgeDays]

    let kinds: [String]
    /// The kinds as findings name them: Danish names in Danish (`EvidenceKindName`).
    let kindText: LocalisedText
    /// As written, for the wording; at least one is always required.
    let written: Int
    let minimum: Int
    let maxAge: Int?
    /// The start of the message of a pass, which names the kinds: worded once here rather
    /// than for each of the thousands of requirements a large rule set checks with it.
    let presentPrefix: LocalisedText

    init(_ arguments: CheckArguments) throws(ParameterRejection) {
        kinds = try arguments.required(Self.kindParameter)
        kindText = EvidenceKindName.list(kinds, separator: "/")
        presentPrefix = LocalisedText(
            da: "dokumentation (\(kindText.text(.da))) foreligger: ", en: "evidence (\(kindText.text(.en))) present: ")
        written = arguments[Self.min] ?? 1
        minimum = max(1, written)
        maxAge = arguments[Self.maxAgeDays]
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
            let list = valid.count == 1 ? valid[0] : valid.joined(separator: ", ")
            findings.append(
                use.finding(
                    "evidence.present", .passed, da: presentPrefix.text(.da) + list, en: presentPrefix.text(.en) + list,
                    at: firstValid!))
            return CheckOutcome(.pass, findings)
        }
        if candidates == 0 {
            let age = maxAge.map { (da: ", højst \($0) dage gammel", en: ", at most \($0) days old") } ?? (da: "", en: "")
            findings.append(
                use.finding(
                    "evidence.none", .gap,
                    da: "mangler dokumentation af typen \(kindText.text(.da))\(age.da)",
                    en: "no evidence of kind \(kindText.text(.en))\(age.en)",
                    at: context.anchor(for: requirement)))
            return CheckOutcome(.fail, findings)
        }
        if !valid.isEmpty {
            findings.append(
                use.finding(
                    "evidence.too-few", .gap,
                    da: "\(valid.count) af \(minimum) krævede gyldige dokumenter af typen \(kindText.text(.da))",
                    en: "\(valid.count) of \(minimum) required valid documents of kind \(kindText.text(.en))",
                    at: context.anchor(for: requirement)))
            return CheckOutcome(.partial, findings)
        }
        return CheckOutcome(.fail, findings)
    }

    /// What disqualifies one evidence entry, if anything.
    private func problem(
        with evidence: borrowing EvaluationPackage.Evidence, use: RuleUse,
        context: EvaluationContext
    ) -> Finding? {
        let asOf = context.asOf
        // Fields are read where a finding needs them: most entries have no problem, and
        // copying them out first would retain their strings (the file name every entry shares).
        switch context.file(evidence.path) {
        case .missing:
            return use.finding(
                "evidence.file-missing", .gap,
                da: "dokumentet \(evidence.id): filen \(evidence.path) findes ikke i pakken",
                en: "evidence \(evidence.id): file \(evidence.path) is not in the package", at: evidence.location,
                subject: "evidence:\(evidence.id)")
        case .tooLarge(let size):
            return use.finding(
                "evidence.file-too-large", .error,
                da:
                    "dokumentet \(evidence.id): filen \(evidence.path) er \(size) bytes, over grænsen på \(context.limits.maxEvidenceBytes)",
                en:
                    "evidence \(evidence.id): file \(evidence.path) is \(size) bytes, over the limit of \(context.limits.maxEvidenceBytes)",
                at: evidence.location)
        case .unreadable(let reason):
            return use.finding(
                "evidence.file-unreadable", .error,
                da: "dokumentet \(evidence.id): filen \(evidence.path) kan ikke læses: \(reason)",
                en: "evidence \(evidence.id): file \(evidence.path) cannot be read: \(reason)", at: evidence.location,
                subject: "evidence:\(evidence.id)")
        case .present(let actual):
            if let expected = evidence.sha256, let actual, expected != actual {
                return use.finding(
                    "evidence.checksum-mismatch", .error,
                    da:
                        "dokumentet \(evidence.id): sha256 for \(evidence.path) passer ikke (forventet \(expected.prefix(12))…, fundet \(actual.prefix(12))…)",
                    en:
                        "evidence \(evidence.id): sha256 of \(evidence.path) does not match (expected \(expected.prefix(12))…, found \(actual.prefix(12))…)",
                    at: evidence.location)
            }
        }
        if evidence.issued > asOf {
            return use.finding(
                "evidence.future", .gap,
                da: "dokumentet \(evidence.id) er dateret \(evidence.issued), efter vurderingsdatoen \(asOf)",
                en: "evidence \(evidence.id) is dated \(evidence.issued), after the assessment date \(asOf)",
                at: evidence.location,
                subject: "evidence:\(evidence.id)")
        }
        if let expires = evidence.expires, expires < asOf {
            return use.finding(
                "evidence.expired", .gap,
                da: "dokumentet \(evidence.id) udløb \(expires)", en: "evidence \(evidence.id) expired on \(expires)",
                at: evidence.location,
                subject: "evidence:\(evidence.id)")
        }
        if let maxAge, evidence.issued.days(until: asOf) > maxAge {
            return use.finding(
                "evidence.stale", .gap,
                da: "dokumentet \(evidence.id) fra \(evidence.issued) er ældre end \(maxAge) dage den \(asOf)",
                en: "evidence \(evidence.id) from \(evidence.issued) is older than \(maxAge) days at \(asOf)",
                at: evidence.location,
                subject: "evidence:\(evidence.id)")
        }
        return nil
    }

    static let examples: [CheckExample] = {
        let procedure =
            #"<evidence id="e1" requirements="x.1" kind="procedure" path="evidence/p.md" issued="2025-06-01"><title>Procedure</title></evidence>"#
        let file = ["evidence/p.md": "# Procedure\n"]
        return [
            CheckExample(
                title: "a document of the kind", parameters: ["kind": "procedure"], entries: [procedure], files: file,
                outcome: .pass, codes: ["evidence.present"]),
            CheckExample(
                title: "no document of the kind", parameters: ["kind": "procedure"], entries: [],
                outcome: .fail, codes: ["evidence.none"]),
            CheckExample(
                title: "fewer than min", parameters: ["kind": "procedure", "min": "2"], entries: [procedure], files: file,
                outcome: .partial, codes: ["evidence.too-few"]),
            CheckExample(
                title: "older than maxAgeDays", parameters: ["kind": "procedure", "maxAgeDays": "30"], entries: [procedure],
                files: file, outcome: .fail, codes: ["evidence.stale"]),
            CheckExample(
                title: "a file that does not match its checksum",
                parameters: ["kind": "procedure"],
                entries: [
                    #"<evidence id="e1" requirements="x.1" kind="procedure" path="evidence/p.md" issued="2025-06-01" sha256="\#(String(repeating: "0", count: 64))"><title>Procedure</title></evidence>"#
                ],
                files: file, outcome: .error, codes: ["evidence.checksum-mismatch"]),
        ]
    }()

    func supply(for use: RuleUse, scale: Scale?) -> CheckSupply {
        let age = maxAge.map { (da: ", højst \($0) dage gammel", en: ", at most \($0) days old") } ?? (da: "", en: "")
        let list = EvidenceKindName.list(kinds, separator: " | ")
        return CheckSupply(
            LocalisedText(
                da: "mindst \(written) dokument af typen \(list.text(.da))\(age.da)",
                en: "at least \(written) evidence document of kind \(list.text(.en))\(age.en)"),
            evidenceKinds: kinds)
    }
}

extension CheckKind {
    /// Evidence documents of given kinds: how many, how old, present and intact in the package.
    public static let evidence = CheckKind(rawValue: "evidence")
}
