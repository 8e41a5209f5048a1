#!/usr/bin/env python3
"""Asserts what the CI consumers read from the reports check-ci-consumers.sh wrote into OUT.

usage: check-ci-consumers.py OUT
"""
import csv
import json
import os
import re
import sys

import jsonschema
import junitparser
from markdown_it import MarkdownIt

OUT = sys.argv[1]
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def path(name):
    return os.path.join(OUT, name)


# SARIF: sarif-tools' CSV has readable descriptions that do not start with the rule id, and a
# zip package's locations are relative to the archive's root, under a base defined in the run.
for name in ["not-ready.csv", "unit.csv"]:
    rows = list(csv.DictReader(open(path(name), encoding="utf-8")))
    expect(len(rows) >= 5, f"{name}: {len(rows)} results")
    for row in rows:
        expect(not row["Description"].startswith(row["Code"]), f"{name}: description starts with the rule id: {row}")
        expect(len(row["Description"]) > 20, f"{name}: description too short: {row}")
unit = json.load(open(path("unit.en.sarif"), encoding="utf-8"))["runs"][0]
for result in unit["results"]:
    artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
    expect(artifact == {"uri": "manifest.xml", "uriBaseId": "PACKAGE"}, f"zip location: {artifact}")
expect("PACKAGE" in unit.get("originalUriBaseIds", {}), "zip run defines no PACKAGE base")
folder = json.load(open(path("not-ready-sundhed.en.sarif"), encoding="utf-8"))["runs"][0]
for result in folder["results"]:
    artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
    expect(artifact["uriBaseId"] in folder["originalUriBaseIds"], f"undefined base: {artifact}")
    expect(os.path.exists(artifact["uri"]), f"folder location does not resolve from the repository root: {artifact}")
for name in ["malformed-xml.en.sarif", "unknown-standard.da.sarif"]:
    run = json.load(open(path(name), encoding="utf-8"))["runs"][0]
    invocation = run["invocations"][0]
    expect(invocation["executionSuccessful"] is False, f"{name}: executionSuccessful")
    location = invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
    expect(location["region"]["startLine"] > 0, f"{name}: no line")
batch = json.load(open(path("batch.sarif"), encoding="utf-8"))
expect([r["invocations"][0]["executionSuccessful"] for r in batch["runs"]] == [True, True, False], "batch SARIF runs")

# JUnit: junitparser reads ids as names, class names without dots, the manifest as file, and
# the same names in both languages.
def cases(name):
    xml = junitparser.JUnitXml.fromfile(path(name))
    return [(suite.name, case.classname, case.name, case._elem.get("file"), [type(r).__name__ for r in case.result])
            for suite in xml for case in suite]

english = cases("not-ready-sundhed.en.junit.xml")
danish = cases("not-ready-sundhed.da.junit.xml")
expect([c[:4] for c in english] == [c[:4] for c in danish], "JUnit names differ between languages")
for suite, classname, name, file, results in english:
    expect(re.fullmatch(r"ddkm\.[0-9.]+", name) is not None, f"test name is not a requirement id: {name}")
    expect("." not in classname, f"class name with a dot: {classname}")
    expect(file == "examples/not-ready-sundhed/manifest.xml", f"file attribute: {file}")
expect(sum("Failure" in c[4] for c in english) == 5, "JUnit failures")
broken = cases("malformed-xml.en.junit.xml")
expect(len(broken) == 1 and broken[0][4] == ["Error"], f"broken package's JUnit: {broken}")
expect(broken[0][3] == "examples/broken/malformed-xml/manifest.xml", f"broken file attribute: {broken}")
batch_cases = cases("batch.junit.xml")
expect(len({c[0].split(":")[0] for c in batch_cases}) == 3, "batch JUnit: one set of suites per package")
expect(len({(c[1], c[2]) for c in batch_cases}) == len(batch_cases), "batch JUnit: two tests share a class and name")
for name in ["lint.junit.xml", "test.junit.xml"]:
    expect(len(cases(name)) > 0, f"{name}: no test cases")

# Markdown: markdown-it-py parses every summary; 8,000 requirements stay within GitHub's limit
# for a comment or job summary, with no line of unreasonable length and lists cut with a count.
md = MarkdownIt("commonmark").enable("table")
for name in sorted(os.listdir(OUT)):
    if not name.endswith(".md"):
        continue
    text = open(path(name), encoding="utf-8").read()
    tokens = md.parse(text)
    expect(any(t.type == "heading_open" for t in tokens), f"{name}: no heading")
    expect(len(text) < 65536, f"{name}: {len(text)} characters")
    expect(max(map(len, text.split("\n"))) <= 1000, f"{name}: a line of {max(map(len, text.split(chr(10))))} characters")
large = open(path("large.md"), encoding="utf-8").read()
tokens = md.parse(large)
expect(any(t.type == "table_open" for t in tokens), "large.md: no table")
expect(any(t.type == "ordered_list_open" for t in tokens), "large.md: no list of gaps")
expect(re.search(r"and [0-9]+ more", large) is not None, "large.md: lists are not cut with a count")

# GitHub annotations: the verdict first, at most 10 of each kind, the rest counted.
for name in ["large.github.txt", "not-ready-sundhed.en.github.txt", "malformed-xml.en.github.txt"]:
    lines = open(path(name), encoding="utf-8").read().splitlines()
    for kind in ["error", "warning", "notice"]:
        expect(sum(l.startswith(f"::{kind} ") for l in lines) <= 10, f"{name}: more than 10 {kind}s")
    if name != "malformed-xml.en.github.txt":
        expect(lines[0].startswith("::notice ") and "Verdict" in lines[0], f"{name}: the verdict is not first")
    else:
        expect(re.match(r"::error file=examples/broken/malformed-xml/manifest.xml,line=[0-9]+,", lines[0]), f"{name}: {lines[0]}")
large_lines = open(path("large.github.txt"), encoding="utf-8").read()
expect("more requirements are not shown here" in large_lines, "large.github.txt: no closing count")

# Code Quality: the fields GitLab's merge-request widget requires, and unique fingerprints.
code_quality_schema = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "type": {"const": "issue"},
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}
for name in sorted(os.listdir(OUT)):
    if name.endswith(".codeclimate.json"):
        issues = json.load(open(path(name), encoding="utf-8"))
        errors = list(jsonschema.Draft202012Validator(code_quality_schema).iter_errors(issues))
        expect(not errors, f"{name}: {[e.message for e in errors[:3]]}")
        expect(len(issues) > 0, f"{name}: no issues")
        expect(len({i["fingerprint"] for i in issues}) == len(issues), f"{name}: fingerprints not unique")
        for issue in issues:
            expect(not issue["location"]["path"].startswith("/") or name.startswith("unit"), f"{name}: absolute path")
expect(json.load(open(path("unit.en.codeclimate.json")))[0]["location"]["path"].endswith("unit.zip"),
       "a zip package's issues are not at the archive")

for failure in failures:
    print("error: " + failure, file=sys.stderr)
print(f"CI consumers: {'all checks passed' if not failures else f'{len(failures)} failed'}")
sys.exit(1 if failures else 0)
