#!/usr/bin/env python3
"""Checks the HTML report where it lands outside a browser tab: on paper and behind a strict CSP.

Paper: each REPORT.html is printed with headless Chromium (`--print-to-pdf`, A4 from the page's
own @page rule) and its pages counted (pdfinfo from poppler-utils); more than --max-pages fails.

Strict Content-Security-Policy: each REPORT.html is served by a local HTTP server that adds the
header Jenkins serves archived HTML with,
    Content-Security-Policy: sandbox; default-src 'none'; img-src 'self'; style-src 'self';
so the report's inline style sheet, its style attributes and its script are all blocked, and
loaded in headless Chromium through the DevTools protocol (the Browser of check-html.py). The
page must still read well: the policy really applied (no report style on the body), the verdict
visible at the top and in words, the sections in reading order (verdict, counts, gaps,
requirements), every requirement row shown, text at a legible size, no chart or table wider
than the window, the search and filter controls hidden (they need the script), the note that
says so shown, and the evidence folded in <details> opening with a click.

usage: check-html-paper.py [--chromium PATH] [--max-pages N] REPORT.html...
Exits 0 when every report passes, 1 otherwise.
"""
import argparse
import functools
import http.server
import importlib.util
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading

JENKINS_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';"

spec = importlib.util.spec_from_file_location("check_html", pathlib.Path(__file__).with_name("check-html.py"))
check_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_html)


def count_pages(pdf):
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def printed_pages(chromium, path):
    with tempfile.TemporaryDirectory(prefix="accredit-print-") as folder:
        pdf = pathlib.Path(folder) / "report.pdf"
        subprocess.run(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf}", pathlib.Path(path).resolve().as_uri()],
            capture_output=True, timeout=180)
        if not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF"):
            return None
        return count_pages(pdf)


class PolicyHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files with the strict policy, as Jenkins serves archived HTML."""

    def end_headers(self):
        self.send_header("Content-Security-Policy", JENKINS_POLICY)
        super().end_headers()

    def log_message(self, *arguments):
        pass


def check_under_policy(browser, url):
    problems = []
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1024, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session)
    browser.send("Page.navigate", {"url": url}, session)
    browser.wait_for("Page.loadEventFired", session)
    # DevTools evaluates in an isolated world of its own, which the page's policy does not bind.
    frame = browser.send("Page.getFrameTree", session=session)["frameTree"]["frame"]["id"]
    world = browser.send("Page.createIsolatedWorld", {"frameId": frame, "worldName": "check"}, session)["executionContextId"]

    def evaluate(expression):
        result = browser.send("Runtime.evaluate",
                              {"expression": expression, "returnByValue": True, "contextId": world}, session)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    seen = evaluate("""(() => {
        const box = (element) => element ? element.getBoundingClientRect() : null;
        const top = (selector) => { const b = box(document.querySelector(selector)); return b ? b.top + scrollY : -1; };
        // checkVisibility also sees what a closed <details> hides (content-visibility: hidden).
        const visible = (element) => !!element && element.checkVisibility({visibilityProperty: true});
        const rows = [...document.querySelectorAll('#reqs tbody tr')];
        const texts = [...document.querySelectorAll('p, li, td, th, dd, summary, h1, h2')]
            .filter(visible).map(e => parseFloat(getComputedStyle(e).fontSize));
        const wide = [...document.querySelectorAll('svg, table')]
            .filter(e => box(e).width > document.documentElement.clientWidth + 1).map(e => e.tagName + '#' + e.id);
        const details = document.querySelector('#reqs details');
        let summary = null;
        if (details) {
            details.scrollIntoView({block: 'center'});
            const b = box(details.querySelector('summary'));
            summary = {x: b.left + 8, y: b.top + b.height / 2,
                       folded: !details.open && [...details.children].filter(c => c.tagName !== 'SUMMARY').every(c => !visible(c))};
        }
        return {
            bodyBackground: getComputedStyle(document.body).backgroundColor,
            scriptRan: !document.getElementById('controls').hidden,
            decision: (document.querySelector('#verdict .decision') || {}).textContent || '',
            decisionVisible: visible(document.querySelector('#verdict .decision')),
            order: ['#verdict', '#counts', '#gaps', '#requirements'].map(top),
            verdictTop: top('#verdict'),
            rows: rows.length, rowsShown: rows.filter(visible).length,
            controlsShown: visible(document.getElementById('controls')),
            noScriptShown: document.body.innerText.includes('JavaScript'),
            smallestText: Math.min(...texts),
            wide: wide,
            summary: summary,
            counts: [...document.querySelectorAll('#counts li')].map(li => li.innerText.trim()),
        };
    })()""")
    # The evidence folded in <details>, opened as a reader would: a real click on its summary.
    if seen["summary"]:
        for kind in ("mousePressed", "mouseReleased"):
            browser.send("Input.dispatchMouseEvent", {"type": kind, "x": seen["summary"]["x"], "y": seen["summary"]["y"],
                                                      "button": "left", "clickCount": 1}, session)
        seen["detailsOpen"] = seen["summary"]["folded"] and evaluate("""(() => {
            const details = document.querySelector('#reqs details');
            return details.open && [...details.children].some(c => c.tagName !== 'SUMMARY' && c.checkVisibility());
        })()""")
    if seen["bodyBackground"] not in ("rgba(0, 0, 0, 0)", "transparent"):
        problems.append(f"the report's style applied ({seen['bodyBackground']}): the policy was not in force")
    if seen["scriptRan"]:
        problems.append("the report's script ran: the policy was not in force")
    if not seen["decision"].strip() or not seen["decisionVisible"]:
        problems.append("the verdict is not shown in words")
    if seen["verdictTop"] < 0 or seen["verdictTop"] > 900:
        problems.append(f"the verdict is not on the first screen (at {seen['verdictTop']} px)")
    order = [position for position in seen["order"] if position >= 0]
    if order != sorted(order) or len(order) < 3:
        problems.append(f"sections out of reading order: {seen['order']}")
    if seen["rowsShown"] != seen["rows"] or seen["rows"] == 0:
        problems.append(f"{seen['rowsShown']} of {seen['rows']} requirement rows shown")
    if seen["controlsShown"]:
        problems.append("the search and filter controls show although no script can make them work")
    if any(not re.fullmatch(r"\d+\s+\S.*", count) for count in seen["counts"]):
        problems.append(f"counts run into their words: {seen['counts']}")
    if not seen["noScriptShown"]:
        problems.append("the note that search and filters need JavaScript is not shown")
    if seen["smallestText"] < 12:
        problems.append(f"text as small as {seen['smallestText']} px")
    if seen["wide"]:
        problems.append(f"wider than the window: {seen['wide']}")
    if seen["summary"] and not seen["detailsOpen"]:
        problems.append("the folded evidence (<details>) did not open with a click")
    browser.send("Target.closeTarget", {"targetId": target})
    return problems, seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--max-pages", type=int, default=6)
    parser.add_argument("--no-print", action="store_true", help="only the strict-policy check")
    parser.add_argument("reports", nargs="+")
    arguments = parser.parse_args()

    failed = False
    for report in arguments.reports:
        if arguments.no_print:
            break
        pages = printed_pages(arguments.chromium, report)
        ok = pages is not None and pages <= arguments.max_pages
        print(f"{'ok' if ok else 'FAIL'}: {pathlib.Path(report).name} prints on {pages} A4 pages "
              f"(at most {arguments.max_pages})")
        failed = failed or not ok

    browser = check_html.Browser(arguments.chromium)
    try:
        for report in arguments.reports:
            path = pathlib.Path(report).resolve()
            handler = functools.partial(PolicyHandler, directory=str(path.parent))
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                url = f"http://127.0.0.1:{server.server_address[1]}/{path.name}"
                problems, _ = check_under_policy(browser, url)
            finally:
                server.shutdown()
            for problem in problems:
                print(f"error: {path.name} under a strict CSP: {problem}", file=sys.stderr)
            print(f"{'FAIL' if problems else 'ok'}: {path.name} reads well under a strict CSP")
            failed = failed or bool(problems)
    finally:
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
