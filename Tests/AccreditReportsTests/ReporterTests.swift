import AccreditCore
import AccreditReports
import AccreditTestSupport
import Foundation
import Testing

/// Every reporter on real reports: the formats agree with the report value, hostile text is
/// escaped in each, and the output is byte-stable.
struct ReporterTests {
    static func example(_ name: String) throws -> Report {
        let loaded = try PackageLoader().load(Fixtures.path("examples/" + name))
        return try Evaluator(catalogue: try Fixtures.shippedCatalogue()).evaluate(loaded, asOf: nil)
    }

    /// A package whose organisation, unit and exemption texts try to break every format.
    static func hostile() throws -> Report {
        var builder = PackageBuilder(entries: [
            #"<exemption requirement="s.superset" type="not-applicable" approvedBy="Chef &quot;Ærø&quot; &lt;b&gt;" approved="2026-01-01">"#
                + "<justification>Linje 1\n::error file=x::injiceret, =1+1 | *fed* &amp; &lt;script&gt;alert(1)&lt;/script&gt; %0A</justification></exemption>"
        ])
        builder.organisation = "Æblø &amp; &lt;Søn&gt; &quot;A/S&quot;, =2+2"
        builder.unit = #"<unit id="test" name="Enhed &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; &amp; Ø" level="sector"/>"#
        return try evaluate(builder, with: try Fixtures.miniCatalogue())
    }

    static let hostileJustification = "::error file=x::injiceret, =1+1 | *fed* & <script>alert(1)</script> %0A"

