import AccreditAuthoring
import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract:
            "Rank units per indicator as KKiK does: best 25 % green, middle 50 % yellow, worst 25 % red, grey without data.",
        // Wrapped for an 80-column terminal; ArgumentParser prints its own on one line.
        usage: "accredit compare <inputs> ... [--rules <dir> ...] [--format <format>]\n[--output <path>] [--lang <lang>]",
        discussion: """
            INPUT is a CSV export (a header with unit, indicator, period, value and direction, or Kommune, Nøgletal, \
            År, Værdi and Retning, or names mapped with --column; comma or semicolon separated; UTF-8 or Windows-1252 \
            as Excel saves it; decimal commas and 1.234,5 allowed; "–", "-", ".", ".." and empty cells are missing \
            data), a package, whose <indicator> values are compared by their unit with the period's end year as \
            period, or a folder of them. An indicator without a direction (from its column or the indicator rules) is \
            refused. Ties share the better rank and colour; see the README.


            """
                + HelpText.exitStatus([
                    (0, "compared"),
                    (2, "an input could not be read; the message names file and line"),
                    (64, "usage error"),
                ])
    )

    @Argument(help: "CSV files, package folders or zip files, or folders of them.", completion: .file())
    var inputs: [String]

    @OptionGroup var rules: RuleOptions

    @Option(help: "Output format: text, csv, json, html.")
    var format: ComparisonFormat = .text

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"),
        completion: .file())
    var output: String?

    @OptionGroup var language: LanguageOptions

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "Map a column of a CSV input: NAME=HEADER, NAME one of unit, indicator, period, value, direction; repeatable.",
            valueName: "name=header"))
    var columns: [String] = []

    func validate() throws {
        for mapping in columns {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, IndicatorTable.columnNames.contains(parts[0]), !parts[1].isEmpty else {
                throw ValidationError(
                    "--column \(mapping): write NAME=HEADER, NAME one of \(IndicatorTable.columnNames.joined(separator: ", ")).")
            }
        }
    }

    /// The files a folder stands for, as `check FOLDER` reads one: a package if it holds
    /// manifest.xml, else its CSV files, package folders and zip files, in name order.
    private func expand(_ input: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue,
            !FileManager.default.fileExists(atPath: input + "/manifest.xml")
        else { return [input] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).sorted()
        return names.filter { !$0.hasPrefix(".") }.map { input + "/" + $0 }.filter { path in
            let lower = path.lowercased()
            return lower.hasSuffix(".csv") || lower.hasSuffix(".zip")
                || FileManager.default.fileExists(atPath: path + "/manifest.xml")
        }
    }

    func run() throws {
        let lang = language.lang
        var observations: [IndicatorComparison.Observation] = []
        var directions: [String: IndicatorComparison.Direction] = [:]
        var mapping: [String: String] = [:]
        for entry in columns {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            mapping[parts[0]] = parts[1]
        }
        do {
            let folders = (try? rules.folders(language: lang)) ?? []
            let known = (try? CatalogueLoader().load(folders)).map(IndicatorDirections.from) ?? [:]
            let files = inputs.flatMap(expand)
            if files.isEmpty {
                throw AccreditError(
                    .unreadable, at: SourceLocation(file: inputs.joined(separator: " "), line: 0),
                    message: LocalisedText(
                        da: "ingen CSV-filer eller pakker at sammenligne", en: "no CSV files or packages to compare"),
                    hint: LocalisedText(
                        da: "Angiv CSV-filer, pakker eller en mappe med dem.",
                        en: "Name CSV files, packages or a folder holding them."))
            }
            for input in files {
                if input.lowercased().hasSuffix(".csv") {
                    guard let data = FileManager.default.contents(atPath: input) else {
                        throw AccreditError(
                            .unreadable, at: SourceLocation(file: input, line: 0),
                            message: LocalisedText(da: "filen kan ikke læses", en: "the file cannot be read"),
                            hint: LocalisedText(
                                da: "Tjek at filen findes og kan læses.", en: "Check that the file exists and is readable."))
                    }
                    let parsed = try IndicatorTable.parse(
                        IndicatorTable.decode([UInt8](data)), file: input, columns: mapping, directions: known)
                    observations += parsed.observations
                    directions.merge(parsed.directions) { first, _ in first }
                    continue
                }
                try PackageOpener().withPackage(input) { loaded in
                    let package = loaded.package
                    let unit = package.unitName.isEmpty ? package.unitID : package.unitName
                    for value in package.indicators.values.sorted(by: { $0.id < $1.id }) where !value.missing {
                        guard let direction = directions[value.id] ?? known[value.id] else {
                            throw AccreditError(
                                .invalid, at: SourceLocation(file: input, line: 0),
                                message: LocalisedText(
                                    da: "nøgletallet \(value.id) har ingen retning, så det kan ikke rangeres",
                                    en: "the indicator \(value.id) has no direction, so it cannot be ranked"),
                                hint: LocalisedText(
                                    da: "Tilføj en indikatorregel med parameteren direction (higher eller lower).",
                                    en: "Add an indicator rule with the direction parameter (higher or lower)."))
                        }
                        directions[value.id] = direction
                        observations.append(
                            .init(
                                unit: unit, indicator: value.id, period: String(value.periodEnd.description.prefix(4)),
                                value: value.value))
                    }
                }
            }
        } catch let error as AccreditError {
            StandardError.error(error, lang)
            throw ExitStatus.cannotEvaluate
        } catch let errors as AccreditErrors {
            for error in errors.errors { StandardError.error(error, lang) }
            throw ExitStatus.cannotEvaluate
        } catch {
            StandardError.error("\(error.localizedDescription)", lang)
            throw ExitStatus.cannotEvaluate
        }
        let results = IndicatorComparison(observations: observations, directions: directions).compare()
        let text = format.renderer.render(results, language: lang)
        if let output {
            try OutputFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}

extension ComparisonFormat: ExpressibleByArgument {}
