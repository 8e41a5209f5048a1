import AccreditCore
import AccreditReports
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AccreditServer

/// The reading pages (dashboard, unit, run, downloads, expiring evidence, comparison) as a
/// browser sees them: signed in by session cookie, in Danish and English, each user seeing only
/// the units they may read.
struct ReadingPagesTests {
    // MARK: Signing in

    @Test(arguments: [
        "/", "/units/\(TestUnits.a)", "/runs/1", "/runs/1/report.html", "/runs/1/report/json", "/runs/1/package",
        "/expiring", "/compare?level=sector",
    ])
    func withoutASessionEveryPageSendsToTheLoginPage(_ path: String) async throws {
        try await ServerFixture.run { _, api in
            let response = try await api.page(path, cookie: nil)
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/login?next="))
            #expect(location.removingPercentEncoding == "/login?next=" + path)
            // A cookie the store does not know is no session either.
            let stranger = try await api.page(path, cookie: "accredit_session=\(Secret.make())")
            #expect(stranger.status == .seeOther)
        }
    }

    // MARK: Dashboard

    @Test func theDashboardShowsEveryUnitWithNumbersInEachLanguage() async throws {
        try await ServerFixture.run { fixture, api in
            let store = fixture.store
            let today = Self.today
            _ = try await store.addRun(
                Self.run(TestUnits.a, verdict: "not-ready", fulfilled: 3, assessable: 4, gaps: 1), package: [],
                reports: [:])
            _ = try await store.addRun(
                Self.run(
                    TestUnits.a, verdict: "ready", fulfilled: 7, assessable: 8, gaps: 1234,
                    expiring: [
                        ("gone", today.adding(days: -3)), ("today", today), ("soon", today.adding(days: 5)),
                        ("month", today.adding(days: 20)), ("later", today.adding(days: 60)),
                    ]), package: [], reports: [:])
            _ = try await store.addRun(
                Self.run(TestUnits.b, verdict: "not-ready", fulfilled: 1, assessable: 3, gaps: 2), package: [],
                reports: [:])
            let cookie = try await api.signIn(.reader, fixture)

            let danish = try await api.page("/", cookie: cookie)
            #expect(danish.status == .ok)
            #expect(danish.contentType == "text/html; charset=utf-8")
            let da = danish.text
            #expect(da.contains("<html lang=\"da\">"))
            #expect(da.contains("Overblik"))
            #expect(da.contains("Hjemmeplejen Nord") && da.contains("Sundhedsplejen") && da.contains("Lyngsø Kommune"))
            #expect(da.contains("href=\"/units/\(TestUnits.a)\""))
            #expect(da.contains("87,5 %"))
            #expect(da.contains("33,3 %"))
            #expect(da.contains("+12,5 procentpoint"))
            #expect(da.contains("1.234"))
            #expect(da.contains("verdict-ready\">klar<"))
            #expect(da.contains("verdict-not-ready\">ikke klar<"))
            #expect(da.contains(Language.da.date(today)))
            // Totals: three units, one ready, one not ready, one without runs.
            #expect(da.contains("<dt>Enheder</dt><dd>3</dd>"))
            #expect(da.contains("<dt>Klar</dt><dd>1</dd>"))
            #expect(da.contains("<dt>Ikke klar</dt><dd>1</dd>"))
            #expect(da.contains("<dt>Uden kørsler</dt><dd>1</dd>"))
            #expect(da.contains("Ingen kørsler endnu"))
            // Evidence: 4 within 30 days, 3 within 7, 2 expired or expiring today.
            let row = Self.row(of: "Hjemmeplejen Nord", in: da)
            #expect(Self.numbers(in: row).suffix(4) == ["1.234", "4", "3", "2"])

            let english = try await api.page("/?lang=en", cookie: cookie)
            let en = english.text
            #expect(en.contains("<html lang=\"en\">"))
            #expect(en.contains("Dashboard"))
            #expect(en.contains("87.5 %"))
            #expect(en.contains("+12.5 percentage points"))
            #expect(en.contains("1,234"))
            #expect(en.contains("verdict-ready\">ready<"))
            #expect(en.contains(Language.en.date(today)))
            #expect(!en.contains("procentpoint"))
            // The choice is remembered.
            #expect(english.headers[values: .setCookie].contains { $0.hasPrefix("lang=en") })
        }
    }

