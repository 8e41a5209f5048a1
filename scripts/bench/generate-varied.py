#!/usr/bin/env python3
"""Generates a synthetic standard, rule set and evaluation package with N requirements whose
shape varies the way real content does, rather than one requirement repeated N times.

Requirements come in families (groups) of skewed sizes, from 1 to 200 requirements, larger
families split into subgroups. Each family has a profile: ordinal self-assessment with
evidence, DDKM-style steps, a cumulative CAF-style 0-100 scale with phases, results with
indicator targets (higher and lower is better) and trends, or a 1-5 supervision scale. A
requirement has 1 to 6 rule uses drawn from evidence rules of different kinds and ages,
self-assessment, indicator and trend rules, and in about one requirement in twenty the xpath
rule on the assessment period that the shipped elderly-care rules use; a few are assessed by hand.

The package answers most requirements with varied scores (some not at all, a few off the
scale), has 0 to 5 evidence entries per requirement, many shared by several requirements
(mostly in the same family, some across families), issued on varied dates (recent, stale,
a few after the assessment date), some with an expiry date, SHA-256 checksums on about a
third of them, paths into a shared pool of files of varying sizes (a few missing), indicator
values and series, and not-applicable and waiver exemptions. The verdict is not simply
"ready": the package has the gaps a real one has, but never an error (no wrong checksum), so
`accredit check` ends with 0 or 1.

usage: generate-varied.py N OUTDIR [--seed S]     (default seed 1; the same seed, the same bytes)
writes OUTDIR/rules/{bench.xml,bench.rules.xml} and OUTDIR/package/{manifest.xml,evidence/}
needs: python3 (3.9 or later)
"""
import argparse
import datetime
import hashlib
import math
import os
import random

ASSESSMENT = datetime.date(2026, 3, 1)
PERIOD = ("2025-01-01", "2025-12-31")

# Profiles of families: (name, weight, scale, theme).
PROFILES = [
    ("ordinal", 45, None, "processes"),
    ("steps", 20, None, "processes"),
    ("caf", 15, "pdca", "processes"),
    ("results", 12, "resultater", "key-results"),
    ("tilsyn", 8, "kvalitetsscore", "processes"),
]

KINDS = ["guideline", "procedure", "decision", "publication", "report", "minutes", "agreement", "audit", "plan",
         "implementation", "monitoring", "improvement", "training", "instruction"]
STEP_KINDS = [(1, "guidelines", "step-guidelines", "guideline"), (2, "implementation", "step-implementation", "implementation"),
              (3, "monitoring", "step-monitoring", "monitoring"), (4, "improvement", "step-improvement", "improvement")]

# Indicator types: (name, unit, direction, threshold range, decimals).
INDICATORS = [
    ("tilfredshed", "%", "higher", (60, 95), 1),
    ("sygefravaer", "%", "lower", (3, 12), 1),
    ("ventetid", "dage", "lower", (5, 30), 0),
    ("genindlaeggelser", "pr. 1.000 borgere", "lower", (1, 20), 1),
    ("besoeg", "antal", "higher", (4, 40), 0),
    ("uddannelse", "timer", "higher", (10, 60), 0),
]

