import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// The self-evaluation editor of a unit, for the users who may check it (`Access.checkableUnit`:
/// 404 for units they cannot see, 403 for readers):
///
/// - `GET /units/{unit}/evaluation`: the draft (or a new package for the unit) as a form.
/// - `POST /units/{unit}/evaluation`: saves the header, claims, answers and exemptions.
/// - `POST /units/{unit}/evaluation/evidence` (multipart): adds a document;
///   `POST /units/{unit}/evaluation/evidence/remove` removes one.
/// - `POST /units/{unit}/evaluation/check`: checks the draft and stores a run, as the API does.
/// - `GET /units/{unit}/evaluation/package.zip`: the draft as `accredit check` takes it.
/// - `POST /units/{unit}/evaluation/upload` (multipart): a package made elsewhere becomes the
///   draft when the core reads it, and is checked at once when asked.
///
/// Every draft is read back by the core before it is stored, and every change is audited.
struct EvaluationRoutes: Sendable {
    let server: ServerEnvironment

    var store: any Store { server.store }
    var access: Access { Access(store: server.store) }
    var reader: DraftReader { DraftReader(server: server) }
    var catalogue: Catalogue { server.checker.catalogue }
    /// Multipart bodies carry the file plus a few fields and their boundaries.
    var multipartLimit: Int { server.settings.maxUploadBytes + (64 << 10) }

    func register(on router: some RouterMethods<ServerContext>) {
        router.get("units/:unit/evaluation", use: EditingPage.guarded(show))
        router.post("units/:unit/evaluation", use: EditingPage.guarded(save))
        router.post("units/:unit/evaluation/check", use: EditingPage.guarded(check))
        router.get("units/:unit/evaluation/package.zip", use: EditingPage.guarded(download))
        router.post("units/:unit/evaluation/evidence", use: EditingPage.guarded(addEvidence))
        router.post("units/:unit/evaluation/evidence/remove", use: EditingPage.guarded(removeEvidence))
        router.post("units/:unit/evaluation/upload", use: EditingPage.guarded(upload))
    }

    // MARK: The draft

    /// The unit's draft as the editor shows it.
    struct Current {
        var draft: DraftPackage
        var report: Report?
        /// Whether the store holds a draft for the unit.
        var stored: Bool
        /// Why the stored draft could not be read, when it could not.
        var problems: [LocalisedText] = []
    }

    func current(_ unit: Unit) async throws -> Current {
        guard let zip = try await store.draft(unit: unit.id) else {
            return Current(draft: try await empty(unit), stored: false)
        }
        switch await reader.read(zip, name: zipName(unit)) {
        case .success(let read):
            return Current(draft: read.draft, report: read.report, stored: true)
        case .failure(.refused(let problems)):
            let intro = LocalisedText(
                da: "Den gemte kladde kan ikke længere læses (den kan hentes som zip); gemmes formularen, begynder en ny:",
                en: "The saved draft can no longer be read (it can be downloaded as zip); saving the form starts a new one:")
            return Current(draft: try await empty(unit), stored: true, problems: [intro] + problems)
        }
    }

    /// A new package for `unit`, its organisation the top of the unit's hierarchy.
    func empty(_ unit: Unit) async throws -> DraftPackage {
        let all = try await access.allUnits()
        var top = unit
        var steps = 0
        while let parent = top.parent.flatMap({ all[$0] }), steps < 64 {
            top = parent
            steps += 1
        }
        return DraftPackage.empty(for: unit, organisation: top, today: PageDates.today())
    }

    func zipName(_ unit: Unit) -> String { "\(unit.id).zip" }

    /// Stores `draft` for `unit` once the core has read it back; the problems instead when it
    /// cannot, and then nothing is stored.
    func write(_ draft: DraftPackage, for unit: Unit) async throws -> [LocalisedText] {
        let zip: [UInt8]
        do {
            zip = try DraftArchive.zip(manifest: ManifestWriter.manifest(draft), files: draft.files)
        } catch {
            return [LocalisedText(da: "Pakken kunne ikke pakkes: \(error)", en: "The package could not be zipped: \(error)")]
        }
        let limit = server.settings.maxUploadBytes
        guard zip.count <= limit else {
            return [
                LocalisedText(
                    da: "Pakken bliver større end de \(limit / 1_048_576) MiB, serveren tager imod.",
                    en: "The package would be larger than the \(limit / 1_048_576) MiB this server takes.")
            ]
        }
        if case .failure(.refused(let problems)) = await reader.read(zip, name: zipName(unit)) { return problems }
        try await store.saveDraft(unit: unit.id, package: zip)
        return []
    }

