#!/usr/bin/env bash
# The browser journey of the web application (scripts/ci/check-browser.py) against a fresh
# server: Debian's Chromium, headless, nothing downloaded. Screenshots of the main pages are
# written to docs/screenshots/.
#
# usage: scripts/ci/check-browser.sh        (after swift build)
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
server="${ACCREDIT_SERVER:-$PWD/.build/debug/accredit-server}"
[ -x "$server" ] || { echo "check-browser: no server at $server; build it first" >&2; exit 1; }

work="$(mktemp -d)"
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

password="journey-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "$password" | ACCREDIT_BCRYPT_COST=4 "$server" admin add-user koordinator --role admin --password-stdin \
  --data "$work/data" >/dev/null
"$server" serve --data "$work/data" --port 0 >"$work/serve.log" 2>&1 &
pid=$!
address=
for _ in $(seq 1 100); do
  address="$(sed -n 's/^accredit serve: listening on //p' "$work/serve.log")"
  [ -n "$address" ] && break
  sleep 0.2
done
[ -n "$address" ] || { cat "$work/serve.log" >&2; exit 1; }

python3 scripts/ci/check-browser.py --address "$address" --user koordinator --password "$password" \
  --screenshots docs/screenshots || { echo "--- server log" >&2; cat "$work/serve.log" >&2; exit 1; }
