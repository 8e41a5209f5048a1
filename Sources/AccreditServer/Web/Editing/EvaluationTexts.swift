import AccreditCore

/// The words of the self-evaluation editor, in Danish and English.
enum EvaluationTexts {
    static let title = LocalisedText(da: "Selvevaluering", en: "Self-evaluation")

    static let page: [String: LocalisedText] = [
        "unit": LocalisedText(da: "Enhed", en: "Unit"),
        "level": LocalisedText(da: "Niveau", en: "Level"),
        "draftSaved": LocalisedText(
            da: "Kladden er gemt på serveren. Et tjek bedømmer den som den er gemt.",
            en: "The draft is saved on the server. A check judges it as saved."),
        "draftNew": LocalisedText(
            da: "Der er ingen kladde endnu. Vælg standarder, og gem for at begynde.",
            en: "There is no draft yet. Choose standards and save to begin."),
        "currentVerdict": LocalisedText(da: "Kladden som den står nu", en: "The draft as it stands"),
        "download": LocalisedText(da: "Hent pakken som zip", en: "Download the package as zip"),
        "check": LocalisedText(da: "Tjek", en: "Check"),
        "checkHelp": LocalisedText(
            da: "Tjekker den gemte kladde og gemmer resultatet som en kørsel.",
            en: "Checks the saved draft and stores the result as a run."),
        "package": LocalisedText(da: "Pakken", en: "The package"),
        "organisation": LocalisedText(da: "Organisation", en: "Organisation"),
        "assessmentDate": LocalisedText(da: "Vurderingsdato", en: "Assessment date"),
        "periodStart": LocalisedText(da: "Perioden begynder", en: "Period starts"),
        "periodEnd": LocalisedText(da: "Perioden slutter", en: "Period ends"),
        "standards": LocalisedText(da: "Standarder", en: "Standards"),
        "standardsHelp": LocalisedText(
            da:
                "Vælg de standarder, pakken vurderes efter. Fravælges en standard, fjernes svar, undtagelser og dokumentation for dens krav, når der gemmes.",
            en:
                "Choose the standards the package is assessed against. Removing a standard removes the answers, exemptions and evidence of its requirements when saved."
        ),
        "version": LocalisedText(da: "version", en: "version"),
        "score": LocalisedText(da: "Vurdering", en: "Score"),
        "noScore": LocalisedText(da: "– ikke vurderet –", en: "– not assessed –"),
        "noScale": LocalisedText(
            da: "Kravet vurderes ikke på en skala; dokumentér det med dokumentation.",
            en: "The requirement is not scored on a scale; document it with evidence."),
        "phases": LocalisedText(da: "Nåede faser", en: "Phases reached"),
        "comment": LocalisedText(da: "Kommentar", en: "Comment"),
        "exemption": LocalisedText(da: "Undtagelse", en: "Exemption"),
        "exemptionNone": LocalisedText(da: "Ingen", en: "None"),
        "notApplicable": LocalisedText(da: "Ikke relevant", en: "Not applicable"),
        "waiver": LocalisedText(da: "Dispensation", en: "Waiver"),
        "justification": LocalisedText(da: "Begrundelse", en: "Justification"),
        "approver": LocalisedText(da: "Godkendt af", en: "Approved by"),
        "approved": LocalisedText(da: "Godkendt den", en: "Approved on"),
        "exemptionExpires": LocalisedText(da: "Undtagelsen udløber (valgfrit)", en: "Exemption expires (optional)"),
        "supply": LocalisedText(da: "Det skal pakken indeholde", en: "What the package must contain"),
        "status": LocalisedText(da: "Status", en: "Status"),
        "theme": LocalisedText(da: "Tema", en: "Theme"),
        "save": LocalisedText(da: "Gem selvevalueringen", en: "Save the self-evaluation"),
        "evidence": LocalisedText(da: "Dokumentation", en: "Evidence"),
        "noEvidence": LocalisedText(da: "Ingen dokumentation endnu.", en: "No evidence yet."),
        "evidenceID": LocalisedText(da: "Id", en: "Id"),
        "evidenceTitle": LocalisedText(da: "Titel", en: "Title"),
        "evidenceKind": LocalisedText(da: "Type", en: "Kind"),
        "evidenceIssued": LocalisedText(da: "Udstedt", en: "Issued"),
        "evidenceExpires": LocalisedText(da: "Udløber", en: "Expires"),
        "evidenceExpiresOptional": LocalisedText(da: "Udløber (valgfrit)", en: "Expires (optional)"),
        "evidenceRequirements": LocalisedText(da: "Dokumenterer kravene", en: "Documents the requirements"),
        "evidenceFile": LocalisedText(da: "Fil", en: "File"),
        "evidenceMissingFile": LocalisedText(da: "filen mangler i pakken", en: "the file is missing from the package"),
        "remove": LocalisedText(da: "Fjern", en: "Remove"),
        "addEvidence": LocalisedText(da: "Tilføj dokumentation", en: "Add evidence"),
        "addEvidenceFirst": LocalisedText(
            da: "Vælg og gem standarder, før der kan tilføjes dokumentation.",
            en: "Choose and save standards before adding evidence."),
        "upload": LocalisedText(da: "Tilføj", en: "Add"),
        "indicators": LocalisedText(da: "Indikatorer", en: "Indicators"),
        "indicatorsHelp": LocalisedText(
            da: "Indikatorværdierne kommer fra den indlæste pakke og bevares, når der gemmes.",
            en: "The indicator values come from the uploaded package and are kept when saving."),
        "indicatorMissing": LocalisedText(da: "ikke målt", en: "not measured"),
        "uploadPackage": LocalisedText(da: "Indlæs en færdig pakke", en: "Upload a finished package"),
        "uploadPackageHelp": LocalisedText(
            da:
                "En zip-fil med manifest.xml og dokumentation, som accredit init laver den. Den erstatter kladden, når den kan læses.",
            en:
                "A zip file with manifest.xml and the evidence, as accredit init lays it out. It replaces the draft when it can be read."
        ),
        "packageFile": LocalisedText(da: "Pakke (zip)", en: "Package (zip)"),
        "useAsDraft": LocalisedText(da: "Brug som kladde", en: "Use as draft"),
        "checkNow": LocalisedText(da: "Brug som kladde og tjek den nu", en: "Use as draft and check it now"),
        "problems": LocalisedText(da: "Det skal rettes", en: "To fix"),
        "maxSize": LocalisedText(da: "Højst", en: "At most"),
        "requirementsOf": LocalisedText(da: "Krav i", en: "Requirements of"),
    ]

    /// What a redirect after a form says, by its `notice` key.
    static let notices: [String: LocalisedText] = [
        "saved": LocalisedText(da: "Selvevalueringen er gemt.", en: "The self-evaluation is saved."),
        "savedRemoved": LocalisedText(
            da: "Selvevalueringen er gemt. Svar og dokumentation for fravalgte standarder er fjernet.",
            en: "The self-evaluation is saved. Answers and evidence of removed standards were removed."),
        "evidenceAdded": LocalisedText(da: "Dokumentationen er tilføjet.", en: "The evidence is added."),
        "evidenceRemoved": LocalisedText(da: "Dokumentationen er fjernet.", en: "The evidence is removed."),
        "uploaded": LocalisedText(da: "Pakken er indlæst som kladde.", en: "The package is now the draft."),
    ]

    static func problem(_ da: String, _ en: String) -> LocalisedText { LocalisedText(da: da, en: en) }
}