    @Test func theDashboardFiltersByLevelAndStandard() async throws {
        try await ServerFixture.run { fixture, api in
            _ = try await fixture.store.addRun(
                Self.run(TestUnits.a, verdict: "ready", fulfilled: 1, assessable: 1, standards: ["ddkm-kommune-2013 2013"]),
                package: [], reports: [:])
            _ = try await fixture.store.addRun(
                Self.run(TestUnits.concern, verdict: "ready", fulfilled: 1, assessable: 1, standards: ["kik-caf2020 2020"]),
                package: [], reports: [:])
            let cookie = try await api.signIn(.concern, fixture)
            let all = try await api.page("/", cookie: cookie).text
            #expect(all.contains("<option value=\"ddkm-kommune-2013 2013\">ddkm-kommune-2013 2013</option>"))
            #expect(all.contains("<label for=\"filter-level\">"))

            // As a GET form sends it: a space as `+`.
            let standard = try await api.page("/?standard=ddkm-kommune-2013+2013", cookie: cookie).text
            #expect(standard.contains("Hjemmeplejen Nord"))
            #expect(!standard.contains("Lyngsø Kommune"))
            #expect(!standard.contains("href=\"/units/\(TestUnits.b)\""))
            #expect(standard.contains("<option value=\"ddkm-kommune-2013 2013\" selected>"))

            let concern = try await api.page("/?level=concern", cookie: cookie).text
            #expect(concern.contains("Lyngsø Kommune"))
            #expect(!concern.contains("href=\"/units/\(TestUnits.a)\""))

            let none = try await api.page("/?level=concern&standard=ddkm-kommune-2013%202013", cookie: cookie).text
            #expect(none.contains("Ingen enheder passer til filteret."))
        }
    }

