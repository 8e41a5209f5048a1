import AccreditAuthoring
import AccreditCore
import Foundation
import Hummingbird

/// `/compare`: the units' indicator values side by side, coloured as KKiK colours key figures
/// and as `accredit compare` does (the same `IndicatorComparison`): per indicator, the units
/// with a value are ranked by its direction, the best quarter green, the worst quarter red, the
/// rest yellow, grey without data. The values come from each unit's latest evaluated run's
/// package, read on request; at most `pageSize` units per page, ranked among themselves.
struct ComparePage: Sendable {
    let server: ServerEnvironment

    static let pageSize = 200

    static let texts: [String: LocalisedText] = [
        "unit": LocalisedText(da: "Enhed", en: "Unit"),
        "caption": LocalisedText(da: "Nøgletal pr. enhed", en: "Indicators per unit"),
        "mean": LocalisedText(da: "Gennemsnit", en: "Mean"),
        "higher": LocalisedText(da: "højere er bedre", en: "higher is better"),
        "lower": LocalisedText(da: "lavere er bedre", en: "lower is better"),
        "rank": LocalisedText(da: "nr.", en: "no."),
        "change": LocalisedText(da: "ændring siden", en: "change since"),
        "noData": LocalisedText(da: "ingen data", en: "no data"),
        "legend": LocalisedText(da: "Farverne", en: "The colours"),
        "intro": LocalisedText(
            da:
                "Værdierne er fra hver enheds seneste evaluerede kørsel. Hvert nøgletal sammenligner enhederne på siden for det seneste år, der er værdier for. Farven siger, hvor enheden står i forhold til de andre, ikke om værdien er god.",
            en:
                "The values are from each unit's latest evaluated run. Each indicator compares the units on the page for the latest year with values. The colour says where a unit stands relative to the others, not whether the value is good."
        ),
        "fewUnits": LocalisedText(
            da: "Med færre end fire enheder med en værdi bliver ingen grønne eller røde.",
            en: "With fewer than four units with a value, nobody is green or red."),
        "noIndicators": LocalisedText(
            da: "Pakkerne på siden har ingen nøgletal at sammenligne.",
            en: "The packages on the page have no indicators to compare."),
        "noUnits": LocalisedText(
            da: "Ingen enheder med en evalueret kørsel passer til filteret.",
            en: "No units with an evaluated run match the filter."),
        "leftOut": LocalisedText(
            da: "Enheder uden en evalueret kørsel er ikke med: {n}.", en: "Units without an evaluated run are left out: {n}."),
        "unreadable": LocalisedText(
            da: "Pakken kunne ikke læses for: {units}.", en: "The package could not be read for: {units}."),
        "page": LocalisedText(da: "Side {page} af {pages}", en: "Page {page} of {pages}"),
        "previous": LocalisedText(da: "Forrige side", en: "Previous page"),
        "next": LocalisedText(da: "Næste side", en: "Next page"),
        "paging": LocalisedText(da: "Sider", en: "Pages"),
        "pageNote": LocalisedText(
            da: "Farverne rangerer kun enhederne på denne side.", en: "The colours rank only the units on this page."),
    ]

