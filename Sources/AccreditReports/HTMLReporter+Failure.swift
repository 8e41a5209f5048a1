import AccreditCore

extension HTMLReporter {
    /// The page for a package that could not be evaluated: the verdict "undetermined" and each
    /// problem with its place and what to do. No script: there is nothing to filter.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        let h = Escape.html
        var out = ["<!DOCTYPE html>", #"<html lang="\#(l.rawValue)">"#, "<head>", #"<meta charset="utf-8">"#]
        out.append(#"<meta http-equiv="Content-Security-Policy" content="\#(HTMLAssets.contentSecurityPolicy)">"#)
        out.append(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
        out.append(#"<meta name="generator" content="accredit \#(h(failed.toolVersion))">"#)
        out.append(#"<link rel="icon" href="data:,">"#)
        out.append("<title>\(h("accredit — \(Vocabulary.label(.title, l)) — \(failed.package)"))</title>")
        out.append("<style>\n\(HTMLAssets.style)\n</style>")
        out.append("</head>")
        out.append(#"<body data-verdict="undetermined">"#)
        out.append("<header>")
        out.append("<h1>\(h(Vocabulary.label(.title, l).capitalisedFirst)): <code>\(h(failed.package))</code></h1>")
        out.append(#"<dl class="meta">"#)
        out.append("<dt>\(h(Vocabulary.label(.package, l)))</dt><dd><code>\(h(failed.package))</code></dd>")
        out.append(
            #"<dt>\#(h(Vocabulary.label(.tool, l)))</dt><dd><span id="tool-version">accredit \#(h(failed.toolVersion))</span></dd>"#
        )
        out.append("</dl>")
        out.append("</header>")
        out.append("<main>")
        out.append(#"<section id="verdict" class="verdict" data-decision="undetermined">"#)
        out.append("<h2>\(h(Vocabulary.label(.verdict, l)))</h2>")
        out.append(#"<p class="decision">\#(h(Vocabulary.decision(.undetermined, l).uppercased()))</p>"#)
        out.append("<p>\(h(failed.headline(l)))</p>")
        out.append(#"<ul class="reasons" id="problems">"#)
        for error in failed.errors {
            let place = error.location.map { "<code>\(h($0.description))</code>: " } ?? ""
            let hint = error.hint.text(l)
            out.append(
                "<li>\(place)\(h(error.message.text(l)))" + (hint.isEmpty ? "" : "<br>\(h(hint))") + "</li>")
        }
        out.append("</ul>")
        out.append("</section>")
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }
}
