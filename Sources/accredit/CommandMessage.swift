import AccreditCore

/// What the command line itself says to people, each message a value with its Danish and
/// English text side by side. Messages about packages and rule files come from the core;
/// these are the ones only a command line has.
enum CommandMessage {
    static let errorPrefix = LocalisedText(da: "fejl: ", en: "error: ")

    static let noRules = LocalisedText(
        da: "fandt ingen regler; angiv mapper med --rules eller ACCREDIT_RULES",
        en: "found no rules; name their folders with --rules or ACCREDIT_RULES")

    static func cannotWrite(_ path: String, _ reason: Any) -> LocalisedText {
        LocalisedText(da: "kan ikke skrive \(path): \(reason)", en: "cannot write \(path): \(reason)")
    }

    static func noPackages(in folder: String) -> LocalisedText {
        LocalisedText(da: "\(folder): ingen pakker i mappen", en: "\(folder): no packages in the folder")
    }

    static func wrote(_ path: String) -> LocalisedText {
        LocalisedText(da: "skrev \(path)", en: "wrote \(path)")
    }

    static func coverageBelow(_ percent: Int, minimum: Int) -> LocalisedText {
        LocalisedText(
            da: "dækning \(percent) % er under --min-coverage \(minimum) %",
            en: "coverage \(percent) % is below --min-coverage \(minimum) %")
    }

    static func requirementsInError(_ ids: [String]) -> LocalisedText {
        let list = ids.joined(separator: ", ")
        return LocalisedText(
            da: "disse krav kunne ikke vurderes (se rapporten): \(list)",
            en: "these requirements could not be evaluated (see the report): \(list)")
    }

    static func noBatchDocument(_ format: String) -> LocalisedText {
        LocalisedText(
            da: "flere pakker kan ikke samles i ét \(format)-dokument på standard output; brug --report \(format):MAPPE "
                + "(én fil pr. pakke) eller --format text, json, junit, sarif eller codeclimate",
            en: "several packages cannot be put in one \(format) document on standard output; use --report \(format):FOLDER "
                + "(one file per package) or --format text, json, junit, sarif or codeclimate")
    }

    static func reportsNamed(_ package: String, _ name: String) -> LocalisedText {
        LocalisedText(
            da: "rapporterne for \(package) hedder \(name).*, da en anden pakke har samme navn",
            en: "the reports of \(package) are named \(name).*, as another package has the same name")
    }
}
