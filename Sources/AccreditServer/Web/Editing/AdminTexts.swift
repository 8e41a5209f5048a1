import AccreditCore

/// The words of the administration pages and the password page, in Danish and English.
enum AdminTexts {
    static let overviewTitle = LocalisedText(da: "Administration", en: "Administration")
    static let usersTitle = LocalisedText(da: "Brugere", en: "Users")
    static let tokenTitle = LocalisedText(da: "Ny API-nøgle", en: "New API token")
    static let unitsTitle = LocalisedText(da: "Enheder", en: "Units")
    static let auditTitle = LocalisedText(da: "Revisionslog", en: "Audit log")
    static let passwordTitle = LocalisedText(da: "Skift adgangskode", en: "Change password")

    static let page: [String: LocalisedText] = [
        "usersLink": LocalisedText(da: "Brugere og API-nøgler", en: "Users and API tokens"),
        "usersHelp": LocalisedText(
            da: "Opret brugere, giv dem roller og enheder, og udsted API-nøgler til pipelines.",
            en: "Create users, give them roles and units, and issue API tokens for pipelines."),
        "unitsLink": LocalisedText(da: "Enheder", en: "Units"),
        "unitsHelp": LocalisedText(
            da: "Opret enheder under koncernen og se hierarkiet.", en: "Create units under the concern and see the hierarchy."),
        "auditLink": LocalisedText(da: "Revisionslog", en: "Audit log"),
        "auditHelp": LocalisedText(
            da: "Hvem ændrede hvad og hvornår. Loggen kan kun tilføjes til.",
            en: "Who changed what, and when. The log can only be appended to."),
        "passwordLink": LocalisedText(da: "Skift din egen adgangskode", en: "Change your own password"),
        "name": LocalisedText(da: "Navn", en: "Name"),
        "role": LocalisedText(da: "Rolle", en: "Role"),
        "unitsColumn": LocalisedText(da: "Enheder", en: "Units"),
        "allUnits": LocalisedText(da: "alle", en: "all"),
        "createUser": LocalisedText(da: "Opret bruger", en: "Create user"),
        "userUnits": LocalisedText(
            da: "Enheder (kun for kvalitetskoordinatorer for en enhed)", en: "Units (only for unit quality coordinators)"),
        "token": LocalisedText(da: "API-nøgle", en: "API token"),
        "tokenLabel": LocalisedText(da: "Formål (valgfrit)", en: "Purpose (optional)"),
        "issueToken": LocalisedText(da: "Udsted API-nøgle", en: "Issue API token"),
        "tokenShownOnce": LocalisedText(
            da: "Kopiér nøglen nu: den vises kun denne ene gang, og serveren gemmer kun et aftryk af den.",
            en: "Copy the token now: it is shown this once only, and the server keeps only a digest of it."),
        "tokenUse": LocalisedText(
            da: "Send den som \"Authorization: Bearer NØGLE\" til /api/v1.",
            en: "Send it as \"Authorization: Bearer TOKEN\" to /api/v1."),
        "tokenFor": LocalisedText(da: "Nøgle til", en: "Token for"),
        "backToUsers": LocalisedText(da: "Tilbage til brugerne", en: "Back to the users"),
        "unitID": LocalisedText(da: "Id (som i pakkens <unit id>)", en: "Id (as in the package's <unit id>)"),
        "unitName": LocalisedText(da: "Navn", en: "Name"),
        "level": LocalisedText(da: "Niveau", en: "Level"),
        "parent": LocalisedText(da: "Overordnet enhed", en: "Parent unit"),
        "noParent": LocalisedText(da: "– ingen –", en: "– none –"),
        "children": LocalisedText(da: "Underordnede enheder", en: "Child units"),
        "createUnit": LocalisedText(da: "Opret enhed", en: "Create unit"),
        "noUnits": LocalisedText(da: "Ingen enheder endnu.", en: "No units yet."),
        "editEvaluation": LocalisedText(da: "Selvevaluering", en: "Self-evaluation"),
        "when": LocalisedText(da: "Tidspunkt", en: "When"),
        "actor": LocalisedText(da: "Hvem", en: "Who"),
        "action": LocalisedText(da: "Handling", en: "Action"),
        "object": LocalisedText(da: "Objekt", en: "Object"),
        "detail": LocalisedText(da: "Detaljer", en: "Detail"),
        "auditLimit": LocalisedText(da: "De nyeste 500 hændelser, nyeste først.", en: "The newest 500 events, newest first."),
        "noAudit": LocalisedText(da: "Loggen er tom.", en: "The log is empty."),
        "currentPassword": LocalisedText(da: "Nuværende adgangskode", en: "Current password"),
        "newPassword": LocalisedText(da: "Ny adgangskode", en: "New password"),
        "repeatPassword": LocalisedText(da: "Gentag den nye adgangskode", en: "Repeat the new password"),
        "changePassword": LocalisedText(da: "Skift adgangskode", en: "Change password"),
        "problems": LocalisedText(da: "Det skal rettes", en: "To fix"),
    ]

    static let notices: [String: LocalisedText] = [
        "userCreated": LocalisedText(da: "Brugeren er oprettet.", en: "The user is created."),
        "unitCreated": LocalisedText(da: "Enheden er oprettet.", en: "The unit is created."),
        "passwordChanged": LocalisedText(da: "Adgangskoden er skiftet.", en: "The password is changed."),
    ]

    static func level(_ level: Level) -> LocalisedText {
        switch level {
        case .concern: return LocalisedText(da: "koncern", en: "concern")
        case .sector: return LocalisedText(da: "sektor", en: "sector")
        }
    }

    static func passwordRule(_ language: Language) -> String {
        language == .da
            ? "mindst \(Passwords.minimumLength) tegn" : "at least \(Passwords.minimumLength) characters"
    }
}
