#!/usr/bin/env bash
# Evidence hashing against sha256sum over the same files, in one hyperfine run.
# Generates a package whose evidence is 64 distinct 4 MiB files (256 MiB), each with its
# sha256 declared, so accredit must hash every byte once.
#
# usage: scripts/bench/hashing.sh       needs: hyperfine, python3, sha256sum
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench-out/hashing
if [ ! -f "$out/package/manifest.xml" ]; then
  mkdir -p "$out/package/evidence" "$out/rules"
  python3 - "$out" <<'PY'
import hashlib, os, sys
out = sys.argv[1]
entries = []
for i in range(64):
    data = os.urandom(4 << 20)
    with open(f"{out}/package/evidence/file{i}.bin", "wb") as f:
        f.write(data)
    entries.append(f'  <evidence id="E{i}" requirements="h.1" kind="doc" path="evidence/file{i}.bin" issued="2025-06-01" '
                   f'sha256="{hashlib.sha256(data).hexdigest()}"/>')
open(f"{out}/package/manifest.xml", "w").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="urn:accredit:package" formatVersion="1">\n'
    '  <organisation name="Hash"/>\n  <unit id="h" name="Hash"/>\n'
    '  <assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/>\n'
    '  <claim standard="hash" version="1"/>\n' + "\n".join(entries) + "\n</package>\n")
open(f"{out}/rules/hash.xml", "w").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<standard xmlns="urn:accredit:standard" formatVersion="1" id="hash" version="1" level="sector">\n'
    '  <title xml:lang="en">Hash</title>\n  <group id="g"><title xml:lang="en">G</title>\n'
    '    <requirement id="h.1"><title xml:lang="en">All evidence intact</title></requirement>\n  </group>\n</standard>\n')
open(f"{out}/rules/hash.rules.xml", "w").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<rules xmlns="urn:accredit:rules" formatVersion="1" id="hash-rules" version="1" standard="hash">\n'
    '  <title xml:lang="en">Hash</title>\n  <rule id="docs" check="evidence"><title xml:lang="en">Docs</title>'
    '<param name="kind">doc</param><param name="min">64</param></rule>\n'
    '  <verify requirement="h.1"><use rule="docs"/></verify>\n</rules>\n')
PY
fi
swift build -c release --product accredit >/dev/null
accredit="$(swift build -c release --show-bin-path)/accredit"
hyperfine -N --warmup 2 --runs 10 --export-json "$out/result.json" \
  "sha256sum $(echo $out/package/evidence/*.bin)" \
  "$accredit check $out/package --rules $out/rules --format json -o /dev/null" >/dev/null
python3 - "$out/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
mb = 256
print(f"| sha256sum | {r[0]['mean']*1000:.0f} ms | {mb/r[0]['mean']:.0f} MiB/s |")
print(f"| accredit check (hashing every file) | {r[1]['mean']*1000:.0f} ms | {mb/r[1]['mean']:.0f} MiB/s |")
print(f"| accredit throughput relative to sha256sum | {r[0]['mean']/r[1]['mean']*100:.0f} % | |")
PY
