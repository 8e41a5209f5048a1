import Foundation

extension RecordedReport {
    /// Reads a JSON report written by `accredit check --format json`. Anything else (another
    /// JSON document, a SARIF log, a report of a newer format, a report written before findings
    /// had fingerprints) is refused with the file named and what to pass instead.
    public init(json bytes: [UInt8], name: String) throws(AccreditErrors) {
        let place = SourceLocation(file: name, line: 0)
        func refuse(_ da: String, _ en: String) -> AccreditErrors {
            AccreditErrors([
                AccreditError(
                    .invalid, at: place, message: LocalisedText(da: da, en: en),
                    hint: LocalisedText(
                        da: "Angiv en JSON-rapport fra en tidligere kørsel: accredit check PAKKE --format json -o FIL.",
                        en: "Name a JSON report of an earlier run: accredit check PACKAGE --format json -o FILE."))
            ])
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw refuse("filen er ikke et JSON-objekt", "the file is not a JSON object")
        }
        if object["failure"] != nil, (object["tool"] as? [String: Any])?["name"] as? String == "accredit" {
            throw refuse(
                "rapporten er fra en kørsel, der ikke kunne vurdere pakken, og har ingen fund at sammenligne med",
                "the report is of a run that could not evaluate its package and has no findings to compare with")
        }
        guard (object["tool"] as? [String: Any])?["name"] as? String == "accredit",
            let version = object["formatVersion"] as? Int, let rawRequirements = object["requirements"] as? [[String: Any]],
            let decision = (object["verdict"] as? String).flatMap(Verdict.Decision.init(rawValue:))
        else {
            throw refuse("filen er ikke en JSON-rapport fra accredit", "the file is not a JSON report of accredit")
        }
        guard version <= FormatVersion.report else {
            throw refuse(
                "rapporten har formatVersion \(version); denne version læser højst \(FormatVersion.report)",
                "the report has formatVersion \(version); this version reads at most \(FormatVersion.report)")
        }
        let package = object["package"] as? [String: Any] ?? [:]
        var requirements: [Requirement] = []
        for raw in rawRequirements {
            guard let id = raw["id"] as? String, let standard = raw["standard"] as? String,
                let status = (raw["status"] as? String).flatMap(RequirementStatus.init(rawValue:))
            else {
                throw refuse(
                    "et krav i rapporten mangler id, standard eller status", "a requirement lacks its id, standard or status")
            }
            var findings: [Finding] = []
            for finding in raw["findings"] as? [[String: Any]] ?? [] {
                guard let code = finding["code"] as? String,
                    let kind = (finding["kind"] as? String).flatMap(AccreditCore.Finding.Kind.init(rawValue:))
                else { throw refuse("et fund under \(id) mangler code eller kind", "a finding of \(id) lacks its code or kind") }
                guard let fingerprint = finding["fingerprint"] as? String else {
                    throw refuse(
                        "fundene i rapporten har intet fingeraftryk (skrevet af en ældre version af accredit)",
                        "the report's findings have no fingerprint (written by an older version of accredit)")
                }
                let location = finding["location"] as? [String: Any] ?? [:]
                findings.append(
                    Finding(
                        standard: standard, requirement: id, code: code, kind: kind, rule: finding["rule"] as? String,
                        subject: finding["subject"] as? String, message: finding["message"] as? String ?? "",
                        location: SourceLocation(file: location["file"] as? String ?? "", line: location["line"] as? Int ?? 0),
                        fingerprint: FindingFingerprint(fingerprint)))
            }
            requirements.append(
                Requirement(id: id, standard: standard, title: raw["title"] as? String ?? "", status: status, findings: findings))
        }
        self.init(
            name: name, language: (object["language"] as? String).flatMap(Language.init(rawValue:)) ?? .en,
            assessmentDate: object["assessmentDate"] as? String ?? "", unit: package["unit"] as? String ?? "",
            unitName: package["unitName"] as? String ?? "", verdict: decision, requirements: requirements)
    }
}
