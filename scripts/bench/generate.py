#!/usr/bin/env python3
"""Generates a synthetic standard, rule set and evaluation package with N requirements.

Each requirement has three evidence entries (guideline, implementation, monitoring) with
SHA-256 checksums, a self-assessment answer, and every tenth an indicator value; the rule
set verifies each requirement with the equivalent checks. A pool of evidence files is
shared, as real packages share documents across requirements.

usage: generate.py N OUTDIR
writes OUTDIR/rules/{bench.xml,bench.rules.xml} and OUTDIR/package/{manifest.xml,evidence/}
"""
import hashlib
import os
import sys

POOL = 200


def main() -> None:
    n = int(sys.argv[1])
    out = sys.argv[2]
    rules = os.path.join(out, "rules")
    package = os.path.join(out, "package")
    os.makedirs(rules, exist_ok=True)
    os.makedirs(os.path.join(package, "evidence"), exist_ok=True)

    digests = []
    for i in range(POOL):
        body = (f"Dokument {i}\nRetningsgivende dokument for syntetisk benchmark.\n" * 20).encode()
        with open(os.path.join(package, "evidence", f"doc{i}.txt"), "wb") as f:
            f.write(body)
        digests.append(hashlib.sha256(body).hexdigest())

    with open(os.path.join(rules, "bench.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write('<standard xmlns="urn:accredit:standard" formatVersion="1" id="bench" version="1" level="sector" scale="yesno">\n')
        f.write('  <title xml:lang="da">Benchmark</title>\n  <title xml:lang="en">Benchmark</title>\n')
        f.write('  <scale id="yesno">\n')
        f.write('    <value id="opfyldt" meets="true"><label xml:lang="da">Opfyldt</label><label xml:lang="en">Met</label></value>\n')
        f.write('    <value id="ikke-opfyldt"><label xml:lang="da">Ikke opfyldt</label><label xml:lang="en">Not met</label></value>\n')
        f.write('  </scale>\n')
        f.write('  <group id="g" theme="processes">\n    <title xml:lang="da">Gruppe</title>\n    <title xml:lang="en">Group</title>\n')
        for r in range(n):
            f.write(f'    <requirement id="b.{r}"><title xml:lang="da">Krav {r}</title><title xml:lang="en">Requirement {r}</title></requirement>\n')
        f.write('  </group>\n</standard>\n')

    with open(os.path.join(rules, "bench.rules.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write('<rules xmlns="urn:accredit:rules" formatVersion="1" id="bench-rules" version="1" standard="bench">\n')
        f.write('  <title xml:lang="da">Benchmarkregler</title>\n  <title xml:lang="en">Benchmark rules</title>\n')
        f.write('  <policy ready="0.95" readyWithRemarks="0.8"/>\n')
        for kind in ("guideline", "implementation", "monitoring"):
            f.write(f'  <rule id="{kind}" check="evidence"><title xml:lang="da">{kind}</title><title xml:lang="en">{kind}</title>'
                    f'<param name="kind">{kind}</param><param name="maxAgeDays">1095</param></rule>\n')
        f.write('  <rule id="answered" check="self-assessment"><title xml:lang="da">Svar</title><title xml:lang="en">Answer</title></rule>\n')
        f.write('  <rule id="target" check="indicator"><title xml:lang="da">Mål</title><title xml:lang="en">Target</title>'
                '<param name="threshold">80</param><param name="direction">higher</param><param name="unit">%</param></rule>\n')
        for r in range(n):
            indicator = f'<use rule="target"><with name="indicator">ind{r}</with></use>' if r % 10 == 0 else ""
            f.write(f'  <verify requirement="b.{r}"><use rule="guideline"/><use rule="implementation"/>'
                    f'<use rule="monitoring"/><use rule="answered"/>{indicator}</verify>\n')
        f.write('</rules>\n')

    with open(os.path.join(package, "manifest.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write('<package xmlns="urn:accredit:package" formatVersion="1">\n')
        f.write('  <organisation id="0999" name="Benchmark Kommune"/>\n')
        f.write('  <unit id="bench" name="Benchmarkenheden" level="sector"/>\n')
        f.write('  <assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/>\n')
        f.write('  <claim standard="bench" version="1"/>\n')
        e = 0
        for r in range(n):
            score = "opfyldt" if r % 17 else "ikke-opfyldt"
            f.write(f'  <answer requirement="b.{r}" score="{score}">Selvevaluering for krav {r}.</answer>\n')
            for kind in ("guideline", "implementation", "monitoring"):
                d = e % POOL
                issued = "2025-06-01" if e % 53 else "2022-01-01"
                f.write(f'  <evidence id="E{e}" requirements="b.{r}" kind="{kind}" path="evidence/doc{d}.txt" '
                        f'issued="{issued}" sha256="{digests[d]}"><title>Dokumentation {e} for krav {r}</title></evidence>\n')
                e += 1
            if r % 10 == 0:
                value = 70 + (r % 30)
                f.write(f'  <indicator id="ind{r}" value="{value}" unit="%" periodStart="2025-01-01" periodEnd="2025-12-31"/>\n')
        f.write('</package>\n')


if __name__ == "__main__":
    main()