TOPICS = [
    ("Ledelse og organisering", "Management and organisation"),
    ("Medicinhåndtering", "Medicine handling"),
    ("Hygiejne & infektionsforebyggelse", "Hygiene & infection prevention"),
    ("Borgerinddragelse", "Citizen involvement"),
    ("Dokumentation og journalføring", "Records and documentation"),
    ("Utilsigtede hændelser", "Adverse events"),
    ("Kompetenceudvikling", "Competence development"),
    ("Samarbejde med almen praksis", "Cooperation with general practice"),
    ("Rehabilitering", "Rehabilitation"),
    ("Forebyggende hjemmebesøg", "Preventive home visits"),
    ("Klagehåndtering", "Complaints handling"),
    ("Informationssikkerhed", "Information security"),
    ("Ernæring og måltider", "Nutrition and meals"),
    ("Pædagogisk læreplan", "Pedagogical curriculum"),
    ("Sprogvurdering", "Language assessment"),
    ("Magtanvendelse", "Use of force"),
    ("Arbejdsmiljø", "Working environment"),
    ("Økonomi og ressourcer", "Finance and resources"),
]
WORDS = ("kvalitet borger medarbejder ledelse instruks opfølgning plan handleplan audit journal hygiejne medicin "
         "tilsyn evaluering mål indsats samarbejde kommune udvalg borgerinddragelse dokumentation rapport "
         "forløb rehabilitering pleje omsorg træning sundhed ældre dagtilbud sprog læring trivsel").split()
NAMES = ["Hanne Mikkelsen", "Søren Østergaard", "Mette Kjær", "Lars Bøgh", "Anne-Marie Friis", "Jens Ærø Holm"]
FOLDERS = ["politikker", "instrukser", "referater", "rapporter", "aftaler", "audit", "data", "planer"]
STEMS = ["kvalitetshåndbog", "instruks", "referat", "rapport", "aftale", "audit", "handleplan", "målopfølgning",
         "ældrepolitik", "evaluering", "tilsynsrapport", "Referat udvalgsmøde", "procedure", "undervisning"]