    /// The colour in words, with the share of units it stands for (as the command line says it).
    static func colourName(_ colour: IndicatorComparison.Colour) -> LocalisedText {
        switch colour {
        case .green: return LocalisedText(da: "grøn (bedste 25 %)", en: "green (best 25 %)")
        case .yellow: return LocalisedText(da: "gul (midterste 50 %)", en: "yellow (middle 50 %)")
        case .red: return LocalisedText(da: "rød (dårligste 25 %)", en: "red (worst 25 %)")
        case .grey: return LocalisedText(da: "grå (ingen data)", en: "grey (no data)")
        }
    }

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let language = context.language
        let query = PageQuery(request)
        let filter = UnitFilter(query)
        let all = try await UnitRuns.load(server, for: user)
        let admitted = all.filter { filter.admits($0.unit, standards: $0.checked?.standards ?? []) }
        let comparable = admitted.filter { $0.checked != nil }
        let pages = max(1, (comparable.count + Self.pageSize - 1) / Self.pageSize)
        let page = min(pages, max(1, query.get("page").flatMap { Int($0) } ?? 1))
        let onPage = Array(comparable.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize))

        // One check slot for the whole page, taken before any package is fetched, and packages
        // read a few at a time keeping only their values: a page of 200 units never holds 200
        // zips at once, however many people open it together.
        await server.slots.wait()
        var read = IndicatorValues.Read()
        do {
            for chunk in stride(from: 0, to: onPage.count, by: 4) {
                var sources: [IndicatorValues.Source] = []
                for entry in onPage[chunk..<min(chunk + 4, onPage.count)] {
                    guard let run = entry.checked, let zip = try await server.store.package(run: run.id) else { continue }
                    sources.append(.init(unit: entry.unit.id, run: run.id, zip: zip))
                }
                let part = await IndicatorValues(limits: server.checker.limits).read(sources)
                read.observations += part.observations
                read.measures.merge(part.measures) { first, _ in first }
            }
        } catch {
            await server.slots.signal()
            throw error
        }
        await server.slots.signal()
        let results = IndicatorComparison(
            observations: read.observations, directions: IndicatorDirections.from(server.checker.catalogue)
        ).compare()

        var values: [String: Any] = [
            "filter": filter.values(standards: all.flatMap { $0.checked?.standards ?? [] }, language: language),
            "filtered": filter.isActive,
            "noUnits": onPage.isEmpty,
            "noIndicators": !onPage.isEmpty && results.isEmpty,
            "legend": IndicatorComparison.Colour.allCases.map {
                ["colour": $0.rawValue, "name": Self.colourName($0).text(language)]
            },
            "fewUnits": onPage.count < 4,
        ]
        if !results.isEmpty {
            values["hasTable"] = true
            values["indicators"] = results.map { column($0, measure: read.measures[$0.indicator], language) }
            values["rows"] = onPage.map { row($0, results, measures: read.measures, language) }
        }
        let leftOut = admitted.count - comparable.count
        if leftOut > 0 {
            values["leftOut"] = Self.texts["leftOut"]!.text(language).replacingOccurrences(
                of: "{n}", with: ReadingFormat.integer(leftOut, language))
        }
        let unreadable = Set(read.unreadable)
        if !unreadable.isEmpty {
            let names = onPage.filter { unreadable.contains($0.unit.id) }.map(\.unit.name).joined(separator: ", ")
            values["unreadable"] = Self.texts["unreadable"]!.text(language).replacingOccurrences(of: "{units}", with: names)
        }
        if pages > 1 {
            values["paging"] = paging(page: page, pages: pages, filter: filter, language: language)
        }
        return PageRenderer.shared.page(
            "compare", title: PageTexts.common["compare"]!, values: values, context: context,
            texts: Self.texts.merging(UnitFilter.texts) { page, _ in page })
    }

    /// A column's head: the indicator, the year compared, its direction, the mean.
    func column(_ result: IndicatorComparison.Result, measure: String?, _ language: Language) -> [String: Any] {
        var column: [String: Any] = [
            "id": result.indicator, "period": result.period,
            "direction": Self.texts[result.direction.rawValue]!.text(language),
        ]
        if let mean = result.mean { column["mean"] = Self.shown(mean, measure: measure, language) }
        return column
    }

    /// A unit's row: one cell per indicator, in its colour.
    func row(
        _ entry: UnitRuns, _ results: [IndicatorComparison.Result], measures: [String: String], _ language: Language
    ) -> [String: Any] {
        let cells = results.map { result -> [String: Any] in
            let placement = result.placements.first { $0.unit == entry.unit.id }
            let colour = placement?.colour ?? .grey
            var cell: [String: Any] = ["colour": colour.rawValue, "colourName": Self.colourName(colour).text(language)]
            if let placement, let value = placement.value {
                cell["value"] = Self.shown(value, measure: measures[result.indicator], language)
                if let rank = placement.rank { cell["rank"] = ReadingFormat.integer(rank, language) }
                if let change = placement.change, let previous = result.previousPeriod {
                    cell["change"] = (change > 0 ? "+" : "") + language.decimal(change, fractionDigits: 2)
                    cell["since"] = previous
                }
            }
            return cell
        }
        var row: [String: Any] = ["name": entry.unit.name, "href": PagePath.unit(entry.unit.id), "cells": cells]
        if let run = entry.checked { row["runHref"] = "/runs/\(run.id)" }
        return row
    }

    /// A value with its measure: `84 %`, `12,5 dage`.
    static func shown(_ value: Double, measure: String?, _ language: Language) -> String {
        let number = language.decimal(value, fractionDigits: 2)
        guard let measure, !measure.isEmpty else { return number }
        return number + " " + measure
    }

    /// Links to the pages before and after, keeping the filter.
    func paging(page: Int, pages: Int, filter: UnitFilter, language: Language) -> [String: Any] {
        func href(_ number: Int) -> String { "/compare" + QueryString.make(filter.query + [("page", String(number))]) }
        var paging: [String: Any] = [
            "label": Self.texts["page"]!.text(language)
                .replacingOccurrences(of: "{page}", with: ReadingFormat.integer(page, language))
                .replacingOccurrences(of: "{pages}", with: ReadingFormat.integer(pages, language))
        ]
        if page > 1 { paging["previous"] = href(page - 1) }
        if page < pages { paging["next"] = href(page + 1) }
        return paging
    }
}
