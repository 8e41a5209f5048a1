import AccreditAuthoring
import AccreditCore
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start an evaluation package for a unit from one or more standards.",
        discussion: """
            Writes DIR/manifest.xml claiming the standards, with every requirement listed as a
            comment saying what to supply and an example entry to copy, and DIR/evidence/.
            `accredit check DIR` accepts the new package and reports it not ready until it is
            filled in. The assessment date defaults to today; the period to the year before.

            """ + AuthoringExitStatus.documentation("(not used)", clean: "the package was written")
                + "\n  (an existing manifest.xml in DIR is never overwritten: exit 64)"
    )

    @Option(name: .customLong("standard"), help: ArgumentHelp("A standard the package claims; repeatable.", valueName: "id"))
    var standards: [String] = []

    @Option(name: .customLong("unit"), help: ArgumentHelp("The unit's name.", valueName: "name"))
    var unit: String = "Enhed"

    @Option(name: .customLong("organisation"), help: ArgumentHelp("The municipality's name.", valueName: "name"))
    var organisation: String = "Kommune"

    @Option(name: .customLong("date"), help: ArgumentHelp("Assessment date, YYYY-MM-DD. Default: today.", valueName: "date"))
    var date: String?

    @Argument(help: "The package folder to create.")
    var directory: String

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if standards.isEmpty { throw ValidationError("name at least one --standard.") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date must be written YYYY-MM-DD, not \"\(date)\".") }
    }

    func run() throws {
        let lang = language.lang
        let catalogue = try rules.loadCatalogue(language: lang)
        var claimed: [Standard] = []
        for id in standards {
            guard let standard = catalogue.standards[id] else {
                let known = catalogue.standards.keys.sorted().joined(separator: ", ")
                throw ExitStatus.usage(
                    lang, da: "ukendt standard \"\(id)\" (kendte: \(known))",
                    en: "unknown standard \"\(id)\" (known: \(known))")
            }
            claimed.append(standard)
        }
        let manifest = directory + "/" + PackageLoader.manifestName
        if FileManager.default.fileExists(atPath: manifest) {
            throw ExitStatus.usage(
                lang, da: "\(manifest) findes allerede; vælg en ny mappe",
                en: "\(manifest) already exists; choose a new folder")
        }
        let day = date.flatMap(Day.init(iso:)) ?? Self.today()
        let template = PackageTemplate(
            standards: claimed, organisation: organisation, unitName: unit,
            assessmentDate: day, language: lang)
        do {
            for file in template.files(in: catalogue) { try OutputFile.write(file.text, to: directory + "/" + file.path) }
        } catch {
            StandardError.write((lang == .da ? "fejl: kan ikke skrive " : "error: cannot write ") + "\(directory): \(error)")
            throw ExitStatus.cannotEvaluate
        }
        print(lang == .da ? "skrev \(manifest)" : "wrote \(manifest)")
    }

    /// Today's date in the local calendar; the only clock read, at the edge.
    static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
        return Day(iso: text) ?? Day(ordinal: 0)
    }
}