def weighted(rng, pairs):
    """One value of (value, weight) pairs."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return (" ".join(words)).capitalize() + "."


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def day(offset):
    """The date `offset` days before the assessment date (negative: after it)."""
    return (ASSESSMENT - datetime.timedelta(days=offset)).isoformat()


class Generator:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.rules = {}        # id -> (check, [(param, value)], da, en), in first-use order
        self.requirements = []  # dicts, in document order
        self.families = []     # dicts with their subgroups of requirements
        self.indicators = {}   # id -> dict
        self.evidence = []     # dicts, in creation order

    # ----- rules -----------------------------------------------------------------------------
    RULES = {
        "documented": ("evidence", [("min", "1")], "Dokumentation foreligger", "Documentation is present"),
        "annual-document": ("evidence", [("min", "1"), ("maxAgeDays", "366")],
                            "Dokument fornyet inden for det seneste år", "Document renewed within the last year"),
        "two-documents": ("evidence", [("min", "2"), ("maxAgeDays", "730")],
                          "Mindst to dokumenter fra de seneste to år", "At least two documents from the last two years"),
        "signed-agreement": ("evidence", [("kind", "agreement")], "Underskrevet aftale", "Signed agreement"),
        "step-guidelines": ("evidence", [("kind", "guideline"), ("maxAgeDays", "1095")],
                            "Trin 1: retningsgivende dokumenter", "Step 1: guidelines"),
        "step-implementation": ("evidence", [("kind", "implementation"), ("maxAgeDays", "366")],
                                "Trin 2: implementering", "Step 2: implementation"),
        "step-monitoring": ("evidence", [("kind", "monitoring"), ("maxAgeDays", "366")],
                            "Trin 3: kvalitetsovervågning", "Step 3: monitoring"),
        "step-improvement": ("evidence", [("kind", "improvement"), ("maxAgeDays", "366")],
                             "Trin 4: kvalitetsforbedring", "Step 4: improvement"),
        "assessed-met": ("self-assessment", [], "Selvevalueret som opfyldt", "Self-assessed as met"),
        "accepted-partly": ("self-assessment", [("accept", "opfyldt delvist-opfyldt")],
                            "Selvevalueret som mindst delvist opfyldt", "Self-assessed as at least partly met"),
        "caf-enabler-score": ("self-assessment", [("min", "51"), ("partialMin", "31")],
                              "Selvevaluering mindst på CHECK-niveau", "Self-assessment at CHECK level or above"),
        "caf-result-score": ("self-assessment", [("min", "51"), ("partialMin", "31")],
                             "Resultater: de fleste mål nået", "Results: most targets reached"),
        "level-three": ("self-assessment", [("min", "3"), ("partialMin", "2")],
                        "Vurderet mindst 3 på skalaen 1-5", "Rated at least 3 on the scale 1-5"),
        "indicator-target": ("indicator", [("maxAgeDays", "550")],
                             "Indikator når et lokalt fastsat mål", "Indicator reaches a locally set target"),
        "waiting-days": ("indicator", [("threshold", "14"), ("direction", "lower"), ("unit", "dage"), ("maxAgeDays", "550")],
                         "Ventetid højst 14 dage", "Waiting time at most 14 days"),
        "satisfaction-80": ("indicator", [("threshold", "80"), ("direction", "higher"), ("unit", "%")],
                            "Tilfredshed mindst 80 %", "Satisfaction at least 80 %"),
        "trend-not-worse": ("trend", [("rule", "not-worse"), ("tolerance", "1")],
                            "Indikatoren er ikke blevet dårligere", "The indicator has not got worse"),
        "trend-improving": ("trend", [("rule", "improving"), ("periods", "3")],
                            "Indikatoren forbedres år for år", "The indicator improves year by year"),
        "assessment-period-max-one-year": (
            "xpath",
            [("test", "number(translate(substring(p:assessment/@periodEnd, 1, 10), '-', '')) - "
                      "number(translate(substring(p:assessment/@periodStart, 1, 10), '-', '')) <= 10000"),
             ("message-da", "Pakkens vurderingsperiode er længere end ét år."),
             ("message-en", "The package's assessment period is longer than one year.")],
            "Vurderingsperioden er højst ét år", "The assessment period is at most one year"),
    }

    def use(self, req, rule, withs=(), step=None):
        self.rules.setdefault(rule, self.RULES[rule])
        key = (rule, tuple(withs), step)
        if key in [(u[0], tuple(u[1]), u[2]) for u in req["uses"]]:
            return False
        req["uses"].append((rule, list(withs), step))
        return True

    def evidence_use(self, req):
        rng = self.rng
        rule = weighted(rng, [("documented", 45), ("annual-document", 30), ("two-documents", 10),
                              ("signed-agreement", 5), ("step-guidelines", 10)])
        if rule in ("signed-agreement", "step-guidelines"):
            return self.use(req, rule)
        kinds = [rng.choice(KINDS)]
        if rng.random() < 0.2:
            other = rng.choice(KINDS)
            if other != kinds[0]:
                kinds.append(other)
        return self.use(req, rule, [("kind", " ".join(kinds))])

    def indicator_use(self, req, family):
        rng = self.rng
        if family["indicators"] and rng.random() < 0.2:
            ind_id = rng.choice(family["indicators"])  # shared with another requirement of the family
        else:
            name, unit, direction, (lo, hi), decimals = rng.choice(INDICATORS)
            ind_id = f"{name}.{family['number']}.{len(family['indicators']) + 1}"
            self.indicators[ind_id] = {"name": name, "unit": unit, "direction": direction,
                                       "threshold": rng.randint(lo, hi), "decimals": decimals, "series": False}
            family["indicators"].append(ind_id)
        ind = self.indicators[ind_id]
        choice = rng.random()
        if ind["unit"] == "dage" and ind["direction"] == "lower" and choice < 0.4:
            ind["threshold"] = 14
            return self.use(req, "waiting-days", [("indicator", ind_id)])
        if ind["unit"] == "%" and ind["direction"] == "higher" and choice < 0.4:
            ind["threshold"] = 80
            return self.use(req, "satisfaction-80", [("indicator", ind_id)])
        if rng.random() < 0.2:
            ind["series"] = True
            rule = "trend-not-worse" if rng.random() < 0.6 else "trend-improving"
            return self.use(req, rule, [("indicator", ind_id), ("direction", ind["direction"])])
        withs = [("indicator", ind_id), ("threshold", str(ind["threshold"])), ("direction", ind["direction"])]
        if rng.random() < 0.85:
            withs.append(("unit", ind["unit"]))
        return self.use(req, "indicator-target", withs)

    def uses_for(self, req, family):
        rng = self.rng
        count = weighted(rng, [(1, 10), (2, 20), (3, 28), (4, 22), (5, 12), (6, 8)])
        profile = family["profile"]
        if profile == "steps":
            steps = weighted(rng, [(4, 70), (3, 20), (2, 10)])
            req["steps"] = steps
            for n, _, rule, _ in STEP_KINDS[:steps]:
                self.use(req, rule, step=n)
            if rng.random() < 0.3:
                self.use(req, "assessed-met")
            return
        if profile == "ordinal":
            if rng.random() < 0.8:
                self.use(req, "assessed-met" if rng.random() < 0.75 else "accepted-partly")
        elif profile == "caf":
            self.use(req, "caf-enabler-score")
        elif profile == "tilsyn":
            self.use(req, "level-three")
        elif profile == "results":
            if rng.random() < 0.7:
                self.use(req, "caf-result-score")
            for _ in range(weighted(rng, [(1, 60), (2, 30), (3, 10)])):
                self.indicator_use(req, family)
        tries = 0
        while len(req["uses"]) < count and tries < 20:
            tries += 1
            x = rng.random()
            if x < 0.03:
                self.use(req, "assessment-period-max-one-year")
            elif x < 0.10 and profile != "results":
                self.indicator_use(req, family)
            else:
                self.evidence_use(req)

    def build_standard(self):
        rng = self.rng
        made = 0
        number = 0
        while made < self.n:
            number += 1
            size = min(self.n - made, max(1, min(200, round(rng.lognormvariate(2.3, 1.1)))))
            profile, _, scale, theme = weighted(rng, [(p, p[1]) for p in PROFILES])
            da, en = rng.choice(TOPICS)
            family = {"id": f"v.{number}", "number": number, "profile": profile, "scale": scale, "theme": theme,
                      "da": da, "en": en, "subgroups": [], "indicators": []}
            # Large families are split into subgroups of 5 to 40 requirements.
            sizes = [size]
            if size > 30:
                sizes, left = [], size
                while left > 0:
                    part = min(left, rng.randint(5, 40))
                    sizes.append(part)
                    left -= part
            for s, part in enumerate(sizes):
                members = []
                for k in range(part):
                    rid = f"v.{number}.{s + 1}.{k + 1}" if len(sizes) > 1 else f"v.{number}.{k + 1}"
                    req = {"id": rid, "index": len(self.requirements), "family": family, "uses": [], "steps": 0,
                           "manual": False, "da": rng.choice(TOPICS)[0], "text": rng.random() < 0.4,
                           "wording": rng.choice(["confirmed", "paraphrase", "unconfirmed", None])}
                    if rng.random() < 0.02:
                        req["manual"] = True
                    else:
                        self.uses_for(req, family)
                    self.requirements.append(req)
                    members.append(req)
                family["subgroups"].append(members)
            self.families.append(family)
            made += size

    def write_standard(self, path):
        rng = self.rng
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<standard xmlns="urn:accredit:standard" formatVersion="1" id="bench" version="1" level="sector" scale="opfyldelse">',
               '  <title xml:lang="da">Varieret benchmark</title>', '  <title xml:lang="en">Varied benchmark</title>',
               '  <scale id="opfyldelse">', '    <title xml:lang="da">Opfyldelse</title>', '    <title xml:lang="en">Fulfilment</title>',
               '    <value id="opfyldt" meets="true"><label xml:lang="da">Opfyldt</label><label xml:lang="en">Met</label></value>',
               '    <value id="delvist-opfyldt"><label xml:lang="da">Delvist opfyldt</label><label xml:lang="en">Partly met</label></value>',
               '    <value id="ikke-opfyldt"><label xml:lang="da">Ikke opfyldt</label><label xml:lang="en">Not met</label></value>',
               '    <value id="ikke-relevant" notApplicable="true"><label xml:lang="da">Ikke relevant</label><label xml:lang="en">Not relevant</label></value>',
               '  </scale>',
               '  <scale id="pdca" min="0" max="100" cumulative="true">']
        for lo, hi, phase, da, en in [(0, 10, "none", "Intet planlagt", "Nothing planned"), (11, 30, "plan", "Planlagt", "Planned"),
                                      (31, 50, "do", "Gennemført", "Done"), (51, 70, "check", "Gennemgået", "Checked"),
                                      (71, 90, "act", "Justeret", "Adjusted"), (91, 100, "pdca", "Systematisk", "Systematic")]:
            out.append(f'    <band min="{lo}" max="{hi}" phase="{phase}"><label xml:lang="da">{da}</label><label xml:lang="en">{en}</label></band>')
        out.append('  </scale>')
        out.append('  <scale id="resultater" min="0" max="100">')
        for lo, hi in [(0, 10), (11, 30), (31, 50), (51, 70), (71, 90), (91, 100)]:
            out.append(f'    <band min="{lo}" max="{hi}"><label xml:lang="da">{lo}-{hi}</label><label xml:lang="en">{lo}-{hi}</label></band>')
        out.append('  </scale>')
        out.append('  <scale id="kvalitetsscore" min="1" max="5">')
        for v in range(1, 6):
            out.append(f'    <band min="{v}" max="{v}"><label xml:lang="da">Niveau {v}</label><label xml:lang="en">Level {v}</label></band>')
        out.append('  </scale>')
        for family in self.families:
            scale = f' scale="{family["scale"]}"' if family["scale"] else ""
            out.append(f'  <group id="{family["id"]}" theme="{family["theme"]}" kind="{family["profile"]}"{scale}>')
            out.append(f'    <title xml:lang="da">{esc(family["da"])} ({family["number"]})</title>')
            out.append(f'    <title xml:lang="en">{esc(family["en"])} ({family["number"]})</title>')
            nested = len(family["subgroups"]) > 1
            for s, members in enumerate(family["subgroups"]):
                indent = "    "
                if nested:
                    out.append(f'    <group id="{family["id"]}.{s + 1}">')
                    out.append(f'      <title xml:lang="da">Delområde {s + 1}</title><title xml:lang="en">Sub-area {s + 1}</title>')
                    indent = "      "
                for req in members:
                    wording = f' wording="{req["wording"]}"' if req["wording"] else ""
                    parts = [f'{indent}<requirement id="{req["id"]}"{wording}>',
                             f'<title xml:lang="da">{esc(req["da"])}, krav {req["index"] + 1}</title>',
                             f'<title xml:lang="en">Requirement {req["index"] + 1}</title>']
                    if req["text"]:
                        parts.append(f'<text xml:lang="da">{sentence(rng, 8, 30)}</text>')
                        parts.append(f'<text xml:lang="en">Text of requirement {req["index"] + 1}.</text>')
                    for n, kind, _, _ in STEP_KINDS[:req["steps"]]:
                        parts.append(f'<step n="{n}" kind="{kind}"><text xml:lang="da">{sentence(rng, 5, 14)}</text>'
                                     f'<text xml:lang="en">Step {n}.</text></step>')
                    parts.append('</requirement>')
                    out.append("".join(parts))
                if nested:
                    out.append('    </group>')
            out.append('  </group>')
        out.append('</standard>')
        write_text(path, out)

    def write_rules(self, path):
        rng = self.rng
        candidates = [r for r in self.requirements if not r["manual"]]
        critical = sorted(rng.sample(candidates, min(len(candidates), max(1, min(5, self.n // 300)))), key=lambda r: r["index"])
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rules xmlns="urn:accredit:rules" formatVersion="1" id="bench-rules" version="1" standard="bench">',
               '  <title xml:lang="da">Varierede benchmarkregler</title>', '  <title xml:lang="en">Varied benchmark rules</title>',
               '  <policy ready="0.9" readyWithRemarks="0.7">']
        out += [f'    <critical requirement="{r["id"]}"/>' for r in critical]
        out.append('  </policy>')
        for rid, (check, params, da, en) in self.rules.items():
            ps = "".join(f'<param name="{name}">{esc(value)}</param>' for name, value in params)
            out.append(f'  <rule id="{rid}" check="{check}"><title xml:lang="da">{esc(da)}</title>'
                       f'<title xml:lang="en">{esc(en)}</title>{ps}</rule>')
        for req in self.requirements:
            if req["manual"]:
                out.append(f'  <manual requirement="{req["id"]}"><reason xml:lang="da">Vurderes ved besøget.</reason>'
                           f'<reason xml:lang="en">Assessed on the visit.</reason></manual>')
                continue
            uses = []
            for rule, withs, step in req["uses"]:
                s = f' step="{step}"' if step else ""
                if withs:
                    w = "".join(f'<with name="{name}">{esc(value)}</with>' for name, value in withs)
                    uses.append(f'<use rule="{rule}"{s}>{w}</use>')
                else:
                    uses.append(f'<use rule="{rule}"{s}/>')
            out.append(f'  <verify requirement="{req["id"]}">{"".join(uses)}</verify>')
        out.append('</rules>')
        write_text(path, out)

    # ----- package ---------------------------------------------------------------------------
    def write_pool(self, package):
        rng = self.rng
        self.pool = []
        for i in range(min(2000, 150 + self.n // 20)):
            stem = rng.choice(STEMS)
            ext = weighted(rng, [("pdf", 45), ("md", 25), ("docx", 15), ("xlsx", 10), ("txt", 5)])
            name = f"evidence/{rng.choice(FOLDERS)}/{stem}-{2020 + i % 6}-{i}.{ext}"
            size = int(min(400_000, max(200, rng.lognormvariate(math.log(3000), 1.3))))
            if ext in ("md", "txt"):
                line = f"# {stem}\n{sentence(rng, 8, 20)}\n".encode()
                body = (line * (size // len(line) + 1))[:size]
            else:
                body = rng.randbytes(size)
            target = os.path.join(package, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(body)
            self.pool.append((name, hashlib.sha256(body).hexdigest()))

    def issued(self):
        rng = self.rng
        band = weighted(rng, [((10, 330), 84), ((367, 1000), 6), ((1000, 2200), 2), ((0, 9), 7), ((-60, -1), 1)])
        return rng.randint(*band)

    def new_evidence(self, req, kind):
        rng = self.rng
        number = len(self.evidence) + 1
        offset = self.issued()
        entry = {"id": rng.choice([f"E{number}", f"dok-{number}", f"{kind}-{number}", f"{req['family']['id']}.e{number}"]),
                 "requirements": [req["id"]], "kind": kind, "issued": day(offset), "expires": None, "sha256": None}
        if rng.random() < 0.01:
            entry["path"] = f"evidence/mangler/{kind}-{number}.pdf"  # listed, but not in the package
        else:
            index = int(len(self.pool) * rng.random() ** 2)  # a few documents are used very often
            entry["path"], digest = self.pool[index]
            if rng.random() < 1 / 3:
                entry["sha256"] = digest.upper() if rng.random() < 0.1 else digest
        if rng.random() < 0.12:
            if rng.random() < 0.9 or offset < 2:
                entry["expires"] = day(-rng.randint(max(30, 1 - offset), 900))  # after the assessment date
            else:
                entry["expires"] = day(rng.randint(1, min(200, offset - 1)))  # expired before it
        topic = rng.choice(TOPICS)[0]
        entry["title"] = f"{topic}: {sentence(rng, 3, 12)[:-1]} ({kind}, {entry['issued'][:4]})"
        self.evidence.append(entry)
        return entry

    def build_package(self):
        rng = self.rng
        by_family_kind = {}
        recent_by_kind = {}
        for req in self.requirements:
            needed = []
            for rule, withs, _ in req["uses"]:
                check, params, _, _ = self.RULES[rule]
                if check != "evidence":
                    continue
                kind = rng.choice((dict(withs).get("kind") or dict(params).get("kind")).split())
                needed += [kind] * int(dict(params).get("min", "1"))
            # Roughly one entry per document the rules ask for, give or take: some requirements
            # lack one, some carry more than their rules need; never more than five.
            slots = max(0, min(5, len(needed) + weighted(rng, [(-1, 6), (0, 62), (1, 22), (2, 10)])))
            attached = []
            for s in range(slots):
                kind = needed[s] if s < len(needed) and rng.random() < 0.97 else rng.choice(KINDS)
                entry = None
                pool = by_family_kind.get((req["family"]["id"], kind), [])
                if rng.random() < 0.04 and recent_by_kind.get(kind):
                    entry = rng.choice(recent_by_kind[kind][-50:])  # shared across families
                elif pool and rng.random() < 0.3:
                    entry = rng.choice(pool[-6:])  # shared in the family
                if entry is not None and (req["id"] in entry["requirements"] or len(entry["requirements"]) >= 8
                                          or any(entry is e for e in attached)):
                    entry = None
                if entry is None:
                    entry = self.new_evidence(req, kind)
                    by_family_kind.setdefault((req["family"]["id"], kind), []).append(entry)
                    recent_by_kind.setdefault(kind, []).append(entry)
                else:
                    entry["requirements"].append(req["id"])
                attached.append(entry)

    def answer(self, req):
        """The score and, on the cumulative scale, the phases reached (or None)."""
        rng = self.rng
        scale = req["family"]["scale"]
        if rng.random() < 0.005:
            return ("7" if scale else "delvis", None)  # off the scale: a typo a real package has
        if scale is None:
            return (weighted(rng, [("opfyldt", 84), ("delvist-opfyldt", 8), ("ikke-opfyldt", 4), ("ikke-relevant", 4)]), None)
        if scale == "kvalitetsscore":
            return (str(weighted(rng, [(1, 4), (2, 8), (3, 25), (4, 38), (5, 25)])), None)
        score = max(0, min(100, round(rng.gauss(66, 17))))
        if scale == "resultater":
            return (str(score), None)
        # The phases reached up to the score's band; now and then one of them left out.
        reached = [phase for phase, low in [("plan", 11), ("do", 31), ("check", 51), ("act", 71)] if score >= low]
        if rng.random() < 0.2:
            return (str(score), None)
        if len(reached) > 1 and rng.random() < 0.12:
            reached.remove(rng.choice(reached[:-1]))
        return (str(score), reached)

    def write_manifest(self, path):
        rng = self.rng
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<package xmlns="urn:accredit:package" formatVersion="1">',
               '  <organisation id="0999" name="Varieret Kommune"/>',
               '  <unit id="varied" name="Sundhed &amp; Omsorg, Enhed Vest" level="sector"/>',
               f'  <assessment date="{ASSESSMENT.isoformat()}" periodStart="{PERIOD[0]}" periodEnd="{PERIOD[1]}"/>',
               '  <claim standard="bench" version="1"/>', '', '  <!-- Selvevaluering -->']
        exemptions = []
        for req in self.requirements:
            x = rng.random()
            exemption = "not-applicable" if x < 0.03 else "waiver" if x < 0.045 else None
            if rng.random() < 0.04 and exemption is None:
                continue  # not answered
            score, phases = self.answer(req)
            if exemption == "not-applicable" and req["family"]["scale"] is None:
                score = "ikke-relevant"
            elif score == "ikke-relevant" and rng.random() < 0.7:
                exemption = "not-applicable"
            if exemption:
                exemptions.append((req, exemption))
            p = f' phases="{" ".join(phases)}"' if phases else ""
            comment = " ".join(sentence(rng, 4, 16) for _ in range(weighted(rng, [(0, 10), (1, 45), (2, 30), (3, 15)])))
            out.append(f'  <answer requirement="{req["id"]}" score="{score}"{p}>{comment}</answer>')
        out += ['', '  <!-- Dokumentation -->']
        for e in self.evidence:
            extra = (f' expires="{e["expires"]}"' if e["expires"] else "") + (f' sha256="{e["sha256"]}"' if e["sha256"] else "")
            out.append(f'  <evidence id="{e["id"]}" requirements="{" ".join(e["requirements"])}" kind="{e["kind"]}" '
                       f'path="{esc(e["path"])}" issued="{e["issued"]}"{extra}><title>{esc(e["title"])}</title></evidence>')
        out += ['', '  <!-- Indikatorer -->']
        for ind_id, ind in self.indicators.items():
            latest = weighted(rng, [(2025, 88), (2024, 8), (2023, 4)])
            years = list(range(latest - rng.randint(2, 4), latest + 1)) if ind["series"] else [latest]
            t, better_up = ind["threshold"], ind["direction"] == "higher"
            value = t * (1 + (rng.uniform(0.01, 0.3) if rng.random() < 0.75 else -rng.uniform(0.01, 0.3)) * (1 if better_up else -1))
            values = [value]
            for _ in years[1:]:
                step = abs(t) * rng.uniform(0.01, 0.08) * (1 if rng.random() < 0.65 else -1)
                values.insert(0, values[0] - step if better_up else values[0] + step)
            unit = "pct." if ind["unit"] == "%" and rng.random() < 0.01 else ind["unit"]
            for k, (year, v) in enumerate(zip(years, values)):
                amount = f"{max(0.0, v):.{ind['decimals']}f}"
                v_attr = 'missing="true"' if k == len(years) - 1 and rng.random() < 0.04 else f'value="{amount}"'
                out.append(f'  <indicator id="{ind_id}" {v_attr} unit="{esc(unit)}" periodStart="{year}-01-01" periodEnd="{year}-12-31"/>')
        out += ['', '  <!-- Undtagelser -->']
        for req, kind in exemptions:
            early = rng.random() < 0.97  # else approved after the assessment date
            approved = day(rng.randint(20, 700)) if early else day(-rng.randint(1, 30))
            expires = ""
            if kind == "waiver" or rng.random() < 0.2:
                expired = early and rng.random() < 0.25
                expires = f' expires="{day(rng.randint(1, 15)) if expired else day(-rng.randint(31, 700))}"'
            out.append(f'  <exemption requirement="{req["id"]}" type="{kind}" approvedBy="{esc(rng.choice(NAMES))}" '
                       f'approved="{approved}"{expires}><justification>{sentence(rng, 10, 30)}</justification></exemption>')
        out.append('</package>')
        write_text(path, out)


def write_text(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Generates a varied synthetic standard, rule set and package.")
    parser.add_argument("n", type=int, help="number of requirements")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rules = os.path.join(args.outdir, "rules")
    package = os.path.join(args.outdir, "package")
    os.makedirs(rules, exist_ok=True)
    os.makedirs(os.path.join(package, "evidence"), exist_ok=True)

    g = Generator(args.n, args.seed)
    g.build_standard()
    g.write_standard(os.path.join(rules, "bench.xml"))
    g.write_rules(os.path.join(rules, "bench.rules.xml"))
    g.write_pool(package)
    g.build_package()
    g.write_manifest(os.path.join(package, "manifest.xml"))


if __name__ == "__main__":
    main()
