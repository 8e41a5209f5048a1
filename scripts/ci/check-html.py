#!/usr/bin/env python3
"""Loads HTML reports in headless Chromium and checks them as a reader would see them.

For each REPORT.html with its JSON report beside it (same name, .json), through the DevTools
protocol over --remote-debugging-pipe (standard library only):
  - no console errors, no uncaught exceptions, no security (CSP) errors;
  - no network request: everything the page loads must be the file itself or a data: URL;
  - the verdict and the count per status in the page equal the JSON report's;
  - the search box and the status filter work (the filtered row count equals the JSON count);
  - it prints: Page.printToPDF gives a PDF.
With --screenshot PNG, the first report's top is saved as a PNG.

usage: check-html.py [--chromium PATH] [--screenshot PNG] REPORT.html...
Exits 0 when every report passes, 1 otherwise.
"""
import argparse
import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    """A headless Chromium driven through the DevTools protocol on file descriptors 3 and 4."""

    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="accredit-chromium-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                 "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--mute-audio", f"--user-data-dir={self.profile}", "about:blank"]
        # Chromium reads commands from fd 3 and writes replies to fd 4; the shell puts the
        # pipe ends there (to_browser_r is at least 3 and from_browser_w above it).
        self.process = subprocess.Popen(
            ["sh", "-c", f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}', chromium] + flags,
            pass_fds=(to_browser_r, from_browser_w), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def wait_for(self, method, session, timeout=60):
        deadline = time.time() + timeout
        for event in self.events:
            if event.get("method") == method and event.get("sessionId") == session:
                return event
        while time.time() < deadline:
            event = self.read()
            self.events.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return event
        raise TimeoutError(method)

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def evaluate(browser, session, expression):
    result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    if "exceptionDetails" in result:
        raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
    return result["result"].get("value")


def check(browser, path, screenshot):
    problems = []
    report = json.loads(pathlib.Path(path).with_suffix(".json").read_text(encoding="utf-8"))
    url = pathlib.Path(path).resolve().as_uri()
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1280, "height": 1800, "deviceScaleFactor": 1, "mobile": False}, session)
    first_event = len(browser.events)
    started = time.time()
    browser.send("Page.navigate", {"url": url}, session)
    browser.wait_for("Page.loadEventFired", session)
    load_seconds = time.time() - started

    if "failure" in report:
        # A package that could not be evaluated: the page says so, names every error, and has
        # no requirement table to filter.
        failed = evaluate(browser, session, """(() => ({
            verdict: document.body.getAttribute('data-verdict'),
            text: document.body.innerText,
            rows: document.querySelectorAll('#reqs tbody tr').length,
        }))()""")
        if failed["verdict"] != "undetermined":
            problems.append(f"verdict {failed['verdict']} in the page of a package that could not be evaluated")
        for error in report["failure"]["errors"]:
            if error["message"] not in failed["text"]:
                problems.append(f"error not shown: {error['message']}")
        if failed["rows"]:
            problems.append(f"{failed['rows']} requirement rows in the page of a package that could not be evaluated")
        report["requirements"] = []

    if "failure" not in report:
        # What the page shows against what the JSON report says.
        shown = evaluate(browser, session, """(() => ({
            verdict: document.body.getAttribute('data-verdict'),
            decision: document.querySelector('#verdict').getAttribute('data-decision'),
            decisionText: document.querySelector('#verdict .decision').textContent,
            counts: Object.fromEntries([...document.querySelectorAll('#counts li[data-status]')]
                .map(li => [li.getAttribute('data-status'), Number(li.querySelector('.n').textContent)])),
            rows: document.querySelectorAll('#reqs tbody tr').length,
            controlsShown: !document.getElementById('controls').hidden,
            date: document.getElementById('assessment-date').textContent,
            tool: document.getElementById('tool-version').textContent,
        }))()""")
        if shown["verdict"] != report["verdict"] or shown["decision"] != report["verdict"]:
            problems.append(f"verdict {shown['verdict']}/{shown['decision']} in the page, {report['verdict']} in the JSON report")
        if not shown["decisionText"].strip():
            problems.append("the verdict is not shown in words")
        if shown["counts"] != report["summary"]:
            problems.append(f"counts {shown['counts']} in the page, {report['summary']} in the JSON report")
        if shown["rows"] != len(report["requirements"]):
            problems.append(f"{shown['rows']} requirement rows, {len(report['requirements'])} requirements in the JSON report")
        if shown["date"] != report["assessmentDate"] or shown["tool"] != f"accredit {report['tool']['version']}":
            problems.append(f"assessment date or tool version differ: {shown['date']}, {shown['tool']}")
        if not shown["controlsShown"]:
            problems.append("the search and filter controls did not appear (the script did not run)")

        # The filters, driven as a reader would.
        for status, expected in sorted(report["summary"].items()):
            visible = evaluate(browser, session, f"""(() => {{
                const select = document.getElementById('fs');
                select.value = {json.dumps(status)};
                select.dispatchEvent(new Event('change'));
                return [...document.querySelectorAll('#reqs tbody tr')].filter(r => !r.hidden).length;
            }})()""")
            if visible != expected:
                problems.append(f"status filter {status}: {visible} rows shown, {expected} expected")
        if report["requirements"]:
            needle = report["requirements"][-1]["id"]
            visible = evaluate(browser, session, f"""(() => {{
                document.getElementById('fs').value = '';
                const search = document.getElementById('q');
                search.value = {json.dumps(needle)};
                search.dispatchEvent(new Event('input'));
                const shown = [...document.querySelectorAll('#reqs tbody tr')].filter(r => !r.hidden);
                const found = shown.some(r => r.textContent.includes({json.dumps(needle)}));
                search.value = '';
                search.dispatchEvent(new Event('input'));
                return found && shown.length >= 1 && shown.length < {len(report['requirements']) + 1};
            }})()""")
            if not visible:
                problems.append(f"searching for {needle} did not find its row")

    pdf = browser.send("Page.printToPDF", {"printBackground": True}, session, timeout=120)
    if not base64.b64decode(pdf["data"]).startswith(b"%PDF"):
        problems.append("printing to PDF failed")

    if screenshot:
        evaluate(browser, session, "window.scrollTo(0, 0)")
        image = browser.send("Page.captureScreenshot",
                             {"format": "png", "clip": {"x": 0, "y": 0, "width": 1280, "height": 1800, "scale": 1}},
                             session)
        pathlib.Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        pathlib.Path(screenshot).write_bytes(base64.b64decode(image["data"]))

    # Everything the browser reported while loading and driving this page.
    for event in browser.events[first_event:]:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            problems.append(f"uncaught exception: {params['exceptionDetails'].get('text')} "
                            f"{params['exceptionDetails'].get('exception', {}).get('description', '')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            problems.append(f"console {params['type']}: {[a.get('value') for a in params.get('args', [])]}")
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            problems.append(f"browser log {params['entry']['level']}: {params['entry']['text']}")
        elif method == "Network.requestWillBeSent":
            requested = params["request"]["url"]
            if requested != url and not requested.startswith("data:"):
                problems.append(f"network request: {requested}")
    browser.send("Target.closeTarget", {"targetId": target})
    size = os.path.getsize(path)
    print(f"{path}: {'ok' if not problems else 'FAILED'} ({len(report['requirements'])} requirements, "
          f"{size} bytes, loaded in {load_seconds:.2f} s)")
    for problem in problems:
        print(f"  - {problem}")
    return not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--screenshot")
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()
    browser = Browser(args.chromium)
    try:
        results = [check(browser, path, args.screenshot if index == 0 else None)
                   for index, path in enumerate(args.reports)]
    finally:
        browser.close()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
