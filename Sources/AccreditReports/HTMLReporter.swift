import AccreditCore

/// A single self-contained page a quality coordinator can hand to management: the verdict and
/// why, the counts, each standard, the gaps to close first, readiness per theme and per
/// criterion as charts, the concern × sector overlap as a matrix, and every requirement in a
/// searchable, filterable table with its findings and accepted evidence. Inline CSS, script
/// and SVG only, under a content-security policy that refuses the network; it works offline,
/// as a mail attachment, without script (everything shown), and prints to PDF.
public struct HTMLReporter: Reporter {
    /// The policy the page declares for itself (no external resources, nothing fetched), for a
    /// server to send as a header with it.
    public static var contentSecurityPolicy: String { HTMLAssets.contentSecurityPolicy }

    public init() {}

    private let h = Escape.html

    public func render(_ report: Report, language l: Language) -> String {
        let digest = ReportDigest(report: report)
        let anchors = Self.anchors(report)
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append(#"<html lang="\#(l.rawValue)">"#)
        out.append("<head>")
        out.append(#"<meta charset="utf-8">"#)
        out.append(#"<meta http-equiv="Content-Security-Policy" content="\#(HTMLAssets.contentSecurityPolicy)">"#)
        out.append(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
        out.append(#"<meta name="generator" content="accredit \#(h(report.tool.version))">"#)
        out.append(#"<link rel="icon" href="data:,">"#)
        out.append("<title>\(h("accredit — \(Vocabulary.label(.title, l)) — \(report.package.unitName)"))</title>")
        out.append("<style>\n\(HTMLAssets.style)\n</style>")
        out.append("</head>")
        out.append(#"<body data-verdict="\#(report.verdict.decision.rawValue)">"#)
        out += header(report, l)
        out.append("<main>")
        out += verdict(report, anchors, l)
        out += counts(report, l)
        out += standards(report, l)
        out += baselineSection(report, anchors, l)
        out += gaps(digest, anchors, l)
        out += charts(digest, l)
        out += indicatorSection(report, l)
        out += overlaps(report, l)
        out += requirements(report, l)
        out.append("</main>")
        out += footer(report, l)
        out.append("<script>\n\(HTMLAssets.script)\n</script>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The element id of each requirement's table row, by requirement id (first one wins).
    static func anchors(_ report: Report) -> [String: String] {
        var anchors: [String: String] = [:]
        for (index, requirement) in report.requirements.enumerated() where anchors[requirement.id] == nil {
            anchors[requirement.id] = "r\(index + 1)"
        }
        return anchors
    }

    private func link(_ id: String, _ anchors: [String: String]) -> String {
        guard let anchor = anchors[id] else { return "<code>\(h(id))</code>" }
        return ##"<a href="#\##(anchor)"><code>\##(h(id))</code></a>"##
    }

    private func header(_ report: Report, _ l: Language) -> [String] {
        let p = report.package
        let level = p.unitLevel.map { " (\(Vocabulary.level($0, l)))" } ?? ""
        var out = ["<header>"]
        out.append("<h1>\(h(Vocabulary.label(.title, l).capitalisedFirst)): \(h(p.unitName))</h1>")
        out.append(#"<p class="sub">\#(h(p.organisation)) — \#(h(p.unitName))\#(h(level))</p>"#)
        out.append(#"<dl class="meta">"#)
        func row(_ label: Vocabulary.Label, _ value: String) {
            out.append("<dt>\(h(Vocabulary.label(label, l)))</dt><dd>\(value)</dd>")
        }
        row(.package, "<code>\(h(p.path))</code>")
        row(.assessedAt, #"<span id="assessment-date">\#(report.assessmentDate)</span>"#)
        row(.period, "\(p.periodStart) – \(p.periodEnd)")
        for set in report.ruleSets {
            row(
                .rules,
                "<code>\(h(set.id))</code> \(h(set.version)) (\(h(set.standard)) \(h(set.standardVersion))) "
                    + #"<span class="mono">sha256:\#(h(set.contentHash))</span>"#)
        }
        row(.catalogue, #"<span class="mono">sha256:\#(h(report.catalogueHash))</span>"#)
        row(.tool, #"<span id="tool-version">accredit \#(h(report.tool.version))</span>"#)
        out.append("</dl>")
        out.append("</header>")
        return out
    }

    private func verdict(_ report: Report, _ anchors: [String: String], _ l: Language) -> [String] {
        let verdict = report.verdict
        var out = [
            #"<section id="verdict" class="verdict" style="--decision:\#(HTMLPalette.decision(verdict.decision))" data-decision="\#(verdict.decision.rawValue)">"#
        ]
        out.append("<h2>\(h(Vocabulary.label(.verdict, l)))</h2>")
        let advisory = verdict.advisory ? #" <span class="advisory">(\#(h(Vocabulary.label(.advisory, l))))</span>"# : ""
        out.append(#"<p class="decision">\#(h(Vocabulary.decision(verdict.decision, l).uppercased()))\#(advisory)</p>"#)
        if !verdict.reasons.isEmpty {
            out.append(#"<ul class="reasons">"# + verdict.reasons.map { "<li>\(h($0.text(l)))</li>" }.joined() + "</ul>")
        }
        if !verdict.toChange.isEmpty {
            let label: Vocabulary.Label = verdict.decision == .undetermined ? .couldNotEvaluate : .toChange
            out.append(
                "<p>\(h(Vocabulary.label(label, l))): " + verdict.toChange.map { link($0, anchors) }.joined(separator: ", ")
                    + "</p>")
        }
        out.append("</section>")
        return out
    }

    private func counts(_ report: Report, _ l: Language) -> [String] {
        var out = [#"<section id="counts">"#, "<h2>\(h(Vocabulary.label(.verdictCounts, l)))</h2>", #"<ul class="counts">"#]
        for status in RequirementStatus.allCases {
            out.append(
                ##"<li data-status="\##(status.rawValue)"><a href="#requirements" data-filter-status="\##(status.rawValue)" style="--c:\##(HTMLPalette.status(status))">"##
                    // A space between number and word, for a page read without its style sheet
                    // (a strict Content-Security-Policy blocks the inline one).
                    + #"<span class="n">\#(report.summary[status] ?? 0)</span> <span class="l">\#(h(Vocabulary.status(status, l)))</span></a></li>"#
            )
        }
        out.append("</ul>")
        out.append("</section>")
        return out
    }

    private func standards(_ report: Report, _ l: Language) -> [String] {
        var out = [#"<section id="standards">"#, "<h2>\(h(Vocabulary.label(.standards, l)))</h2>", "<table>"]
        out.append(
            "<thead><tr><th>\(h(Vocabulary.label(.standard, l)))</th><th>\(h(Vocabulary.label(.level, l)))</th>"
                + "<th>\(h(Vocabulary.label(.verdict, l)))</th><th class=\"num\">\(h(Vocabulary.label(.fulfilled, l).capitalisedFirst))</th></tr></thead>"
        )
        out.append("<tbody>")
        for standard in report.standards {
            let decision = standard.verdict.decision
            let advisory = standard.verdict.advisory ? " (\(Vocabulary.label(.advisory, l)))" : ""
            out.append(
                "<tr><td><code>\(h(standard.id))</code> \(h(standard.version)) — \(h(standard.title.text(l)))</td>"
                    + "<td>\(h(Vocabulary.level(standard.level, l)))</td>"
                    + #"<td><span class="badge" style="--c:\#(HTMLPalette.decision(decision))">\#(h(Vocabulary.decision(decision, l)))</span>\#(h(advisory))"#
                    + standard.verdict.reasons.map { #"<div class="loc">\#(h($0.text(l)))</div>"# }.joined()
                    + #"</td><td class="num">\#(h(FulfilledShare(standard).text(l)))</td></tr>"#)
        }
        out.append("</tbody></table>")
        out.append("</section>")
        return out
    }

    private func gaps(_ digest: ReportDigest, _ anchors: [String: String], _ l: Language) -> [String] {
        var out = [#"<section id="gaps">"#, "<h2>\(h(Vocabulary.label(.gapsFirst, l)))</h2>"]
        let gaps = digest.gapsFirst
        if gaps.isEmpty {
            out.append("<p>\(h(Vocabulary.label(.noGaps, l)))</p>")
        } else {
            out.append(#"<ol class="gaps">"#)
            for requirement in gaps {
                out.append(
                    "<li>\(link(requirement.id, anchors)) \(h(requirement.title.text(l))) "
                        + badge(requirement.status, l) + critical(requirement, l)
                        + findings(ReportDigest.openFindings(requirement), l) + "</li>")
            }
            out.append("</ol>")
        }
        out.append("</section>")
        return out
    }

    private func charts(_ digest: ReportDigest, _ l: Language) -> [String] {
        [
            #"<section id="readiness">"#,
            "<h2>\(h(Vocabulary.label(.readinessByTheme, l)))</h2>",
            #"<div class="charts">"#,
            HTMLCharts.readinessBars(digest.byTheme(l), label: Vocabulary.label(.readinessByTheme, l), l), "</div>",
            "<h3>\(h(Vocabulary.label(.readinessByCriterion, l)))</h3>",
            #"<div class="charts">"#,
            HTMLCharts.readinessBars(digest.byCriterion, label: Vocabulary.label(.readinessByCriterion, l), l), "</div>",
            HTMLCharts.statusLegend(l),
            "</section>",
        ]
    }

    private func overlaps(_ report: Report, _ l: Language) -> [String] {
        var out = [#"<section id="overlap">"#, "<h2>\(h(Vocabulary.label(.overlapMatrix, l))) (\(report.overlaps.count))</h2>"]
        if report.overlaps.isEmpty {
            out.append("<p>\(h(Vocabulary.label(.noOverlaps, l)))</p>")
        } else {
            out.append(#"<div class="matrix-wrap">"#)
            out.append(HTMLCharts.overlapMatrix(report.overlaps, l))
            out.append("</div>")
            out.append(HTMLCharts.overlapLegend(report.overlaps, l))
            out.append(#"<details class="screen-only"><summary>\#(h(Vocabulary.label(.overlaps, l)))</summary><table>"#)
            out.append(
                "<thead><tr><th>\(h(Vocabulary.level(.concern, l).capitalisedFirst))</th><th>\(h(Vocabulary.level(.sector, l).capitalisedFirst))</th>"
                    + "<th>\(h(Vocabulary.label(.relation, l)))</th><th>\(h(Vocabulary.label(.state, l)))</th><th>\(h(Vocabulary.label(.message, l)))</th></tr></thead><tbody>"
            )
            for overlap in report.overlaps {
                out.append(
                    "<tr><td><code>\(h(overlap.concern))</code></td><td><code>\(h(overlap.sector))</code></td>"
                        + "<td>\(h(overlap.relation.name.text(l)))</td>"
                        + #"<td><span class="swatch" style="background:\#(HTMLPalette.overlap(overlap.state))"></span>\#(h(Vocabulary.overlap(overlap.state, l)))</td>"#
                        + "<td>\(h(overlap.message.text(l)))</td></tr>")
            }
            out.append("</tbody></table></details>")
        }
        let owes =
            report.sectorOwes.isEmpty
            ? h(Vocabulary.label(.nothingOwed, l))
            : report.sectorOwes.map { "<code>\(h($0))</code>" }.joined(separator: ", ")
        out.append("<p>\(h(Vocabulary.label(.sectorOwes, l))): \(owes)</p>")
        out.append("</section>")
        return out
    }

    private func requirements(_ report: Report, _ l: Language) -> [String] {
        var out = [
            #"<section id="requirements">"#, "<h2>\(h(Vocabulary.label(.requirements, l))) (\(report.requirements.count))</h2>",
        ]
        out.append(#"<div class="controls" id="controls" hidden>"#)
        out.append(
            #"<input type="search" id="q" placeholder="\#(h(Vocabulary.label(.search, l)))" aria-label="\#(h(Vocabulary.label(.search, l)))">"#
        )
        out.append(
            #"<select id="fs" aria-label="\#(h(Vocabulary.label(.status, l)))"><option value="">\#(h(Vocabulary.label(.allStatuses, l)))</option>"#
                + RequirementStatus.allCases.map { #"<option value="\#($0.rawValue)">\#(h(Vocabulary.status($0, l)))</option>"# }
                .joined() + "</select>")
        out.append(
            #"<select id="fstd" aria-label="\#(h(Vocabulary.label(.standard, l)))"><option value="">\#(h(Vocabulary.label(.allStandards, l)))</option>"#
                + report.standards.map { #"<option value="\#(h($0.id))">\#(h($0.id))</option>"# }.joined() + "</select>")
        out.append(#"<label><input type="checkbox" id="fg"> \#(h(Vocabulary.label(.onlyGaps, l)))</label>"#)
        out.append(#"<span id="shown" data-word="\#(h(Vocabulary.label(.shown, l)))"></span>"#)
        out.append("</div>")
        out.append("<noscript><p>\(h(Vocabulary.label(.noScript, l)))</p></noscript>")
        out.append(
            #"<table id="reqs"><thead><tr><th>\#(h(Vocabulary.label(.requirement, l)))</th><th>\#(h(Vocabulary.label(.requirementTitle, l)))</th>"#
                + "<th>\(h(Vocabulary.label(.theme, l)))</th><th>\(h(Vocabulary.label(.status, l)))</th><th>\(h(Vocabulary.label(.findings, l)))</th></tr></thead>"
        )
        out.append("<tbody>")
        for (index, requirement) in report.requirements.enumerated() { out.append(row(requirement, index: index, l)) }
        out.append("</tbody></table>")
        out.append("</section>")
        return out
    }

    private func row(_ requirement: Report.RequirementResult, index: Int, _ l: Language) -> String {
        let gap = requirement.status.isGap || requirement.status == .error
        let theme = requirement.theme.map { Vocabulary.theme($0, l) } ?? ""
        let evidence = requirement.findings.filter { $0.kind == .passed }
        var cell = findings(ReportDigest.openFindings(requirement), l)
        if !evidence.isEmpty {
            cell +=
                "<details><summary>\(h(Vocabulary.label(.evidence, l))) (\(evidence.count))</summary>\(findings(evidence, l))</details>"
        }
        cell +=
            #"<div class="loc">\#(h(Vocabulary.label(.location, l))): <code>\#(h(requirement.location.description))</code> · "#
            + #"\#(h(Vocabulary.label(.definition, l))): <code>\#(h(requirement.definition.description))</code></div>"#
        return
            #"<tr id="r\#(index + 1)" data-status="\#(requirement.status.rawValue)" data-standard="\#(h(requirement.standard))" data-gap="\#(gap ? 1 : 0)">"#
            + "<td><code>\(h(requirement.id))</code>\(critical(requirement, l))<div class=\"loc\">\(h(requirement.standard))</div></td>"
            + "<td>\(h(requirement.title.text(l)))</td><td>\(h(theme))</td><td>\(badge(requirement.status, l))</td><td>\(cell)</td></tr>"
    }

    private func findings(_ findings: [Finding], _ l: Language) -> String {
        guard !findings.isEmpty else { return "" }
        return #"<ul class="findings">"#
            + findings.map {
                #"<li>\#(h($0.message.text(l))) <span class="loc">(<code>\#(h($0.location.description))</code>)</span></li>"#
            }.joined() + "</ul>"
    }

    private func badge(_ status: RequirementStatus, _ l: Language) -> String {
        let light = [.inherited, .partiallyMet, .waived, .notApplicable].contains(status) ? " light" : ""
        return
            #"<span class="badge\#(light)" style="--c:\#(HTMLPalette.status(status))">\#(h(Vocabulary.status(status, l)))</span>"#
    }

    private func critical(_ requirement: Report.RequirementResult, _ l: Language) -> String {
        requirement.critical ? #"<span class="crit" title="\#(h(Vocabulary.label(.critical, l)))">!</span>"# : ""
    }

    private func footer(_ report: Report, _ l: Language) -> [String] {
        let rules = report.ruleSets.map { "\(h($0.id)) \(h($0.version)) sha256:\(h(String($0.contentHash.prefix(12))))" }.joined(
            separator: " · ")
        return [
            "<footer>",
            "<p>\(h(Vocabulary.label(.madeWith, l))) accredit \(h(report.tool.version)) · \(h(Vocabulary.label(.assessedAt, l))) \(report.assessmentDate) · \(rules)</p>",
            #"<p class="screen-only">\#(h(Vocabulary.label(.printHint, l)))</p>"#,
            "</footer>",
        ]
    }
}

extension String {
    /// The string with its first letter in upper case, for labels that start a heading.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
