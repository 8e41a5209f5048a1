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
        discussion: """
            INPUT is a CSV export (a header with unit, indicator, period, value and optionally direction; comma or \
            semicolon separated; decimal commas allowed; "–", "-", ".", ".." and empty cells are missing data) or one or \
            more packages, whose <indicator> values are compared by their unit, with the period's end year as period and \
            each indicator's direction taken from the indicator rules. Ties share the better rank and colour; see the README.

            EXIT STATUS
              0   compared
              2   an input could not be read; the message names file and line
              64  usage error
            """
    )

    @Argument(help: "A CSV file, or package folders or zip files.")
    var inputs: [String]

    @OptionGroup var rules: RuleOptions

    @Option(help: "Output format: text, csv, json, html.")
    var format: ComparisonFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        var observations: [IndicatorComparison.Observation] = []
        var directions: [String: IndicatorComparison.Direction] = [:]
        do {
            if inputs.count == 1, inputs[0].lowercased().hasSuffix(".csv") {
                let text = try String(contentsOfFile: inputs[0], encoding: .utf8)
                let parsed = try IndicatorTable.parse(text, file: inputs[0])
                observations = parsed.observations
                directions = parsed.directions
            } else {
                let folders = (try? rules.folders(language: lang)) ?? []
                if let catalogue = try? CatalogueLoader().load(folders) {
                    directions = IndicatorDirections.from(catalogue)
                }
                for input in inputs {
                    try PackageOpener().withPackage(input) { loaded in
                        let package = loaded.package
                        let unit = package.unitName.isEmpty ? package.unitID : package.unitName
                        for value in package.indicators.values {
                            observations.append(
                                .init(
                                    unit: unit, indicator: value.id, period: String(value.periodEnd.description.prefix(4)),
                                    value: value.value))
                        }
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
        let text = ComparisonRenderer().render(results, format: format, language: lang)
        if let output {
            try OutputFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}

extension ComparisonFormat: ExpressibleByArgument {}
