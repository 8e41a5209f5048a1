import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// `/admin/units`: the units as their hierarchy (each under its parent, with its children), and
/// a form to create one, checked by `UnitForm` like the API's.
///
/// Fields: `id`, `name`, `level`, `parent`.
struct AdminUnits: Sendable {
    let server: ServerEnvironment

    var store: any Store { server.store }

    func register(on router: some RouterMethods<ServerContext>) {
        router.get("admin/units", use: EditingPage.guarded(list))
        router.post("admin/units", use: EditingPage.guarded(create))
    }

    struct Entered {
        var id = ""
        var name = ""
        var level = Level.sector.rawValue
        var parent = ""
    }

    /// The units in hierarchy order, each with its depth: roots by id, children under their parent.
    static func tree(_ units: [Unit]) -> [(unit: Unit, depth: Int)] {
        let ids = Set(units.map(\.id))
        let children = Dictionary(grouping: units.filter { $0.parent.map(ids.contains) ?? false }, by: { $0.parent! })
        var out: [(Unit, Int)] = []
        var seen = Set<String>()
        func visit(_ unit: Unit, _ depth: Int) {
            guard seen.insert(unit.id).inserted else { return }
            out.append((unit, depth))
            for child in (children[unit.id] ?? []).sorted(by: { $0.id < $1.id }) { visit(child, depth + 1) }
        }
        for root in units.filter({ !($0.parent.map(ids.contains) ?? false) }).sorted(by: { $0.id < $1.id }) {
            visit(root, 0)
        }
        // A cycle a store should never hold would leave units unvisited: list them at the top level.
        for unit in units.sorted(by: { $0.id < $1.id }) where !seen.contains(unit.id) { visit(unit, 0) }
        return out
    }

    func page(
        _ context: ServerContext, notice: String? = nil, problems: [LocalisedText] = [], entered: Entered = Entered(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let units = try await store.units()
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let rows = Self.tree(units).map { row -> [String: Any] in
            let children = units.filter { $0.parent == row.unit.id }.sorted { $0.id < $1.id }
            return [
                "unitID": row.unit.id, "unitName": row.unit.name, "depth": min(row.depth, 6),
                "levelName": AdminTexts.level(row.unit.level).text(language),
                "hasParent": row.unit.parent != nil,
                "parentName": row.unit.parent.map { names[$0] ?? $0 } ?? "",
                "parentID": row.unit.parent ?? "",
                "childList": children.map(\.name).joined(separator: ", "),
            ]
        }
        var values: [String: Any] = [
            "rows": rows,
            "hasRows": !rows.isEmpty,
            "levels": Level.allCases.map {
                [
                    "value": $0.rawValue, "label": AdminTexts.level($0).text(language),
                    "selected": $0.rawValue == entered.level,
                ]
            },
            "parentChoices": units.sorted { $0.id < $1.id }.map {
                ["value": $0.id, "label": "\($0.name) (\($0.id))", "selected": $0.id == entered.parent]
            },
            "noParentSelected": entered.parent.isEmpty,
            "enteredID": entered.id,
            "enteredName": entered.name,
            "hasProblems": !problems.isEmpty,
            "problemList": problems.map { $0.text(language) },
        ]
        if let notice { values["notice"] = notice }
        return PageRenderer.shared.page(
            "admin-units", title: AdminTexts.unitsTitle, values: values, context: context, texts: AdminTexts.page,
            status: status)
    }

    @Sendable func list(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try AdminRoutes.admin(request, context)
        return try await page(context, notice: EditingPage.notice(request, AdminTexts.notices, context.language))
    }

    @Sendable func create(_ request: Request, context: ServerContext) async throws -> Response {
        let admin = try AdminRoutes.admin(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        let entered = Entered(
            id: (form["id"] ?? "").trimmingCharacters(in: .whitespaces), name: form["name"] ?? "",
            level: form["level"] ?? "", parent: form["parent"] ?? "")
        // The same checks as UnitForm's, said in the page's language; UnitForm then builds the unit.
        var problems: [LocalisedText] = []
        func problem(_ da: String, _ en: String) { problems.append(LocalisedText(da: da, en: en)) }
        if !Unit.isValidID(entered.id) {
            problem(
                "Et enheds-id er 1 til 100 bogstaver, cifre, '-', '_' eller '.', og begynder med et bogstav eller ciffer.",
                "A unit id is 1 to 100 letters, digits, '-', '_' or '.', starting with a letter or digit.")
        }
        let name = EvaluationForm.oneLine(entered.name)
        if name.isEmpty || entered.name.unicodeScalars.count > 200 {
            problem("Navnet er 1 til 200 tegn.", "The name is 1 to 200 characters.")
        }
        if Level(rawValue: entered.level) == nil { problem("Vælg et niveau.", "Choose a level.") }
        let known = Set(try await store.units().map(\.id))
        if !entered.parent.isEmpty && (!known.contains(entered.parent) || entered.parent == entered.id) {
            problem("Vælg en eksisterende overordnet enhed.", "Choose an existing parent unit.")
        }
        if known.contains(entered.id) {
            problem(
                "Der findes allerede en enhed med id'et \"\(entered.id)\".",
                "A unit with the id \"\(entered.id)\" exists already.")
        }
        guard problems.isEmpty else {
            return try await page(context, problems: problems, entered: entered, status: .badRequest)
        }
        let unit: Unit
        do {
            unit = try UnitForm.validate(id: entered.id, name: name, level: entered.level, parent: entered.parent)
            try await store.createUnit(unit)
        } catch let error as APIError {
            return try await page(
                context, problems: [LocalisedText(da: error.message, en: error.message)], entered: entered,
                status: error.status)
        } catch StoreError.conflict {
            return try await page(
                context,
                problems: [
                    LocalisedText(
                        da: "Der findes allerede en enhed med id'et \"\(entered.id)\".",
                        en: "A unit with the id \"\(entered.id)\" exists already.")
                ], entered: entered, status: .conflict)
        } catch StoreError.missing {
            return try await page(
                context,
                problems: [
                    LocalisedText(da: "Den overordnede enhed findes ikke.", en: "The parent unit does not exist.")
                ], entered: entered, status: .badRequest)
        }
        try await server.audit(admin.name, "unit.create", "unit:\(unit.id)", "\(unit.name) (\(unit.level.rawValue))")
        return EditingPage.redirect("/admin/units", notice: "unitCreated")
    }
}
