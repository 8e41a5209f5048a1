import AccreditAuthoring
import AccreditCore
import ArgumentParser
import Foundation

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Work with a package's indicator values.",
        subcommands: [IndicatorsImportCommand.self]
    )
}

struct IndicatorsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import indicator values from a Kolada export into a package's manifest.",
        discussion: """
            FILE is CSV with the columns municipality (or unit), kpi, period (a year) and value, \
            optionally gender and status, comma or semicolon separated; or Kolada's JSON \
            ({"values": [{"kpi", "municipality", "period", "values": [{"gender", "status", \
            "value"}]}]}). A value with a status, null, empty or "–", "-", ".", ".." is written \
            as missing="true", not as zero. With --package the entries are added to the \
            package's manifest.xml, which is rewritten whole or not at all; values it already \
            has are kept, and a different value for an indicator and period it has stops the \
            import with both places named. Without --package the entries are printed.

            """
                + HelpText.exitStatus([
                    (0, "imported (or printed)"),
                    (2, "FILE or the manifest cannot be read, or a value conflicts; nothing is written"),
                    (64, "usage error"),
                ])
    )

    @Argument(help: "The Kolada export (CSV or JSON).", completion: .file(extensions: ["csv", "json"]))
    var file: String

    @Option(help: ArgumentHelp("The package folder whose manifest.xml gets the values.", valueName: "folder"))
    var package: String?

    @Option(
        help: ArgumentHelp("Take the rows of this municipality or unit (needed when the export has several).", valueName: "id"))
    var municipality: String?

    @Option(help: ArgumentHelp("Which gender's values to take when the export has them.", valueName: "gender"))
    var gender = "T"

    @Option(help: ArgumentHelp("Write KPI under the manifest's indicator id; repeatable.", valueName: "kpi=id"))
    var map: [String] = []

    @Option(
        help: ArgumentHelp("The unit to write (default: the manifest's unit for that indicator, else none).", valueName: "unit"))
    var unit: String?

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        for pair in map where pair.split(separator: "=").count != 2 {
            throw ValidationError("--map needs KPI=ID, not \"\(pair)\".")
        }
    }

    func run() throws {
        let lang = language.lang
        let mapping = Dictionary(
            map.map { pair in
                let parts = pair.split(separator: "=")
                return (String(parts[0]), String(parts[1]))
            },
            uniquingKeysWith: { _, last in last })
        do {
            let export = try KoladaExport(Array(try read(file)), name: file)
            guard let package else {
                let entries = try IndicatorImport(
                    export, municipality: municipality, gender: gender, mapping: mapping, unit: unit)
                print(entries.entries.map(\.element).joined(separator: "\n"), terminator: entries.entries.isEmpty ? "" : "\n")
                return
            }
            let manifestPath = (package as NSString).appendingPathComponent(PackageLoader.manifestName)
            let loaded = try PackageLoader().load(package).package
            var existing: [String: [EvaluationPackage.IndicatorValue]] = [:]
            for id in loaded.indicators.keys { existing[id] = loaded.series(id) }
            let entries = try IndicatorImport(
                export, municipality: municipality, gender: gender, mapping: mapping, unit: unit, existing: existing)
            let manifest = String(decoding: try read(manifestPath), as: UTF8.self)
            guard let merged = entries.merged(into: manifest) else {
                StandardError.error(
                    LocalisedText(da: "\(manifestPath): mangler </package>", en: "\(manifestPath): no </package>"), lang)
                throw ExitStatus.cannotEvaluate
            }
            if merged != manifest { try OutputFile.write(merged, to: manifestPath) }
            StandardError.write(
                lang == .da
                    ? "\(manifestPath): \(entries.entries.count) værdier tilføjet, \(entries.alreadyPresent) fandtes allerede"
                    : "\(manifestPath): \(entries.entries.count) values added, \(entries.alreadyPresent) already there")
        } catch let error as AccreditError {
            StandardError.error(error, lang)
            throw ExitStatus.cannotEvaluate
        } catch let errors as AccreditErrors {
            for error in errors.errors { StandardError.error(error, lang) }
            throw ExitStatus.cannotEvaluate
        }
    }

    private func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AccreditError(
                .unreadable, at: SourceLocation(file: path, line: 0),
                message: LocalisedText(da: "filen kan ikke læses", en: "the file cannot be read"),
                hint: LocalisedText(da: "Kontrollér stien.", en: "Check the path."))
        }
    }
}
