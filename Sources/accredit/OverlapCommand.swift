import AccreditAuthoring
import AccreditCore
import ArgumentParser

struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "Show the declared relation matrix between the concern model and a sector standard.",
        discussion: """
            For each sector requirement: the concern requirements it relates to and whether the
            concern level covers it (equal or subset), partly covers it (superset or intersects)
            or not at all; then what the sector still owes itself and the requirements with no
            counterpart on either side. Computed from the standards alone, without a package.

            """ + AuthoringExitStatus.documentation("(not used)", clean: "the matrix was printed")
    )

    @Argument(help: "The concern standard id, e.g. kik-caf2020.")
    var concern: String

    @Argument(help: "The sector standard id, e.g. ddkm-kommune-2013.")
    var sector: String

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let catalogue = try rules.loadCatalogue(language: lang)
        let known = catalogue.standards.keys.sorted().joined(separator: ", ")
        guard let concernStandard = catalogue.standards[concern], concernStandard.level == .concern else {
            throw ExitStatus.usage(
                lang, da: "\"\(concern)\" er ikke en indlæst koncernstandard (indlæst: \(known))",
                en: "\"\(concern)\" is not a loaded concern standard (loaded: \(known))")
        }
        guard let sectorStandard = catalogue.standards[sector], sectorStandard.level == .sector else {
            throw ExitStatus.usage(
                lang, da: "\"\(sector)\" er ikke en indlæst sektorstandard (indlæst: \(known))",
                en: "\"\(sector)\" is not a loaded sector standard (loaded: \(known))")
        }
        print(
            OverlapMatrixText.render(OverlapMatrix(concern: concernStandard, sector: sectorStandard), language: lang),
            terminator: "")
    }
}