    @Test func aUnitCoordinatorSeesOnlyTheirOwnUnits() async throws {
        try await ServerFixture.run { fixture, api in
            let runA = try await api.run(try Packages.notReady(), to: TestUnits.a)
            let runB = try await api.run(try Packages.notReady(), to: TestUnits.b)
            let cookie = try await api.signIn(.coordinatorB, fixture)

            let dashboard = try await api.page("/", cookie: cookie).text
            #expect(dashboard.contains("Sundhedsplejen"))
            #expect(!dashboard.contains("Hjemmeplejen Nord"))
            #expect(!dashboard.contains("Lyngsø Kommune"))
            #expect(dashboard.contains("<dt>Enheder</dt><dd>1</dd>"))

            for path in [
                "/units/\(TestUnits.a)", "/units/\(TestUnits.concern)", "/units/no-such-unit", "/runs/\(runA)",
                "/runs/\(runA)/report.html", "/runs/\(runA)/report.json", "/runs/\(runA)/report/csv",
                "/runs/\(runA)/package", "/runs/999999", "/runs/abc",
            ] {
                let response = try await api.page(path, cookie: cookie)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.text.contains("Hjemmeplejen"), "\(path)")
                #expect(response.text.contains("Ikke fundet"), "\(path)")
            }
            for path in ["/units/\(TestUnits.b)", "/runs/\(runB)", "/runs/\(runB)/report.json", "/runs/\(runB)/package"] {
                #expect(try await api.page(path, cookie: cookie).status == .ok, "\(path)")
            }
            let expiring = try await api.page("/expiring?days=90", cookie: cookie).text
            #expect(!expiring.contains("Hjemmeplejen Nord"))
            let compare = try await api.page("/compare", cookie: cookie).text
            #expect(!compare.contains("Hjemmeplejen Nord"))

            // The coordinator of the concern reaches the unit under it, not the unit beside it.
            let concern = try await api.signIn(.coordinatorConcern, fixture)
            #expect(try await api.page("/units/\(TestUnits.a)", cookie: concern).status == .ok)
            #expect(try await api.page("/runs/\(runA)/package", cookie: concern).status == .ok)
            #expect(try await api.page("/runs/\(runB)", cookie: concern).status == .notFound)
        }
    }

    // MARK: Unit

    @Test func theUnitPageShowsHistoryRunsAndChanges() async throws {
        try await ServerFixture.run { fixture, api in
            let first = try await api.run(try Packages.notReady(), to: TestUnits.b, query: "asOf=2026-03-01")
            let second = try await api.run(try Packages.handHygieneFixed(), to: TestUnits.b, query: "asOf=2026-03-01")
            let cookie = try await api.signIn(.coordinatorB, fixture)
            let response = try await api.page("/units/\(TestUnits.b)", cookie: cookie)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("<h1>Sundhedsplejen</h1>"))
            // The chart: server-made SVG with a title and a description, and a table of the same.
            #expect(page.contains("<svg class=\"reading-chart\""))
            #expect(page.contains("<title id=\"history-title\">Andel opfyldt og vurdering pr. kørsel</title>"))
            #expect(page.contains("<desc id=\"history-desc\">2 kørsler fra"))
            #expect(page.contains("Udviklingen som tabel"))
            #expect(page.contains("href=\"/runs/\(first)\"") && page.contains("href=\"/runs/\(second)\""))
            // The newer run is left of the older in the list, right of it in the chart.
            let list = try #require(page.range(of: "id=\"runs-heading\""))
            let tail = page[list.upperBound...]
            let newer = try #require(tail.range(of: "href=\"/runs/\(second)\""))
            let older = try #require(tail.range(of: "href=\"/runs/\(first)\""))
            #expect(newer.lowerBound < older.lowerBound)
            #expect(page.contains("1. marts 2026"))
            // Raising hand hygiene fixed exactly one finding.
            #expect(page.contains("Kørsel \(second) sammenlignet med kørsel \(first)."))
            #expect(page.contains("<strong>0</strong> Nye fund"))
            #expect(page.contains("<strong>1</strong> Rettede fund"))
            #expect(page.contains("<th scope=\"row\">ddkm.2.6.2</th>"))
            #expect(page.contains("href=\"/runs/\(second)/report.html?lang=da\""))
            #expect(page.contains("href=\"/units/\(TestUnits.b)/evaluation\""))

            let english = try await api.page("/units/\(TestUnits.b)?lang=en", cookie: cookie).text
            #expect(english.contains("Run \(second) compared with run \(first)."))
            #expect(english.contains("<strong>1</strong> Fixed findings"))
            #expect(english.contains("1 March 2026"))
            #expect(english.contains("Edit the self-evaluation"))

            // Readers change nothing, so they get no link to the editor.
            let reader = try await api.signIn(.reader, fixture)
            let read = try await api.page("/units/\(TestUnits.b)", cookie: reader).text
            #expect(read.contains("Sundhedsplejen"))
            #expect(!read.contains("/evaluation\""))
        }
    }

    @Test func aUnitWithoutRunsSaysSo() async throws {
        try await ServerFixture.run { fixture, api in
            let cookie = try await api.signIn(.admin, fixture)
            let page = try await api.page("/units/\(TestUnits.concern)", cookie: cookie).text
            #expect(page.contains("Ingen kørsler endnu"))
            #expect(!page.contains("<svg"))
            // The sector unit under it is listed and linked.
            #expect(page.contains("href=\"/units/\(TestUnits.a)\""))
        }
    }

    // MARK: Run and downloads

    @Test func theRunPageShowsCountsReportAndDownloads() async throws {
        try await ServerFixture.run { fixture, api in
            let run = try await api.run(try Packages.notReady(), to: TestUnits.b, query: "asOf=2026-03-01")
            let record = try #require(try await fixture.store.run(id: run))
            let summary = try #require(record.summary)
            let cookie = try await api.signIn(.reader, fixture)
            let response = try await api.page("/runs/\(run)", cookie: cookie)
            #expect(response.status == .ok)
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-src 'self'") == true)
            let page = response.text
            #expect(page.contains("Kørsel \(run): Sundhedsplejen"))
            #expect(page.contains("<th scope=\"row\">delvist opfyldt</th>"))
            #expect(page.contains("<th scope=\"row\">ikke opfyldt</th>"))
            #expect(page.contains("<th scope=\"row\">arvet</th>"))
            #expect(page.contains(Language.da.percent(summary.fulfilled, of: summary.assessable)))
            #expect(
                page.contains(
                    "<iframe class=\"reading-report\" src=\"/runs/\(run)/report.html?lang=da\" sandbox=\"allow-scripts\""))
            for format in ReportFormat.allCases {
                for language in ["da", "en"] {
                    #expect(page.contains("href=\"/runs/\(run)/report.\(format.fileExtension)?language=\(language)\""))
                }
            }
            #expect(page.contains("href=\"/runs/\(run)/package\""))

            let english = try await api.page("/runs/\(run)?lang=en", cookie: cookie).text
            #expect(english.contains("Run \(run): Sundhedsplejen"))
            #expect(english.contains("<th scope=\"row\">partially met</th>"))
            #expect(english.contains(Language.en.percent(summary.fulfilled, of: summary.assessable)))
            #expect(english.contains("src=\"/runs/\(run)/report.html?lang=en\""))
        }
    }

    @Test func everyReportDownloadsAsStoredAndTheHTMLReportRunsUnderItsOwnPolicy() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            let run = try await api.run(zip, to: TestUnits.a)
            let cookie = try await api.signIn(.coordinatorA, fixture)
            for format in ReportFormat.allCases {
                for language in Language.allCases {
                    let stored = try await fixture.store.report(
                        run: run, format: RunReports.key(format: format, language: language))
                    for path in [
                        "/runs/\(run)/report.\(format.fileExtension)?lang=\(language.rawValue)",
                        "/runs/\(run)/report/\(format.rawValue)?lang=\(language.rawValue)",
                    ] {
                        let response = try await api.page(path, cookie: cookie)
                        #expect(response.status == .ok, "\(path)")
                        #expect(response.contentType == RunReports.contentType(format), "\(path)")
                        #expect(response.bytes == stored, "\(path)")
                        let disposition = response.headers[.contentDisposition]
                        if format == .html {
                            #expect(disposition == nil)
                            #expect(
                                response.headers[.contentSecurityPolicy]?.hasPrefix(HTMLReporter.contentSecurityPolicy)
                                    == true)
                        } else {
                            #expect(
                                disposition
                                    == "attachment; filename=\"\(TestUnits.a)-run-\(run)-\(language.rawValue).\(format.fileExtension)\"",
                                "\(path)")
                        }
                    }
                }
            }
            let package = try await api.page("/runs/\(run)/package", cookie: cookie)
            #expect(package.status == .ok)
            #expect(package.contentType == "application/zip")
            #expect(package.bytes == zip)
            #expect(package.headers[.contentDisposition] == "attachment; filename=\"\(TestUnits.a)-run-\(run).zip\"")

            // `language` picks the report's language without switching the pages' language.
            let english = try await api.page("/runs/\(run)/report.md?language=en", cookie: cookie)
            #expect(english.bytes == (try await fixture.store.report(run: run, format: "markdown.en")))
            #expect(!english.headers[values: .setCookie].contains { $0.hasPrefix("lang=") })

            let unknown = try await api.page("/runs/\(run)/report.pdf", cookie: cookie)
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("pdf"))
        }
    }

    @Test func aRunThatCouldNotBeEvaluatedShowsItsErrorAndHasNoReport() async throws {
        try await ServerFixture.run { fixture, api in
            let upload = try await api.upload(Array("not a zip file".utf8), to: TestUnits.b, as: .admin)
            #expect(upload.status == .unprocessableContent)
            let run = try #require(upload.object["id"] as? NSNumber).int64Value
            let error = try #require(try await fixture.store.run(id: run)?.error)
            let cookie = try await api.signIn(.concern, fixture)
            let page = try await api.page("/runs/\(run)", cookie: cookie).text
            #expect(page.contains("Pakken kunne ikke evalueres"))
            #expect(page.contains(Self.escaped(error.split(separator: "\n").first.map(String.init) ?? "")))
            #expect(!page.contains("<iframe"))
            #expect(try await api.page("/runs/\(run)/report.json", cookie: cookie).status == .notFound)
            #expect(try await api.page("/runs/\(run)/package", cookie: cookie).status == .ok)
            let dashboard = try await api.page("/", cookie: cookie).text
            #expect(dashboard.contains("Seneste pakke kunne ikke evalueres"))
        }
    }

    // MARK: Expiring evidence

    @Test func expiringEvidenceIsGroupedAndWidens() async throws {
        try await ServerFixture.run { fixture, api in
            let today = Self.today
            _ = try await fixture.store.addRun(
                Self.run(
                    TestUnits.a, verdict: "ready", fulfilled: 1, assessable: 1,
                    expiring: [
                        ("Gammel instruks", today.adding(days: -3)), ("Dagens instruks", today),
                        ("Snart instruks", today.adding(days: 5)), ("Måneds instruks", today.adding(days: 20)),
                        ("Senere instruks", today.adding(days: 60)), ("Fjern instruks", today.adding(days: 400)),
                    ]), package: [], reports: [:])
            _ = try await fixture.store.addRun(
                Self.run(
                    TestUnits.b, verdict: "ready", fulfilled: 1, assessable: 1, expiring: [("B-plan", today.adding(days: 2))]),
                package: [], reports: [:])
            let cookie = try await api.signIn(.admin, fixture)

            let page = try await api.page("/expiring", cookie: cookie).text
            #expect(page.contains("Udløbet eller udløber i dag"))
            #expect(page.contains("Udløber inden 7 dage"))
            #expect(page.contains("Udløber inden 30 dage"))
            #expect(!page.contains("Udløber inden 90 dage"))
            for title in ["Gammel instruks", "Dagens instruks", "Snart instruks", "Måneds instruks", "B-plan"] {
                #expect(page.contains(title), "\(title)")
            }
            #expect(!page.contains("Senere instruks"))
            #expect(!page.contains("Fjern instruks"))
            #expect(page.contains("for 3 dage siden") && page.contains("i dag") && page.contains("om 5 dage"))
            #expect(page.contains(Language.da.date(today.adding(days: 20))))
            // Sorted by date across units: the expired first, unit B's in between A's.
            let order = ["Gammel instruks", "Dagens instruks", "B-plan", "Snart instruks", "Måneds instruks"].compactMap {
                page.range(of: $0)?.lowerBound
            }
            #expect(order.count == 5 && order == order.sorted())

            let wide = try await api.page("/expiring?days=90&lang=en", cookie: cookie).text
            #expect(wide.contains("Expiring within 90 days"))
            #expect(wide.contains("Senere instruks"))
            #expect(wide.contains("in 60 days"))
            #expect(!wide.contains("Fjern instruks"))

            let narrow = try await api.page("/expiring?days=7", cookie: cookie).text
            #expect(narrow.contains("Snart instruks"))
            #expect(!narrow.contains("Måneds instruks"))
            #expect(narrow.contains("<option value=\"7\" selected>"))

            let coordinator = try await api.signIn(.coordinatorB, fixture)
            let own = try await api.page("/expiring", cookie: coordinator).text
            #expect(own.contains("B-plan"))
            #expect(!own.contains("Gammel instruks"))
        }
    }

    // MARK: Comparison

    @Test func theComparisonColoursUnitsAsKKiKDoes() async throws {
        let hygiene = #"<indicator id="haandhygiejne-audit" value="84""#
        /// The not-ready example (hand hygiene 84 %) with another value, and one for the year before.
        func package(_ value: String, earlier: String? = nil) throws -> [UInt8] {
            try Packages.zip(Packages.notReadyFolder) { manifest in
                var line = #"<indicator id="haandhygiejne-audit" value="\#(value)""#
                if let earlier {
                    line =
                        #"<indicator id="haandhygiejne-audit" value="\#(earlier)" unit="%" periodStart="2024-01-01" periodEnd="2024-12-31"/>"#
                        + "\n  " + line
                }
                return manifest.replacingOccurrences(of: hygiene, with: line)
            }
        }
        let zips = [
            TestUnits.a: try package("95.5", earlier: "80"), TestUnits.b: try package("90"),
            TestUnits.concern: try Packages.notReady(), "tandplejen": try package("70"),
        ]
        try await ServerFixture.run { fixture, api in
            try await fixture.store.createUnit(Unit(id: "tandplejen", name: "Tandplejen", level: .sector))
            try await fixture.store.createUnit(Unit(id: "uden-koersel", name: "Uden kørsel", level: .sector))
            for (unit, zip) in zips { _ = try await api.run(zip, to: unit) }
            let cookie = try await api.signIn(.reader, fixture)
            let response = try await api.page("/compare", cookie: cookie)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("haandhygiejne-audit"))
            #expect(page.contains("95,5 %"))
            #expect(page.contains("højere er bedre") || page.contains("lavere er bedre"))
            // Best quarter green, worst quarter red, the rest yellow (higher is better).
            let higher = page.contains("højere er bedre")
            #expect(Self.cell(of: "Hjemmeplejen Nord", in: page).contains("kkik-\(higher ? "green" : "red")"))
            #expect(Self.cell(of: "Tandplejen", in: page).contains("kkik-\(higher ? "red" : "green")"))
            #expect(Self.cell(of: "Sundhedsplejen", in: page).contains("kkik-yellow"))
            #expect(Self.cell(of: "Hjemmeplejen Nord", in: page).contains("ændring siden 2024: +15,5"))
            #expect(page.contains("grøn (bedste 25 %)"))
            #expect(page.contains("Enheder uden en evalueret kørsel er ikke med: 1."))
            // The mean of 95.5, 90, 84 and 70.
            #expect(page.contains(Language.da.decimal((95.5 + 90 + 84 + 70) / 4, fractionDigits: 2) + " %"))

            let english = try await api.page("/compare?lang=en", cookie: cookie).text
            #expect(english.contains("95.5 %"))
            #expect(english.contains("green (best 25 %)"))

            let sector = try await api.page("/compare?level=sector", cookie: cookie).text
            #expect(!sector.contains("Lyngsø Kommune"))
            #expect(sector.contains("Tandplejen"))
        }
    }

    // MARK: Escaping and unusual ids

    @Test func whatUsersWroteIsEscapedAndDanishIdsWork() async throws {
        try await ServerFixture.run { fixture, api in
            let id = "skolen-på-højen"
            try await fixture.store.createUnit(Unit(id: id, name: #"<b>Skole & "Hus"</b>"#, level: .sector))
            let run = try await fixture.store.addRun(
                Self.run(
                    id, verdict: "ready", fulfilled: 2, assessable: 2,
                    expiring: [("<script>alert(1)</script>", Self.today.adding(days: 1))]), package: [1, 2, 3],
                reports: [:])
            let cookie = try await api.signIn(.admin, fixture)
            let dashboard = try await api.page("/", cookie: cookie).text
            #expect(dashboard.contains("&lt;b&gt;Skole &amp; &quot;Hus&quot;&lt;/b&gt;"))
            #expect(!dashboard.contains("<b>Skole"))
            #expect(dashboard.contains("href=\"/units/skolen-p%C3%A5-h%C3%B8jen\""))
            let expiring = try await api.page("/expiring", cookie: cookie).text
            #expect(expiring.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!expiring.contains("<script>"))
            let unit = try await api.page("/units/skolen-p%C3%A5-h%C3%B8jen", cookie: cookie)
            #expect(unit.status == .ok)
            #expect(unit.text.contains("<code>\(id)</code>"))
            #expect(!unit.text.contains("<b>Skole"))
            let package = try await api.page("/runs/\(run)/package", cookie: cookie)
            #expect(
                package.headers[.contentDisposition]
                    == "attachment; filename=\"skolen-p_-h_jen-run-\(run).zip\"; filename*=UTF-8''skolen-p%C3%A5-h%C3%B8jen-run-\(run).zip"
            )
        }
    }

    // MARK: Formatting and the chart

    @Test func numbersDatesAndChangesAreWrittenInEachLanguage() throws {
        #expect(ReadingFormat.points(12.5, .da) == "+12,5 procentpoint")
        #expect(ReadingFormat.points(12.5, .en) == "+12.5 percentage points")
        #expect(ReadingFormat.points(-1, .en) == "-1 percentage point")
        #expect(ReadingFormat.points(-3.25, .da) == "-3,3 procentpoint")
        #expect(ReadingFormat.daysLeft(-2, .da) == "for 2 dage siden")
        #expect(ReadingFormat.daysLeft(0, .en) == "today")
        #expect(ReadingFormat.daysLeft(1_200, .da) == "om 1.200 dage")
        #expect(ReadingFormat.isoDateTime(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00Z")
        // Danish time: an hour ahead of UTC in winter, two in summer, whatever the server's zone.
        let winter = Date(timeIntervalSince1970: 1_774_740_600)  // 2026-03-28T23:30:00Z
        #expect(ReadingFormat.dateTime(winter, .da) == "29. marts 2026 kl. 00.30")
        let summer = Date(timeIntervalSince1970: 1_782_945_000)  // 2026-07-01T22:30:00Z
        #expect(ReadingFormat.dateTime(summer, .da) == "2. juli 2026 kl. 00.30")
        #expect(ReadingFormat.dateTime(summer, .en) == "2 July 2026, 00:30")
        let summary = RunSummary(counts: [:], fulfilled: 7, assessable: 8, gaps: 1)
        #expect(ReadingFormat.share(summary, .da) == "87,5 %")
        #expect(ReadingFormat.share(RunSummary(counts: [:], fulfilled: 0, assessable: 0, gaps: 0), .da) == "–")
    }

    @Test func theChartBreaksItsLineAtARunThatCouldNotBeEvaluated() throws {
        let day = Date(timeIntervalSince1970: 1_772_000_000)
        var runs = [
            Self.run("u", verdict: "not-ready", fulfilled: 1, assessable: 2),
            RunRecord(unit: "u", createdBy: "test", error: "<broken> & gone"),
            Self.run("u", verdict: "ready", fulfilled: 2, assessable: 2),
            Self.run("u", verdict: "ready", fulfilled: 2, assessable: 2),
        ]
        for index in runs.indices {
            runs[index].id = Int64(index + 1)
            runs[index].createdAt = day.addingTimeInterval(Double(index) * 86_400)
        }
        let svg = HistoryChart(runs: runs, language: .en).svg()
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
        #expect(svg.contains("<g class=\"chart-failed\"><title>Run 2, "))
        #expect(svg.contains("could not be evaluated</title>"))
        #expect(svg.contains("<desc id=\"history-desc\">4 runs from "))
        #expect(svg.contains("went from 50 % to 100 %; latest verdict: ready."))
        #expect(svg.contains("chart-not-ready") && svg.contains("chart-ready"))
        #expect(!svg.contains("<broken>"))
        for run in runs { #expect(svg.contains("<a href=\"/runs/\(run.id)\">")) }
    }

    // MARK: Scale

    /// A thousand units with ten runs each all reach the dashboard, each with its latest run.
    /// How fast is measured by the load benchmark (scripts/bench/server-load.sh), not here.
    @Test func theDashboardShowsAThousandUnitsWithTheirLatestRuns() async throws {
        try await ServerFixture.run { fixture, api in
            let store = fixture.store
            for index in 0..<1000 {
                try await store.createUnit(
                    Unit(id: "enhed-\(index)", name: "Enhed \(index)", level: .sector, parent: TestUnits.concern))
            }
            let today = Self.today
            for round in 0..<10 {
                for index in 0..<1000 {
                    _ = try await store.addRun(
                        Self.run(
                            "enhed-\(index)", verdict: round % 2 == 0 ? "ready" : "not-ready", fulfilled: round + index % 7,
                            assessable: 20, gaps: 3, standards: ["ddkm-kommune-2013 2013"],
                            expiring: [("e", today.adding(days: index % 40))]), package: [], reports: [:])
                }
            }
            let cookie = try await api.signIn(.concern, fixture)
            let response = try await api.page("/", cookie: cookie)
            #expect(response.status == .ok)
            for index in [0, 500, 999] { #expect(response.text.contains("Enhed \(index)<")) }
            // The last round (odd) was not ready for every unit: no unit shows an older run.
            #expect(response.text.contains("<span class=\"verdict verdict-not-ready\">"))
            #expect(!response.text.contains("<span class=\"verdict verdict-ready\">"))
        }
    }

    // MARK: Helpers

    static var today: Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(iso: String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }

    static func run(
        _ unit: String, verdict: String, fulfilled: Int, assessable: Int, gaps: Int = 0, standards: [String] = [],
        expiring: [(String, Day)] = []
    ) -> RunRecord {
        var counts = Dictionary(uniqueKeysWithValues: RequirementStatus.allCases.map { ($0.rawValue, 0) })
        counts["met"] = fulfilled
        counts["not-met"] = assessable - fulfilled
        return RunRecord(
            unit: unit, createdBy: "test", verdict: verdict,
            summary: RunSummary(counts: counts, fulfilled: fulfilled, assessable: assessable, gaps: gaps),
            standards: standards,
            expiringEvidence: expiring.map { ExpiringEvidence(id: $0.0.lowercased(), title: $0.0, expires: $0.1.description) })
    }

    /// The table row that starts with `name`'s link.
    static func row(of name: String, in page: String) -> String {
        guard let start = page.range(of: ">\(name)</a></th>") else { return "" }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)])
    }

    /// The first comparison cell of `name`'s row.
    static func cell(of name: String, in page: String) -> String {
        let row = row(of: name, in: page)
        guard let start = row.range(of: "<td") else { return "" }
        let rest = row[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</td>")?.upperBound ?? rest.endIndex)])
    }

    /// The numbers in the right-aligned cells of a row, in order.
    static func numbers(in row: String) -> [String] {
        row.components(separatedBy: "<td class=\"number").dropFirst().compactMap { cell in
            guard let open = cell.firstIndex(of: ">"), let close = cell.range(of: "</td>") else { return nil }
            return String(cell[cell.index(after: open)..<close.lowerBound])
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

extension APIClient {
    /// A session for `who`, made in the store as the login form makes one; the cookie to send.
    func signIn(_ who: Who, _ fixture: ServerFixture) async throws -> String {
        let user = try #require(try await fixture.store.users().first { $0.name == who.rawValue })
        let secret = Secret.make()
        try await fixture.store.createSession(
            WebSession(
                digest: Secret.digest(secret), userID: user.id, csrfToken: Secret.make(),
                expires: Date().addingTimeInterval(3600)))
        return "accredit_session=\(secret)"
    }

    /// A page as a browser asks for it: with the session cookie, or without one.
    func page(_ uri: String, cookie: String?) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
    }
}
