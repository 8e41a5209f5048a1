import AccreditCore

/// The words every page shares, in Danish and English. Each page adds its own beside its route.
enum PageTexts {
    static let common: [String: LocalisedText] = [
        "appName": LocalisedText(da: "accredit", en: "accredit"),
        "dashboard": LocalisedText(da: "Overblik", en: "Dashboard"),
        "units": LocalisedText(da: "Enheder", en: "Units"),
        "expiring": LocalisedText(da: "Dokumentation der udløber", en: "Expiring evidence"),
        "compare": LocalisedText(da: "Sammenlign nøgletal", en: "Compare indicators"),
        "admin": LocalisedText(da: "Administration", en: "Administration"),
        "account": LocalisedText(da: "Skift adgangskode", en: "Change password"),
        "signOut": LocalisedText(da: "Log ud", en: "Sign out"),
        "signIn": LocalisedText(da: "Log ind", en: "Sign in"),
        "signedInAs": LocalisedText(da: "Logget ind som", en: "Signed in as"),
        "userName": LocalisedText(da: "Brugernavn", en: "User name"),
        "password": LocalisedText(da: "Adgangskode", en: "Password"),
        "skip": LocalisedText(da: "Spring til indhold", en: "Skip to content"),
        "verdict": LocalisedText(da: "Vurdering", en: "Verdict"),
        "shareMet": LocalisedText(da: "Andel opfyldt", en: "Share met"),
        "lastRun": LocalisedText(da: "Seneste kørsel", en: "Last run"),
        "noRuns": LocalisedText(da: "Ingen kørsler endnu", en: "No runs yet"),
        "footer": LocalisedText(
            da: "accredit: kvalitetsarbejde på koncern- og sektorniveau", en: "accredit: quality work at concern and sector level"
        ),
    ]

    static func role(_ role: Role) -> LocalisedText {
        switch role {
        case .admin: return LocalisedText(da: "administrator", en: "administrator")
        case .concern: return LocalisedText(da: "kvalitetskoordinator, koncern", en: "concern quality coordinator")
        case .unit: return LocalisedText(da: "kvalitetskoordinator, enhed", en: "unit quality coordinator")
        case .reader: return LocalisedText(da: "læser", en: "reader")
        }
    }

    static func verdict(_ decision: String?) -> LocalisedText {
        switch decision {
        case "ready": return LocalisedText(da: "klar", en: "ready")
        case "ready-with-remarks": return LocalisedText(da: "klar med bemærkninger", en: "ready with remarks")
        case "not-ready": return LocalisedText(da: "ikke klar", en: "not ready")
        case "undetermined": return LocalisedText(da: "uafklaret", en: "undetermined")
        default: return LocalisedText(da: "ikke evalueret", en: "not evaluated")
        }
    }
}