    @Test func textWithColourIsThePlainTextWithANSICodes() throws {
        let report = try Self.example("not-ready-sundhed")
        let plain = TextReporter().render(report, language: .en)
        let coloured = TextReporter(colour: true).render(report, language: .en)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31mNOT READY\u{1B}[0m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    @Test func junitCountsAgreeWithTheReport() throws {
        let report = try Self.example("overlap-sundhed")
        let xml = JUnitReporter().render(report, language: .en)
        let summary = report.summary
        #expect(xml.contains(#"<testsuites name="accredit "#))
        #expect(
            xml.contains(#"tests="\#(report.requirements.count)" failures="\#(summary[.notMet]! + summary[.partiallyMet]!)""#))
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == report.requirements.count)
        #expect(
            xml.components(separatedBy: "<skipped ").count - 1 == summary[.notApplicable]! + summary[.waived]! + summary[
                .notAssessed]!)
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == report.standards.count)
        for set in report.ruleSets { #expect(xml.contains(set.contentHash)) }
    }

    @Test func sarifHasOneRulePerRequirementAndResultsForGapsOnly() throws {
        let report = try Self.example("not-ready-sundhed")
        let sarif = SARIFReporter().render(report, language: .en)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == report.requirements.map(\.id))
        let results = try #require(run["results"] as? [[String: Any]])
        let gapIDs = Set(report.requirements.filter { $0.status.isGap || $0.status == .error }.map(\.id))
        #expect(Set(results.compactMap { $0["ruleId"] as? String }) == gapIDs)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let related = try #require(result["relatedLocations"] as? [[String: Any]])
            #expect(!related.isEmpty)
        }
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["assessmentDate"] as? String == "2026-03-01")
        #expect(driver["version"] as? String == AccreditVersion.current)
    }

    @Test func csvHasAHeaderAndOneRowPerRequirement() throws {
        let report = try Self.example("overlap-sundhed")
        let csv = CSVReporter(dialect: .rfc4180).render(report, language: .da)
        #expect(csv.hasPrefix("Organisation,Enhed,Enhedens navn,Periode fra,Periode til,Afgørelseskode,Afgørelse,Standard,Krav,"))
        #expect(csv.hasSuffix("\r\n"))
        let rows = try Self.parseCSV(csv)
        #expect(rows.count == report.requirements.count + 1)
        #expect(Set(rows.map(\.count)).count == 1)
        #expect(rows.dropFirst().map { $0[8] } == report.requirements.map(\.id))
        #expect(rows.dropFirst().map { $0[13] } == report.requirements.map(\.status.rawValue))
    }

    @Test func htmlShowsVerdictCountsAndEveryRequirement() throws {
        let report = try Self.example("overlap-sundhed")
        let html = HTMLReporter().render(report, language: .en)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains(#"<body data-verdict="\#(report.verdict.decision.rawValue)">"#))
        for status in RequirementStatus.allCases {
            #expect(html.contains(#"<li data-status="\#(status.rawValue)">"#))
            #expect(html.contains(#"data-filter-status="\#(status.rawValue)""#))
        }
        #expect(html.components(separatedBy: "<tr id=\"r").count - 1 == report.requirements.count)
        #expect(html.contains("<svg class=\"matrix\""))
        #expect(html.components(separatedBy: "data-state=").count - 1 == report.overlaps.count)
        for set in report.ruleSets { #expect(html.contains(set.contentHash)) }
    }

    @Test func htmlNeedsNothingFromTheNetwork() throws {
        let html = HTMLReporter().render(try Self.example("overlap-sundhed"), language: .da)
        #expect(html.contains("default-src 'none'"))
        for remote in ["http://", "https://", "src=\"//", "@import", "url("] {
            // The SVG namespace is a name, not a request.
            let hits = html.components(separatedBy: remote).count - 1
            let namespaces =
                remote == "http://" ? html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1 : 0
            #expect(hits == namespaces, "\(remote)")
        }
        #expect(html.contains(#"<html lang="da">"#))
        #expect(html.contains("Parathed pr. tema"))
    }

    @Test func markdownSummarisesVerdictCountsGapsAndIdentity() throws {
        let report = try Self.example("not-ready-sundhed")
        let markdown = MarkdownReporter().render(report, language: .en)
        #expect(markdown.contains("**Verdict: ❌ NOT READY**"))
        #expect(markdown.contains("| 21 | 4 | 1 | 1 | 0 | 0 | 1 | 0 |"))
        #expect(markdown.contains("1. `ddkm.1.2.4`"))
        #expect(markdown.contains("Assessed at 2026-03-01"))
        let short = MarkdownReporter(limit: 2).render(report, language: .da)
        #expect(short.contains("_og 3 mere_"))
    }

    @Test func githubPutsTheVerdictFirstAndAnnotatesEachRequirementOnce() throws {
        let report = try Self.example("not-ready-sundhed")
        let lines = GitHubReporter().render(report, language: .en).split(separator: "\n")
        let open = report.requirements.filter { $0.status.isGap || $0.status == .error }
        #expect(lines.first?.hasPrefix("::notice ") == true)
        #expect(lines.first?.contains("Verdict: not ready") == true)
        #expect(lines.filter { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }.count == open.count)
        #expect(lines.allSatisfy { $0.hasPrefix("::") })
        #expect(lines.contains { $0.contains("line=150,") && $0.contains("84 %25 misses") })
        // Five findings of ddkm.1.3.2 in one annotation, at the first finding's line.
        let documentControl = lines.filter { $0.contains("title=ddkm.1.3.2 ") }
        #expect(documentControl.count == 1)
        #expect(documentControl.first?.contains("line=157,") == true)
        #expect(documentControl.first?.components(separatedBy: "%0A- ").count == 5)
    }

    @Test(arguments: [2, 3, 10])
    func githubKeepsWithinItsLimitOfEachKindAndCountsTheRest(_ limit: Int) throws {
        let report = try Self.example("not-ready-sundhed")
        let lines = GitHubReporter(limit: limit).render(report, language: .da).split(separator: "\n")
        let open = report.requirements.filter { $0.status.isGap || $0.status == .error }
        for kind in ["::error ", "::warning ", "::notice "] {
            #expect(lines.filter { $0.hasPrefix(kind) }.count <= limit)
        }
        let errorsAndWarnings = open.filter { !$0.critical && $0.status == .partiallyMet }.count
        if open.count - errorsAndWarnings > limit || errorsAndWarnings > limit {
            #expect(lines.contains { $0.contains("krav mere er ikke vist her") })
        }
        // Every requirement is either annotated or counted.
        let shown = lines.filter { $0.contains(",title=ddkm.") }.count
        let counted = lines.compactMap { line -> Int? in
            guard let range = line.range(of: "::", options: .backwards), line.contains("krav mere") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }.reduce(0, +)
        #expect(shown + counted == open.count + report.requirements.filter { $0.status == .notAssessed }.count)
    }

    @Test func hostileTextIsEscapedInEveryFormat() throws {
        let report = try Self.hostile()
        #expect(
            report.requirements.contains { $0.findings.contains { $0.message.text(.en).contains(Self.hostileJustification) } })
        for language in Language.allCases {
            let html = HTMLReporter().render(report, language: language)
            #expect(!html.contains("<script>alert(1)") && !html.contains("<script>x()"))
            #expect(html.components(separatedBy: "<script>").count - 1 == 1, "only the report's own script")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("Æblø &amp; &lt;Søn&gt;"))

            let junit = JUnitReporter().render(report, language: language)
            #expect(!junit.contains("<script>") && !junit.contains("<b>"))
            #expect(junit.contains("Æblø &amp; &lt;Søn&gt; &quot;A/S&quot;"))

            let github = GitHubReporter().render(report, language: language)
            #expect(github.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })

            let markdown = MarkdownReporter().render(report, language: language)
            #expect(!markdown.contains("<script>"))

            let rows = try Self.parseCSV(CSVReporter().render(report, language: language))
            #expect(rows.count == report.requirements.count + 1)
            #expect(rows.dropFirst().allSatisfy { $0.allSatisfy { !$0.hasPrefix("=") } })
            #expect(rows.contains { $0.contains { $0.contains(Self.hostileJustification) } })

            let sarif = SARIFReporter().render(report, language: language)
            #expect(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) is [String: Any])
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func outputIsByteStable(_ format: ReportFormat) throws {
        let report = try Self.example("overlap-sundhed")
        let first = format.reporter.render(report, language: .da)
        let second = format.reporter.render(try Self.example("overlap-sundhed"), language: .da)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    /// An independent RFC 4180 reader, kept tiny: quoted fields, doubled quotes, CRLF rows.
    static func parseCSV(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append(characters.removeFirst()) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r" {
                guard characters.popFirst() == "\n" else { throw CSVError() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        guard row.isEmpty, field.isEmpty, !quoted else { throw CSVError() }
        return rows
    }

    struct CSVError: Error {}
}