    func page(
        _ unit: Unit, _ current: Current, context: ServerContext, notice: String? = nil, problems: [LocalisedText] = [],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let language = context.language
        let view = EvaluationView(
            catalogue: catalogue, language: language, unit: unit, draft: current.draft, saved: current.stored,
            report: current.report, maxUploadBytes: server.settings.maxUploadBytes)
        let values = view.values(notice: notice, problems: (current.problems + problems).map { $0.text(language) })
        let title = LocalisedText(
            da: "\(EvaluationTexts.title.text(.da)): \(unit.name)", en: "\(EvaluationTexts.title.text(.en)): \(unit.name)")
        return PageRenderer.shared.page(
            "evaluation", title: title, values: values, context: context, texts: EvaluationTexts.page, status: status)
    }

    private func checkable(_ request: Request, _ context: ServerContext) async throws -> (User, Unit) {
        let user = try WebAccess.user(request, context)
        let unit = try await access.checkableUnit(context.pathParameter("unit"), for: user)
        return (user, unit)
    }

    // MARK: Routes

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        let (_, unit) = try await checkable(request, context)
        let notice = EditingPage.notice(request, EvaluationTexts.notices, context.language)
        return page(unit, try await current(unit), context: context, notice: notice)
    }

    @Sendable func save(_ request: Request, context: ServerContext) async throws -> Response {
        let (user, unit) = try await checkable(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        var current = try await current(unit)
        var draft = current.draft
        draft.belong(to: unit)
        var edit = EvaluationForm(catalogue: catalogue)
        edit.apply(form, to: &draft, unit: unit)
        var problems = edit.problems
        if problems.isEmpty { problems = try await write(draft, for: unit) }
        guard problems.isEmpty else {
            current.draft = draft
            current.report = nil
            return page(unit, current, context: context, problems: problems, status: .badRequest)
        }
        try await server.audit(
            user.name, "evaluation.save", "unit:\(unit.id)",
            "claims \(draft.claims.map(\.standard).joined(separator: " ")); answers \(draft.answers.count), "
                + "exemptions \(draft.exemptions.count), evidence \(draft.evidence.count)")
        return EditingPage.redirect("/units/\(unit.id)/evaluation", notice: edit.removed > 0 ? "savedRemoved" : "saved")
    }

    @Sendable func check(_ request: Request, context: ServerContext) async throws -> Response {
        let (user, unit) = try await checkable(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        guard let zip = try await store.draft(unit: unit.id) else {
            throw PageError(
                .conflict, da: "Der er ingen kladde at tjekke; gem selvevalueringen først.",
                en: "There is no draft to check; save the self-evaluation first.")
        }
        let id = try await createRun(zip, name: zipName(unit), unit: unit, user: user, language: context.language)
        return Response(status: .seeOther, headers: [.location: "/runs/\(id)"])
    }

    /// Checks `zip` and stores the run, exactly as `POST /api/v1/units/{unit}/runs` does.
    func createRun(_ zip: [UInt8], name: String, unit: Unit, user: User, language: Language) async throws -> Int64 {
        let outcome = await server.check(zip: zip, name: name, unit: unit.id, asOf: nil, by: user.name, language: language)
        var run = outcome.run
        run.id = try await store.addRun(run, package: zip, reports: outcome.reports)
        try await server.audit(
            user.name, "run.create", "run:\(run.id)", "unit \(unit.id): \(run.verdict ?? "not evaluated")")
        return run.id
    }

    @Sendable func download(_ request: Request, context: ServerContext) async throws -> Response {
        let (_, unit) = try await checkable(request, context)
        guard let zip = try await store.draft(unit: unit.id) else {
            throw PageError(
                .notFound, da: "Enheden har ingen kladde endnu.", en: "The unit has no draft yet.")
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/zip",
                .contentDisposition: "attachment; filename=\"\(zipName(unit))\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: zip)))
    }

    @Sendable func addEvidence(_ request: Request, context: ServerContext) async throws -> Response {
        let (user, unit) = try await checkable(request, context)
        let form = try await MultipartForm.read(request, limit: multipartLimit)
        try WebAccess.checkForm(form["csrf"], context)
        let current = try await current(unit)
        guard current.stored, current.problems.isEmpty, !current.draft.claims.isEmpty else {
            return page(
                unit, current, context: context,
                problems: [
                    LocalisedText(
                        da: "Vælg og gem standarder, før der kan tilføjes dokumentation.",
                        en: "Choose and save standards before adding evidence.")
                ], status: .conflict)
        }
        var draft = current.draft
        draft.belong(to: unit)
        var problems = EvidenceForm.add(form, to: &draft, catalogue: catalogue)
        if problems.isEmpty { problems = try await write(draft, for: unit) }
        guard problems.isEmpty, let added = draft.evidence.last else {
            return page(unit, current, context: context, problems: problems, status: .badRequest)
        }
        try await server.audit(
            user.name, "evaluation.evidence.add", "unit:\(unit.id)",
            "\(added.id): \(added.title) (\(added.path), \(added.requirements.joined(separator: " ")))")
        return EditingPage.redirect("/units/\(unit.id)/evaluation", notice: "evidenceAdded", fragment: "evidence")
    }

    @Sendable func removeEvidence(_ request: Request, context: ServerContext) async throws -> Response {
        let (user, unit) = try await checkable(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        let current = try await current(unit)
        let id = form["evidence"] ?? ""
        guard current.stored, let entry = current.draft.evidence.first(where: { $0.id == id }) else {
            throw PageError(
                .notFound, da: "Dokumentationen \"\(id)\" findes ikke i kladden.",
                en: "The evidence \"\(id)\" is not in the draft.")
        }
        var draft = current.draft
        draft.belong(to: unit)
        draft.removeEvidence(id)
        let problems = try await write(draft, for: unit)
        guard problems.isEmpty else {
            return page(unit, current, context: context, problems: problems, status: .badRequest)
        }
        try await server.audit(
            user.name, "evaluation.evidence.remove", "unit:\(unit.id)", "\(entry.id): \(entry.title) (\(entry.path))")
        return EditingPage.redirect("/units/\(unit.id)/evaluation", notice: "evidenceRemoved", fragment: "evidence")
    }

    @Sendable func upload(_ request: Request, context: ServerContext) async throws -> Response {
        let (user, unit) = try await checkable(request, context)
        let form = try await MultipartForm.read(request, limit: multipartLimit)
        try WebAccess.checkForm(form["csrf"], context)
        let limit = server.settings.maxUploadBytes
        guard let file = form.file("package"), !file.bytes.isEmpty else {
            return page(
                unit, try await current(unit), context: context,
                problems: [LocalisedText(da: "Vælg en zip-fil med pakken.", en: "Choose the package's zip file.")],
                status: .badRequest)
        }
        guard file.bytes.count <= limit else {
            return page(
                unit, try await current(unit), context: context,
                problems: [
                    LocalisedText(
                        da: "Pakken er større end de \(limit / 1_048_576) MiB, serveren tager imod.",
                        en: "The package is larger than the \(limit / 1_048_576) MiB this server takes.")
                ], status: .contentTooLarge)
        }
        var name = EvidenceForm.plainName(file.fileName ?? "")
        if !name.hasSuffix(".zip") { name = zipName(unit) }
        switch await reader.read(file.bytes, name: name) {
        case .failure(.refused(let problems)):
            let intro = LocalisedText(
                da: "Pakken kan ikke læses, og intet er gemt:", en: "The package cannot be read, and nothing was saved:")
            return page(
                unit, try await current(unit), context: context, problems: [intro] + problems, status: .unprocessableContent)
        case .success(let read):
            guard read.draft.unitID == unit.id else {
                return page(
                    unit, try await current(unit), context: context,
                    problems: [
                        LocalisedText(
                            da: "Pakken er for enheden \"\(read.draft.unitID)\", ikke \"\(unit.id)\"; intet er gemt.",
                            en: "The package is for the unit \"\(read.draft.unitID)\", not \"\(unit.id)\"; nothing was saved.")
                    ], status: .unprocessableContent)
            }
        }
        try await store.saveDraft(unit: unit.id, package: file.bytes)
        try await server.audit(
            user.name, "evaluation.upload", "unit:\(unit.id)", "\(name), \(file.bytes.count) bytes")
        if form["action"] == "check" {
            let id = try await createRun(file.bytes, name: name, unit: unit, user: user, language: context.language)
            return Response(status: .seeOther, headers: [.location: "/runs/\(id)"])
        }
        return EditingPage.redirect("/units/\(unit.id)/evaluation", notice: "uploaded")
    }
}
