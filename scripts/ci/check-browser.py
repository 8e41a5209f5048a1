#!/usr/bin/env python3
"""A unit coordinator's journey through the web application in headless Chromium.

Drives Debian's Chromium over the DevTools protocol (the Browser of check-html.py, standard
library only) against a running server:
  1. sign in;
  2. create a unit on the administration page;
  3. open its self-evaluation, claim a standard, score every requirement and save;
  4. upload an evidence file with kind, title, dates and the requirements it documents;
  5. press "check" and read the verdict on the run page, then the HTML report;
  6. see the unit with that verdict on the dashboard, and its history on the unit page.
Every page must load without console errors, uncaught exceptions or blocked (CSP) resources,
and request nothing from another origin. Screenshots of the main pages go to --screenshots.

usage: check-browser.py --address URL --user NAME --password PW [--screenshots DIR] [--chromium PATH]
Exits 0 when the journey completes, 1 otherwise.
"""
import argparse
import base64
import importlib.util
import pathlib
import shutil
import sys
import tempfile
import time
import urllib.parse

here = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("check_html", here / "check-html.py")
check_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_html)
Browser, evaluate = check_html.Browser, check_html.evaluate

UNIT = "hjemmeplejen-syd"
STANDARD = "aeldre-kvalitetsstandard"


