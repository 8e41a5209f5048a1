import AccreditCore
import Foundation
import Hummingbird

/// The dashboard's, the expiring list's and the comparison's filter: units of one level, and
/// units whose latest checked run claims one standard (`id version`, as runs store them). Read
/// from a GET form, so filtering needs no script and a filtered page can be bookmarked.
struct UnitFilter: Sendable, Equatable {
    var level: Level?
    var standard: String?

    static let texts: [String: LocalisedText] = [
        "filter": LocalisedText(da: "Filtrér", en: "Filter"),
        "level": LocalisedText(da: "Niveau", en: "Level"),
        "standard": LocalisedText(da: "Standard", en: "Standard"),
        "allLevels": LocalisedText(da: "Alle niveauer", en: "All levels"),
        "allStandards": LocalisedText(da: "Alle standarder", en: "All standards"),
        "show": LocalisedText(da: "Vis", en: "Show"),
        "clearFilter": LocalisedText(da: "Nulstil", en: "Clear"),
    ]

    init(level: Level? = nil, standard: String? = nil) {
        self.level = level
        self.standard = standard
    }

    /// The filter a request asks for; unknown or empty values mean "all".
    init(_ request: Request) {
        self.init(PageQuery(request))
    }

    init(_ query: PageQuery) {
        level = query.get("level").flatMap(Level.init(rawValue:))
        let standard = query.get("standard")?.trimmingCharacters(in: .whitespaces) ?? ""
        self.standard = standard.isEmpty || standard.utf8.count > 200 ? nil : standard
    }

    var isActive: Bool { level != nil || standard != nil }

    /// Whether `unit`, whose latest checked run claims `standards`, passes.
    func admits(_ unit: Unit, standards: [String]) -> Bool {
        if let level, unit.level != level { return false }
        if let standard, !standards.contains(standard) { return false }
        return true
    }

    /// The level in words: `koncern` / `concern`.
    static func levelName(_ level: Level) -> LocalisedText {
        switch level {
        case .concern: return LocalisedText(da: "koncern", en: "concern")
        case .sector: return LocalisedText(da: "sektor", en: "sector")
        }
    }

    /// The form's choices as template values: levels, and the standards the shown runs claim.
    func values(standards: some Sequence<String>, language: Language) -> [String: Any] {
        let levels: [[String: Any]] = Level.allCases.map { level in
            ["value": level.rawValue, "name": Self.levelName(level).text(language), "selected": level == self.level]
        }
        var choices = Set(standards)
        if let standard { choices.insert(standard) }
        let standardValues: [[String: Any]] = choices.sorted().map { standard in
            ["value": standard, "selected": standard == self.standard]
        }
        return ["levels": levels, "standards": standardValues, "active": isActive]
    }

    /// The filter as query parameters, for links that keep it (paging).
    var query: [(String, String)] {
        var pairs: [(String, String)] = []
        if let level { pairs.append(("level", level.rawValue)) }
        if let standard { pairs.append(("standard", standard)) }
        return pairs
    }
}

/// A query string built from pairs, each value percent-encoded.
enum QueryString {
    static func make(_ pairs: [(String, String)]) -> String {
        let parts = pairs.map { name, value in name + "=" + PagePath.segment(value) }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}
