import AccreditCore
import AccreditServer
import AccreditTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

// The editing pages driven as a browser drives them: a session made directly in the store (its
// cookie and CSRF token known to the test), urlencoded and multipart forms, redirects checked by
// their Location. The packages the editor writes are checked with the core and with the
// command line, independently of the server.

/// A signed-in browser: its session cookie and the CSRF token its forms carry.
struct Browser: Sendable {
    let client: any TestClientProtocol
    let secret: String
    let csrf: String

    static func signIn(_ fixture: ServerFixture, _ api: APIClient, as who: Who) async throws -> Browser {
        let user = try #require(try await fixture.store.users().first { $0.name == who.rawValue })
        let secret = Secret.make()
        let csrf = Secret.make()
        try await fixture.store.createSession(
            WebSession(
                digest: Secret.digest(secret), userID: user.id, csrfToken: csrf, expires: Date().addingTimeInterval(3600)))
        return Browser(client: api.client, secret: secret, csrf: csrf)
    }

    var cookie: HTTPFields { [.cookie: "accredit_session=\(secret); lang=en"] }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: cookie, body: nil)
    }

    /// Posts an urlencoded form; with `csrf` false the token is left out.
    func post(_ uri: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
        let all = (csrf ? [("csrf", self.csrf)] : []) + fields
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        var headers = cookie
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with `files` as (field, file name, bytes).
    func postMultipart(
        _ uri: String, _ fields: [(String, String)], files: [(String, String, [UInt8])], csrf: Bool = true
    ) async throws -> TestResponse {
        let boundary = "----accredit-test-\(UUID().uuidString)"
        var body: [UInt8] = []
        for (name, value) in (csrf ? [("csrf", self.csrf)] : []) + fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, fileName, bytes) in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers = cookie
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// The editor's address for unit A, the fixture's sector unit under the concern.
private let editor = "/units/\(TestUnits.a)/evaluation"

/// Claims the elderly-care standard for unit A as coordinator A's first save.
private func claimStandard(_ browser: Browser) async throws {
    let response = try await browser.post(
        editor,
        [
            ("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard"), ("organisation", "Lyngsø Kommune"),
            ("assessmentDate", "2026-03-01"), ("periodStart", "2025-01-01"), ("periodEnd", "2025-12-31"),
        ])
    #expect(response.status == .seeOther, "\(response.text)")
    #expect(response.headers[.location] == editor + "?notice=saved")
}

/// Unzips `zip` with the system's unzip into a new folder.
private func unzipped(_ zip: [UInt8]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder("accredit-editing-test")
    let file = try folder.write("package.zip", bytes: zip)
    let result = try CommandRunner.run("/usr/bin/env", ["unzip", "-q", file, "-d", folder.path + "/package"], in: folder.path)
    #expect(result.status == 0, "\(result.stderr)")
    return folder
}

private func readBack(_ zip: [UInt8]) throws -> CheckedPackage {
    let check = PackageCheck(catalogue: try SharedCatalogue.get())
    return try check.checkKeepingContents(.zipData(zip, name: "draft.zip")).get()
}

private func auditActions(_ fixture: ServerFixture) async throws -> [String] {
    try await fixture.store.audit(limit: 500).map { "\($0.actor) \($0.action) \($0.object)" }
}

struct EditingPagesTests {
    // MARK: Who may edit

    @Test func theEditorShowsANewPackageToTheUnitsCoordinator() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let response = try await browser.get(editor)
            #expect(response.status == .ok)
            #expect(response.contentType == "text/html; charset=utf-8")
            let page = response.text
            #expect(page.contains(#"id="evaluation-form""#))
            #expect(page.contains(#"id="standard-aeldre-kvalitetsstandard""#))
            // Concern-level standards are not offered to a sector unit.
            #expect(!page.contains(#"id="standard-kik-caf2020""#))
            #expect(page.contains(#"value="Lyngsø Kommune""#))
            #expect(page.contains(#"name="csrf" value="\#(browser.csrf)""#))
            #expect(!page.contains(#"id="check-button""#), "nothing to check before the first save")
            // The previous calendar year is the default period.
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            #expect(page.contains(#"id="period-start" name="periodStart" type="date" value="\#(year - 1)-01-01""#))

            // Without a session: to the login page, coming back here afterwards.
            let anonymous = try await api.client.execute(uri: editor, method: .get, headers: [:], body: nil)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location]?.hasPrefix("/login?next=") == true)
        }
    }

    @Test func anotherUnitsCoordinatorGets404() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorB)
            #expect(try await browser.get(editor).status == .notFound)
            #expect(try await browser.get(editor + "/package.zip").status == .notFound)
            #expect(
                try await browser.post(editor, [("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard")]).status
                    == .notFound)
            #expect(try await browser.post(editor + "/check", []).status == .notFound)
            #expect(try await fixture.store.draft(unit: TestUnits.a) == nil)
        }
    }

    @Test func readersMayNotEdit() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .reader)
            #expect(try await browser.get(editor).status == .forbidden)
            let save = try await browser.post(editor, [("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard")])
            #expect(save.status == .forbidden)
            #expect(save.text.contains("Your role may read this but not change it."))
            #expect(try await browser.post(editor + "/check", []).status == .forbidden)
            let upload = try await browser.postMultipart(
                editor + "/upload", [("action", "draft")], files: [("package", "p.zip", try Packages.ready())])
            #expect(upload.status == .forbidden)
            #expect(try await fixture.store.draft(unit: TestUnits.a) == nil)
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let missing = try await browser.post(
                editor, [("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard")], csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("The form has expired"))
            let wrong = try await browser.post(
                editor, [("csrf", Secret.make()), ("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard")],
                csrf: false)
            #expect(wrong.status == .forbidden)
            let upload = try await browser.postMultipart(
                editor + "/upload", [("action", "draft")], files: [("package", "p.zip", try Packages.ready())],
                csrf: false)
            #expect(upload.status == .forbidden)
            #expect(try await fixture.store.draft(unit: TestUnits.a) == nil)

            let admin = try await Browser.signIn(fixture, api, as: .admin)
            let user = try await admin.post(
                "/admin/users", [("name", "mallory"), ("role", "admin"), ("password", "a long password")], csrf: false)
            #expect(user.status == .forbidden)
            #expect(try await fixture.store.credentials(name: "mallory") == nil)
        }
    }

    // MARK: Saving and downloading

    @Test func savedAnswersComeBackFromTheDownloadedZip() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            try await claimStandard(browser)
            let page = try await browser.get(editor)
            #expect(page.text.contains(#"id="score-kvs.R1" name="score.kvs.R1""#))
            #expect(page.text.contains(#"id="check-button""#))
            #expect(page.text.contains(#"id="notice""#) == false)

            // Every character a manifest must escape, a control character XML cannot hold, and markup.
            let hostile = "Byrådet <b>godkendte</b> \"standarden\" & 'målene' ]]> \u{1}i 2025"
            let save = try await browser.post(
                editor,
                [
                    ("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard"),
                    ("organisation", "Lyngsø & Co <Kommune>"), ("assessmentDate", "2026-03-01"),
                    ("periodStart", "2025-01-01"), ("periodEnd", "2025-12-31"),
                    ("score.kvs.R1", "opfyldt"), ("comment.kvs.R1", hostile),
                    ("score.kvs.R2", "delvist-opfyldt"), ("comment.kvs.R2", "Første linje\r\nAnden linje"),
                    ("score.kvs.R3", ""), ("comment.kvs.R3", ""),
                    ("score.kvs.R10", "ikke-relevant"), ("comment.kvs.R10", ""),
                    ("exemption.kvs.R10", "not-applicable"), ("justification.kvs.R10", "Løses af \"Forebyggelsesteamet\"."),
                    ("approver.kvs.R10", "Chef <Hanne>"), ("approved.kvs.R10", "2025-01-15"),
                    ("exemptionExpires.kvs.R10", ""),
                    ("exemption.kvs.R4", ""),
                ])
            #expect(save.status == .seeOther, "\(save.text)")

            // The page shows the answers again, escaped.
            let shown = try await browser.get(editor + "?notice=saved").text
            #expect(shown.contains(#"id="notice""#))
            #expect(shown.contains("Byrådet &lt;b&gt;godkendte&lt;/b&gt;"))
            #expect(!shown.contains("<b>godkendte</b>"))
            #expect(shown.contains(#"<option value="opfyldt" selected>"#))

            let download = try await browser.get(editor + "/package.zip")
            #expect(download.status == .ok)
            #expect(download.contentType == "application/zip")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"\(TestUnits.a).zip\"")
            #expect(download.bytes == (try await fixture.store.draft(unit: TestUnits.a)))

            let contents = try readBack(download.bytes).contents
            #expect(contents.unitID == TestUnits.a)
            #expect(contents.unitName == "Hjemmeplejen Nord")
            #expect(contents.unitLevel == .sector)
            #expect(contents.organisation == "Lyngsø & Co <Kommune>")
            #expect(contents.organisationID == TestUnits.concern)
            #expect(contents.assessmentDate == Day(iso: "2026-03-01"))
            #expect(contents.claims.map(\.standard) == ["aeldre-kvalitetsstandard"])
            #expect(contents.answers["kvs.R1"]?.score == "opfyldt")
            #expect(
                contents.answers["kvs.R1"]?.comment == "Byrådet <b>godkendte</b> \"standarden\" & 'målene' ]]> \u{FFFD}i 2025")
            #expect(contents.answers["kvs.R2"]?.comment == "Første linje Anden linje")
            #expect(contents.answers["kvs.R3"] == nil)
            #expect(contents.answers["kvs.R10"]?.score == "ikke-relevant")
            let exemption = try #require(contents.exemptions["kvs.R10"])
            #expect(exemption.kind == .notApplicable)
            #expect(exemption.approvedBy == "Chef <Hanne>")
            #expect(exemption.approved == Day(iso: "2025-01-15"))
            #expect(exemption.justification == "Løses af \"Forebyggelsesteamet\".")

            // Unzipped, the manifest is valid against the schema, and the command line checks it
            // unchanged (not ready, exit 1; never 2, could not be evaluated).
            let folder = try unzipped(download.bytes)
            let manifest = folder.path + "/package/manifest.xml"
            let lint = try CommandRunner.run(
                "/usr/bin/env", ["xmllint", "--noout", "--schema", Fixtures.path("Schemas/package.xsd"), manifest])
            #expect(lint.status == 0, "\(lint.stderr)")
            try #require(FileManager.default.isExecutableFile(atPath: CommandRunner.accredit), "build accredit first")
            for package in [folder.path + "/package", folder.path + "/package.zip"] {
                let check = try CommandRunner.accredit(["check", package, "--lang", "en"])
                #expect(check.status == 0 || check.status == 1, "\(check.stdout)\n\(check.stderr)")
            }

            let actions = try await auditActions(fixture)
            #expect(actions.filter { $0 == "coordinator-a evaluation.save unit:\(TestUnits.a)" }.count == 2)
        }
    }

    @Test func refusedValuesAreNamedAndNothingIsSaved() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let none = try await browser.post(editor, [("standardsShown", "1"), ("organisation", "Lyngsø Kommune")])
            #expect(none.status == .badRequest)
            #expect(none.text.contains("Choose at least one standard."))
            #expect(try await fixture.store.draft(unit: TestUnits.a) == nil)

            try await claimStandard(browser)
            let saved = try await fixture.store.draft(unit: TestUnits.a)
            let wrong = try await browser.post(
                editor,
                [
                    ("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard"),
                    ("score.kvs.R1", "excellent"), ("score.kvs.R2", ""), ("comment.kvs.R2", "no score"),
                    ("exemption.kvs.R3", "waiver"), ("justification.kvs.R3", ""), ("approver.kvs.R3", ""),
                    ("approved.kvs.R3", "not a date"), ("periodStart", "2025-12-31"), ("periodEnd", "2025-01-01"),
                    ("standard", "kik-caf2020"),
                ])
            #expect(wrong.status == .badRequest)
            let text = wrong.text
            #expect(text.contains(#"id="problems""#))
            #expect(text.contains("kvs.R1: &quot;excellent&quot; is not on the scale opfyldelse."))
            #expect(text.contains("kvs.R2: choose a score for the comment"))
            #expect(text.contains("kvs.R3: an exemption needs a justification"))
            #expect(text.contains("must start before it ends"))
            #expect(text.contains("The standard &quot;kik-caf2020&quot; cannot be chosen."))
            #expect(try await fixture.store.draft(unit: TestUnits.a) == saved)
        }
    }

    // MARK: Evidence

    @Test func evidenceIsUploadedListedAndRemoved() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let early = try await browser.postMultipart(
                editor + "/evidence", [("kind", "minutes"), ("title", "x"), ("issued", "2025-11-19")],
                files: [("file", "x.md", Array("x".utf8))])
            #expect(early.status == .conflict, "evidence needs claimed standards first")

            try await claimStandard(browser)
            let page = try await browser.get(editor).text
            for id in [
                "evidence-form", "evidence-file", "evidence-kind", "evidence-title", "evidence-issued", "evidence-expires",
            ] {
                #expect(page.contains(#"id="\#(id)""#), "\(id)")
            }
            #expect(page.contains(#"id="evidence-requirement-kvs.R6""#))
            #expect(page.contains(#"<option value="minutes">"#))

            let document = Array("# Referat\n\nPunkt 6: opfølgning på kvalitetsstandarden.\n".utf8)
            let added = try await browser.postMultipart(
                editor + "/evidence",
                [
                    ("kind", "minutes"), ("title", "Referat, Social- & Sundhedsudvalget <19. november>"),
                    ("issued", "2025-11-19"), ("expires", ""), ("requirements", "kvs.R6"), ("requirements", "kvs.R7"),
                ], files: [("file", "../Referat 19.11.2025.MD", document)])
            #expect(added.status == .seeOther, "\(added.text)")
            #expect(added.headers[.location] == editor + "?notice=evidenceAdded#evidence")

            let zip = try #require(try await fixture.store.draft(unit: TestUnits.a))
            let checked = try readBack(zip)
            let evidence = try #require(checked.contents.evidence.first)
            #expect(evidence.requirements == ["kvs.R6", "kvs.R7"])
            #expect(evidence.kind == "minutes")
            #expect(evidence.path == "evidence/referat-19-11-2025.md")
            #expect(evidence.title == "Referat, Social- & Sundhedsudvalget <19. november>")
            #expect(evidence.issued == Day(iso: "2025-11-19"))
            #expect(evidence.sha256 == (try sha256(document)))
            // The file is in the zip where the manifest says, and its digest matches (no error finding).
            let folder = try unzipped(zip)
            #expect(
                FileManager.default.contents(atPath: folder.path + "/package/evidence/referat-19-11-2025.md") == Data(document))
            #expect(!checked.report.requirements.contains { $0.status == .error })

            let listed = try await browser.get(editor).text
            #expect(listed.contains(#"id="evidence-list""#))
            #expect(listed.contains("Referat, Social- &amp; Sundhedsudvalget &lt;19. november&gt;"))
            let id = evidence.id
            #expect(listed.contains(#"id="remove-evidence-\#(id)""#))

            // A second document with the same file name gets its own path and id.
            let second = try await browser.postMultipart(
                editor + "/evidence",
                [
                    ("kind", "report"), ("title", "Referat, Social- & Sundhedsudvalget <19. november>"),
                    ("issued", "2025-12-05"), ("expires", "2027-12-31"), ("requirements", "kvs.R6"),
                ], files: [("file", "Referat 19.11.2025.md", Array("other".utf8))])
            #expect(second.status == .seeOther, "\(second.text)")
            let both = try readBack(try #require(try await fixture.store.draft(unit: TestUnits.a))).contents.evidence
            #expect(both.count == 2)
            #expect(Set(both.map(\.path)).count == 2)
            #expect(Set(both.map(\.id)).count == 2)
            #expect(both.last?.expires == Day(iso: "2027-12-31"))

            let refused = try await browser.postMultipart(
                editor + "/evidence",
                [("kind", "minutes"), ("title", "t"), ("issued", "2025-13-01"), ("requirements", "kik.1.1")],
                files: [("file", "x.md", Array("x".utf8))])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Give the date the document was issued."))
            #expect(refused.text.contains("&quot;kik.1.1&quot; is not a requirement of the chosen standards."))

            let removed = try await browser.post(editor + "/evidence/remove", [("evidence", id)])
            #expect(removed.status == .seeOther)
            let left = try readBack(try #require(try await fixture.store.draft(unit: TestUnits.a)))
            #expect(left.contents.evidence.map(\.id) == [both.last!.id])
            let leftFolder = try unzipped(try #require(try await fixture.store.draft(unit: TestUnits.a)))
            #expect(!FileManager.default.fileExists(atPath: leftFolder.path + "/package/" + evidence.path))
            #expect(try await browser.post(editor + "/evidence/remove", [("evidence", "no-such")]).status == .notFound)

            let actions = try await auditActions(fixture)
            #expect(actions.filter { $0.contains("evaluation.evidence.add") }.count == 2)
            #expect(actions.contains("coordinator-a evaluation.evidence.remove unit:\(TestUnits.a)"))
        }
    }

    // MARK: Checking

    @Test func checkStoresARunAndGoesToIt() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            #expect(try await browser.post(editor + "/check", []).status == .conflict, "no draft yet")
            try await claimStandard(browser)
            let response = try await browser.post(editor + "/check", [])
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/runs/"))
            let id = try #require(Int64(location.dropFirst("/runs/".count)))
            let run = try #require(try await fixture.store.run(id: id))
            #expect(run.unit == TestUnits.a)
            #expect(run.createdBy == Who.coordinatorA.rawValue)
            #expect(run.error == nil)
            #expect(run.verdict != nil)
            #expect(run.standards == ["aeldre-kvalitetsstandard 2014.1575"])
            #expect(try await fixture.store.package(run: id) == (try await fixture.store.draft(unit: TestUnits.a)))
            #expect(try await auditActions(fixture).contains("coordinator-a run.create run:\(id)"))
        }
    }

    // MARK: Uploading a package

    @Test func anUploadedPackageBecomesTheDraftOrARun() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let page = try await browser.get(editor).text
            #expect(page.contains(#"id="upload-form""#))
            #expect(page.contains(#"id="package-file" name="package""#))

            let upload = try await browser.postMultipart(
                editor + "/upload", [("action", "draft")], files: [("package", "ready-hjemmepleje.zip", zip)])
            #expect(upload.status == .seeOther, "\(upload.text)")
            #expect(upload.headers[.location] == editor + "?notice=uploaded")
            #expect(try await fixture.store.draft(unit: TestUnits.a) == zip)

            // The editor shows it, and a save keeps what the form does not show.
            let shown = try await browser.get(editor).text
            #expect(shown.contains(#"id="evidence-byraad-2025-09-24""#))
            #expect(shown.contains(#"<option value="opfyldt" selected>"#))
            #expect(shown.contains("verdict-ready"))
            let save = try await browser.post(
                editor,
                [
                    ("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard"), ("comment.kvs.R1", "x"),
                    ("score.kvs.R1", "opfyldt"),
                ])
            #expect(save.status == .seeOther, "\(save.text)")
            let resaved = try readBack(try #require(try await fixture.store.draft(unit: TestUnits.a)))
            #expect(resaved.report.verdict.decision == .ready)
            #expect(resaved.contents.evidence.count == 7)
            #expect(resaved.contents.exemptions["kvs.R10"] != nil)
            #expect(resaved.contents.answers["kvs.R1"]?.comment == "x")

            // A zip whose package sits in one top-level folder is read, and saved flat.
            let work = try TemporaryFolder("accredit-editing-nested")
            try FileManager.default.copyItem(atPath: Packages.readyFolder, toPath: work.path + "/hjemmeplejen")
            let zipped = try CommandRunner.run(
                "/usr/bin/env", ["zip", "-q", "-r", "-X", "nested.zip", "hjemmeplejen/manifest.xml", "hjemmeplejen/evidence"],
                in: work.path)
            #expect(zipped.status == 0, "\(zipped.stderr)")
            let nested = Array(try Data(contentsOf: URL(fileURLWithPath: work.path + "/nested.zip")))
            let nestedUpload = try await browser.postMultipart(
                editor + "/upload", [("action", "draft")], files: [("package", "nested.zip", nested)])
            #expect(nestedUpload.status == .seeOther, "\(nestedUpload.text)")
            #expect(
                try await browser.post(editor, [("standardsShown", "1"), ("standard", "aeldre-kvalitetsstandard")]).status
                    == .seeOther)
            let flat = try #require(try await fixture.store.draft(unit: TestUnits.a))
            let flatFolder = try unzipped(flat)
            #expect(FileManager.default.fileExists(atPath: flatFolder.path + "/package/manifest.xml"))
            #expect(FileManager.default.fileExists(atPath: flatFolder.path + "/package/evidence/kvalitetskrav-leverandoerer.md"))
            #expect(try readBack(flat).report.verdict.decision == .ready)

            let checked = try await browser.postMultipart(
                editor + "/upload", [("action", "check")], files: [("package", "ready-hjemmepleje.zip", zip)])
            #expect(checked.status == .seeOther)
            let location = try #require(checked.headers[.location])
            let id = try #require(Int64(location.dropFirst("/runs/".count)))
            #expect(try await fixture.store.run(id: id)?.verdict == "ready")
            let actions = try await auditActions(fixture)
            #expect(actions.filter { $0 == "coordinator-a evaluation.upload unit:\(TestUnits.a)" }.count == 3)
            #expect(actions.contains("coordinator-a run.create run:\(id)"))
        }
    }

    @Test func hostileOrForeignPackagesAreRefusedAndNothingIsSaved() async throws {
        let traversal = try Packages.traversal()
        let bomb = try Packages.bomb()
        let foreign = try Packages.notReady()
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let cases: [(String, [UInt8], String)] = [
                ("traversal.zip", traversal, "would land outside the package"),
                ("bomb.zip", bomb, "zip bomb"),
                ("garbage.zip", Array("not a zip at all".utf8), "not a zip archive"),
                ("foreign.zip", foreign, "The package is for the unit"),
            ]
            for (name, bytes, message) in cases {
                for action in ["draft", "check"] {
                    let response = try await browser.postMultipart(
                        editor + "/upload", [("action", action)], files: [("package", name, bytes)])
                    #expect(response.status == .unprocessableContent, "\(name)")
                    #expect(response.contentType == "text/html; charset=utf-8")
                    #expect(response.text.contains(#"id="problems""#), "\(name)")
                    #expect(response.text.contains(message), "\(name): \(response.text)")
                }
            }
            let empty = try await browser.postMultipart(editor + "/upload", [("action", "draft")], files: [])
            #expect(empty.status == .badRequest)
            #expect(try await fixture.store.draft(unit: TestUnits.a) == nil)
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 10).isEmpty)
        }
    }

    @Test func uploadsBeyondTheLimitAreRefused() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run(settings: ServerSettings(maxUploadBytes: 4096)) { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let response = try await browser.postMultipart(
                editor + "/upload", [("action", "draft")],
                files: [("package", "p.zip", zip + [UInt8](repeating: 0, count: 80 << 10))])
            #expect(response.status == .contentTooLarge)
            #expect(try await fixture.store.draft(unit: TestUnits.a) == nil)
        }
    }

    // MARK: Administration

    @Test func administrationIsHiddenFromEveryoneButAdministrators() async throws {
        try await ServerFixture.run { fixture, api in
            for who in [Who.concern, .reader, .coordinatorA] {
                let browser = try await Browser.signIn(fixture, api, as: who)
                for path in ["/admin", "/admin/users", "/admin/units", "/admin/audit"] {
                    #expect(try await browser.get(path).status == .notFound, "\(who) \(path)")
                }
                let user = try await browser.post(
                    "/admin/users", [("name", "eve-\(who.rawValue)"), ("role", "admin"), ("password", "a long password")])
                #expect(user.status == .notFound)
                let unit = try await browser.post(
                    "/admin/units", [("id", "x-\(who.rawValue)"), ("name", "X"), ("level", "sector")])
                #expect(unit.status == .notFound)
                #expect(try await browser.post("/admin/users/token", [("user", "1")]).status == .notFound)
            }
            #expect(try await fixture.store.users().count == Who.allCases.count)
            #expect(try await fixture.store.units().count == 3)
            let admin = try await Browser.signIn(fixture, api, as: .admin)
            let overview = try await admin.get("/admin")
            #expect(overview.status == .ok)
            for link in ["admin-users-link", "admin-units-link", "admin-audit-link"] {
                #expect(overview.text.contains(#"id="\#(link)""#))
            }
        }
    }

    @Test func administratorsCreateUsersUnitsAndTokensAndTheAuditLogShowsIt() async throws {
        try await ServerFixture.run { fixture, api in
            let admin = try await Browser.signIn(fixture, api, as: .admin)
            let users = try await admin.get("/admin/users")
            #expect(users.status == .ok)
            for id in ["user-form", "user-name", "user-role", "user-units", "user-password", "user-list"] {
                #expect(users.text.contains(#"id="\#(id)""#), "\(id)")
            }

            let short = try await admin.post(
                "/admin/users", [("name", "anna"), ("role", "unit"), ("units", TestUnits.a), ("password", "short")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("at least \(Passwords.minimumLength) characters"))
            #expect(short.text.contains(#"value="anna""#), "the form keeps what was entered")
            let noUnit = try await admin.post(
                "/admin/users", [("name", "anna"), ("role", "unit"), ("password", "correct horse battery")])
            #expect(noUnit.status == .badRequest)
            #expect(try await fixture.store.credentials(name: "anna") == nil)

            let created = try await admin.post(
                "/admin/users",
                [
                    ("name", "anna"), ("role", "unit"), ("units", TestUnits.a), ("units", TestUnits.b),
                    ("password", "correct horse battery"),
                ])
            #expect(created.status == .seeOther, "\(created.text)")
            #expect(created.headers[.location] == "/admin/users?notice=userCreated")
            let anna = try #require(try await fixture.store.credentials(name: "anna"))
            #expect(anna.user.role == .unit)
            #expect(anna.user.units == [TestUnits.a, TestUnits.b])
            #expect(await Passwords.verify("correct horse battery", hash: try #require(anna.passwordHash)))
            let again = try await admin.post(
                "/admin/users", [("name", "anna"), ("role", "reader"), ("password", "correct horse battery")])
            #expect(again.status == .conflict)
            #expect(try await admin.get("/admin/users?notice=userCreated").text.contains(#"id="user-anna""#))

            let token = try await admin.post("/admin/users/token", [("user", String(anna.user.id)), ("label", "CI <pipeline>")])
            #expect(token.status == .ok)
            let text = token.text
            let start = try #require(text.range(of: #"id="new-token" class="token">"#))
            let secret = String(text[start.upperBound...].prefix { $0 != "<" })
            #expect(secret.count == 43)
            #expect(try await fixture.store.user(tokenDigest: Secret.digest(secret))?.name == "anna")
            #expect(
                try await api.client.execute(
                    uri: "/api/v1/units", method: .get, headers: [.authorization: "Bearer \(secret)"], body: nil
                ).status == .ok)

            let units = try await admin.get("/admin/units")
            for id in ["unit-form", "unit-id", "unit-name", "unit-level", "unit-parent", "unit-list"] {
                #expect(units.text.contains(#"id="\#(id)""#), "\(id)")
            }
            let badUnit = try await admin.post(
                "/admin/units", [("id", "../x"), ("name", ""), ("level", "galaxy"), ("parent", "nowhere")])
            #expect(badUnit.status == .badRequest)
            #expect(badUnit.text.contains("A unit id is 1 to 100 letters"))
            #expect(badUnit.text.contains("Choose an existing parent unit."))
            let unit = try await admin.post(
                "/admin/units",
                [("id", "hjemmeplejen-syd"), ("name", "Hjemmeplejen <Syd>"), ("level", "sector"), ("parent", TestUnits.concern)])
            #expect(unit.status == .seeOther, "\(unit.text)")
            #expect(unit.headers[.location] == "/admin/units?notice=unitCreated")
            #expect(
                try await fixture.store.unit(id: "hjemmeplejen-syd")
                    == Unit(
                        id: "hjemmeplejen-syd", name: "Hjemmeplejen <Syd>", level: .sector, parent: TestUnits.concern))
            let duplicate = try await admin.post(
                "/admin/units", [("id", "hjemmeplejen-syd"), ("name", "Again"), ("level", "sector"), ("parent", "")])
            #expect(duplicate.status == .badRequest)

            // The hierarchy: the new unit under the concern, listed as one of its children.
            let tree = try await admin.get("/admin/units").text
            #expect(tree.contains(#"<tr id="unit-hjemmeplejen-syd" class="unit-depth-1">"#))
            #expect(tree.contains(#"<tr id="unit-\#(TestUnits.concern)" class="unit-depth-0">"#))
            #expect(tree.contains("Hjemmeplejen Nord, Hjemmeplejen &lt;Syd&gt;"))

            let audit = try await admin.get("/admin/audit")
            #expect(audit.status == .ok)
            let log = audit.text
            #expect(log.contains(#"id="audit-log""#))
            let userLine = try #require(log.range(of: "<code>user.create</code>"))
            let tokenLine = try #require(log.range(of: "<code>token.create</code>"))
            let unitLine = try #require(log.range(of: "<code>unit.create</code>"))
            #expect(unitLine.lowerBound < tokenLine.lowerBound && tokenLine.lowerBound < userLine.lowerBound, "newest first")
            #expect(log.contains("unit:hjemmeplejen-syd"))
            // Append-only: no form on the page but the layout's sign-out form.
            #expect(log.components(separatedBy: "<form").count == 2)
            let actions = try await auditActions(fixture)
            #expect(actions.contains("admin user.create user:anna"))
            #expect(actions.contains("admin token.create user:anna"))
            #expect(actions.contains("admin unit.create unit:hjemmeplejen-syd"))
        }
    }

    // MARK: Own password

    @Test func usersChangeTheirOwnPassword() async throws {
        try await ServerFixture.run { fixture, api in
            let user = try #require(try await fixture.store.credentials(name: Who.coordinatorA.rawValue)).user
            try await fixture.store.setPassword(user: user.id, hash: await Passwords.hash("the old password"))
            let browser = try await Browser.signIn(fixture, api, as: .coordinatorA)
            let page = try await browser.get("/account/password")
            #expect(page.status == .ok)
            for id in ["password-form", "current-password", "new-password", "repeat-password"] {
                #expect(page.text.contains(#"id="\#(id)""#))
            }
            let wrong = try await browser.post(
                "/account/password", [("current", "not the password"), ("new", "a new password"), ("repeat", "a new password")])
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("The current password is wrong."))
            let differ = try await browser.post(
                "/account/password", [("current", "the old password"), ("new", "a new password"), ("repeat", "another one!")])
            #expect(differ.status == .badRequest)
            let short = try await browser.post(
                "/account/password", [("current", "the old password"), ("new", "short"), ("repeat", "short")])
            #expect(short.status == .badRequest)
            let unchanged = try #require(try await fixture.store.credentials(name: user.name)?.passwordHash)
            #expect(await Passwords.verify("the old password", hash: unchanged))

            let changed = try await browser.post(
                "/account/password", [("current", "the old password"), ("new", "a new password"), ("repeat", "a new password")])
            #expect(changed.status == .seeOther)
            #expect(changed.headers[.location] == "/account/password?notice=passwordChanged")
            let hash = try #require(try await fixture.store.credentials(name: user.name)?.passwordHash)
            #expect(await Passwords.verify("a new password", hash: hash))
            let actions = try await auditActions(fixture)
            #expect(actions.contains("coordinator-a user.password user:coordinator-a"))
            #expect(actions.contains("coordinator-a password.failed user:coordinator-a"))
        }
    }

    // MARK: Language

    @Test func pagesSpeakDanishByDefault() async throws {
        try await ServerFixture.run { fixture, api in
            let browser = try await Browser.signIn(fixture, api, as: .admin)
            let danish = try await browser.client.execute(
                uri: editor, method: .get, headers: [.cookie: "accredit_session=\(browser.secret)"], body: nil)
            #expect(danish.text.contains("Gem selvevalueringen"))
            #expect(danish.text.contains(#"<html lang="da">"#))
            let english = try await browser.get(editor)
            #expect(english.text.contains("Save the self-evaluation"))
        }
    }
}