class Journey:
    def __init__(self, browser, address, screenshots):
        self.browser = browser
        self.address = address.rstrip("/")
        self.origin = urllib.parse.urlsplit(self.address).netloc
        self.screenshots = screenshots
        self.problems = []
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network", "DOM"):
            browser.send(f"{domain}.enable", session=self.session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False}, self.session)
        self.seen = 0

    def js(self, expression):
        return evaluate(self.browser, self.session, expression)

    def wait_load(self, action):
        """Runs `action` (which starts a navigation) and waits until the new page has loaded."""
        self.browser.events = [e for e in self.browser.events
                               if not (e.get("method") == "Page.loadEventFired" and e.get("sessionId") == self.session)]
        action()
        self.browser.wait_for("Page.loadEventFired", self.session)
        self.collect_problems()

    def open(self, path):
        self.wait_load(lambda: self.browser.send("Page.navigate", {"url": self.address + path}, self.session))

    def click(self, selector):
        self.wait_load(lambda: self.js(f"document.querySelector({selector!r}).click()"))

    def path(self):
        return urllib.parse.urlsplit(self.js("location.href")).path

    def text(self):
        return self.js("document.body.innerText")

    def collect_problems(self):
        for event in self.browser.events[self.seen:]:
            if event.get("sessionId") != self.session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                self.problems.append(f"uncaught exception: {params['exceptionDetails'].get('text')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                self.problems.append(f"console error on {self.path()}: {params['entry'].get('text')}")
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                parts = urllib.parse.urlsplit(url)
                if parts.scheme not in ("data", "about") and parts.netloc != self.origin:
                    self.problems.append(f"request to another origin: {url}")
        self.seen = len(self.browser.events)

    def expect(self, condition, message):
        if not condition:
            raise AssertionError(message)

    def screenshot(self, name):
        if not self.screenshots:
            return
        data = self.browser.send("Page.captureScreenshot", {"format": "png"}, self.session)["data"]
        (self.screenshots / f"{name}.png").write_bytes(base64.b64decode(data))

    def set_file(self, selector, path):
        root = self.browser.send("DOM.getDocument", {"depth": 0}, self.session)["root"]["nodeId"]
        node = self.browser.send("DOM.querySelector", {"nodeId": root, "selector": selector}, self.session)["nodeId"]
        self.expect(node, f"no {selector} on {self.path()}")
        self.browser.send("DOM.setFileInputFiles", {"files": [str(path)], "nodeId": node}, self.session)

    def fill(self, values):
        """Sets form controls by id (text, date, select) and fires their change events."""
        for element_id, value in values.items():
            found = self.js(f"""(() => {{
                const e = document.getElementById({element_id!r});
                if (!e) return false;
                e.value = {value!r};
                e.dispatchEvent(new Event('change', {{bubbles: true}}));
                return true; }})()""")
            self.expect(found, f"no #{element_id} on {self.path()}")


def run(journey, user, password, evidence_file):
    j = journey
    # 1. Sign in: every page sends a stranger to the login page first.
    j.open("/")
    j.expect(j.path() == "/login", f"the dashboard did not ask for a login (at {j.path()})")
    j.screenshot("login")
    j.fill({"name": user, "password": password})
    j.click("#login-form button[type=submit]")
    j.expect(j.path() == "/", f"signing in led to {j.path()}, not the dashboard")

    # 2. A unit, created on the administration page.
    j.open("/admin/units")
    j.fill({"unit-id": UNIT, "unit-name": "Hjemmeplejen Syd", "unit-level": "sector"})
    j.click("#unit-form button[type=submit]")
    j.expect(UNIT in j.text(), "the new unit is not listed after creating it")

    # 3. The self-evaluation: claim the standard, save, score every requirement, save again.
    j.open(f"/units/{UNIT}/evaluation")
    j.expect(j.js(f"!!document.getElementById('standard-{STANDARD}')"), f"{STANDARD} cannot be claimed")
    j.js(f"document.getElementById('standard-{STANDARD}').checked = true")
    j.click("#save-button")
    scored = j.js("""(() => {
        const selects = [...document.querySelectorAll('select[id^="score-"]')];
        for (const s of selects) {
          const values = [...s.options].map(o => o.value).filter(v => v);
          s.value = values.includes('opfyldt') ? 'opfyldt' : values[values.length - 1];
        }
        for (const t of document.querySelectorAll('textarea[id^="comment-"]')) t.value = 'Udfyldt i browseren.';
        return selects.length; })()""")
    j.expect(scored > 0, "the claimed standard shows no requirements to score")
    j.click("#save-button")
    j.expect(j.js("""[...document.querySelectorAll('select[id^="score-"]')].every(s => s.value)"""),
             "scores were not kept after saving")
    j.screenshot("evaluation")

    # 4. An evidence file for the first requirement.
    first = j.js("document.querySelector('input[id^=\"evidence-requirement-\"]').value")
    j.set_file("#evidence-file", evidence_file)
    j.fill({"evidence-title": "Byrådets beslutning om kvalitetsstandarder", "evidence-issued": "2025-09-24",
            "evidence-expires": "2027-09-24"})
    j.js("""(() => { const k = document.getElementById('evidence-kind');
        const v = [...k.options].map(o => o.value);
        k.value = v.includes('decision') ? 'decision' : v.find(x => x); })()""")
    j.js("document.querySelector('input[id^=\"evidence-requirement-\"]').checked = true")
    j.click("#evidence-button")
    j.expect("Byrådets beslutning om kvalitetsstandarder" in j.text(), "the uploaded evidence is not listed")

    # 5. Check: a run with a verdict, and its report.
    j.click("#check-button")
    j.expect(j.path().startswith("/runs/"), f"checking led to {j.path()}, not a run page")
    run_path = j.path()
    verdict = j.js("(document.querySelector('.verdict') || {}).textContent || ''").strip()
    j.expect(verdict, "the run page shows no verdict")
    j.screenshot("run")
    report = j.js("(() => { const a = [...document.querySelectorAll('a')].find(a => /report\\.html/.test(a.href));"
                  " return a ? a.getAttribute('href') : ''; })()")
    j.expect(report, "the run page has no link to the HTML report")
    j.open(report)
    j.expect(j.js("document.body.getAttribute('data-verdict')"), "the HTML report did not render")
    j.expect(first.split(".")[0] in j.text() or STANDARD in j.text(), "the report does not name the standard")

    # 6. The dashboard and the unit page show it.
    j.open("/")
    j.expect(UNIT in j.js("document.body.innerHTML"), "the unit is not on the dashboard")
    j.expect(verdict in j.text(), f"the dashboard does not show the verdict {verdict!r}")
    j.screenshot("dashboard")
    j.open(f"/units/{UNIT}")
    j.expect(run_path in j.js("document.body.innerHTML"), "the unit page does not list the run")
    j.expect(j.js("!!document.querySelector('svg')"), "the unit page has no history chart")
    j.screenshot("unit")
    j.open("/?lang=en")
    j.expect("Dashboard" in j.text(), "English pages were not shown with ?lang=en")
    return verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--address", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--screenshots", type=pathlib.Path)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix="accredit-journey-"))
    evidence = work / "byraadsbeslutning.md"
    evidence.write_text("# Byrådets beslutning\n\nKvalitetsstandarderne for 2026 er godkendt.\n", encoding="utf-8")
    browser = Browser(args.chromium)
    started = time.time()
    try:
        journey = Journey(browser, args.address, args.screenshots)
        verdict = run(journey, args.user, args.password, evidence)
        journey.collect_problems()
        if journey.problems:
            for problem in journey.problems:
                print(f"check-browser: {problem}", file=sys.stderr)
            return 1
        print(f"check-browser: journey complete in {time.time() - started:.1f} s; verdict shown: {verdict}")
        return 0
    except (AssertionError, RuntimeError, TimeoutError) as error:
        print(f"check-browser: {error}", file=sys.stderr)
        return 1
    finally:
        browser.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
