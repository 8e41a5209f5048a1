/// What the report says when a package's record is not what it claims: an exemption that is
/// not needed, a critical requirement set aside by a waiver, credit from the concern level
/// refused because its evidence is too old for the sector's rule. In Danish and English, in
/// one place, so that the wording of the verdict and of the findings agree.
enum RecordWording {
    /// The exemption's kind as the findings name it.
    static func exemption(_ kind: EvaluationPackage.Exemption.Kind) -> LocalisedText {
        kind == .waiver
            ? LocalisedText(da: "dispensationen", en: "the waiver")
            : LocalisedText(da: "erklæringen om ikke-relevans", en: "the not-applicable declaration")
    }

    /// A valid exemption on a requirement whose own rules are met without it.
    static func exemptionNotNeeded(_ kind: EvaluationPackage.Exemption.Kind, requirement: String) -> LocalisedText {
        let which = exemption(kind)
        return LocalisedText(
            da:
                "\(which.text(.da)) er ikke nødvendig: \(requirement) er opfyldt af pakkens egen dokumentation; "
                + "fjern undtagelsen, eller ret den, hvis kravet ikke skal vurderes",
            en:
                "\(which.text(.en)) is not needed: \(requirement) is met by the package's own evidence; "
                + "remove the exemption, or correct it if the requirement is not to be assessed")
    }

    /// The verdict's reason naming the critical requirements a waiver sets aside.
    static func criticalWaived(_ ids: [String]) -> LocalisedText {
        let list = ids.joined(separator: ", ")
        return ids.count == 1
            ? LocalisedText(
                da: "det kritiske krav \(list) er ikke vurderet: det er fritaget ved dispensation",
                en: "critical requirement \(list) is not assessed: it is waived")
            : LocalisedText(
                da: "de kritiske krav \(list) er ikke vurderet: de er fritaget ved dispensation",
                en: "critical requirements \(list) are not assessed: they are waived")
    }

    /// Inheritance refused: the concern requirement is met, but none of its evidence is recent
    /// enough for a rule of the sector requirement. `newest` is its most recent evidence, if any.
    static func inheritanceRefused(
        concern: String, rule: String, maxAge: Int, asOf: Day, newest: (id: String, issued: Day)?
    ) -> LocalisedText {
        let evidence =
            newest.map {
                (
                    da: "dets nyeste dokument, \($0.id) fra \($0.issued), er ældre end \(maxAge) dage den \(asOf)",
                    en: "its newest evidence, \($0.id) from \($0.issued), is older than \(maxAge) days at \(asOf)"
                )
            }
            ?? (
                da: "det har intet dokument, der er højst \(maxAge) dage gammelt den \(asOf)",
                en: "it has no evidence at most \(maxAge) days old at \(asOf)"
            )
        return LocalisedText(
            da:
                "arves ikke fra koncernkravet \(concern), selvom det er opfyldt: reglen \(rule) godtager dokumentation, "
                + "der er højst \(maxAge) dage gammel, og \(evidence.da)",
            en:
                "not inherited from concern requirement \(concern), although it is met: rule \(rule) accepts evidence "
                + "at most \(maxAge) days old, and \(evidence.en)")
    }

    /// The overlap's explanation when inheritance was refused for the age of the evidence.
    static func overlapTooOld(concern: String, sector: String) -> LocalisedText {
        LocalisedText(
            da:
                "sektoren skylder stadig \(sector): \(concern) er opfyldt, men med dokumentation, der er for gammel til \(sector)",
            en: "the sector still owes \(sector): \(concern) is met, but with evidence too old for \(sector)")
    }
}
