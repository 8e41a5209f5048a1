#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (Tests/AccreditServerTests/StoreTests.swift):
#
#   scripts/ci/postgres.sh start   start one (or find the one already started) and print its URL,
#                                  postgres://postgres@127.0.0.1:PORT/accredit_test, as the last
#                                  line of stdout; everything else goes to stderr
#   scripts/ci/postgres.sh stop    stop it and remove its folder; nothing is left running
#
# Typical use:
#   export ACCREDIT_TEST_POSTGRES_URL="$(scripts/ci/postgres.sh start | tail -n 1)"
#   swift test --filter StoreTests
#   scripts/ci/postgres.sh stop
#
# It installs nothing: PostgreSQL's server programs must be there already (Debian's `postgresql`
# package; CI installs it). The cluster lives in a fresh folder under the temporary directory,
# listens on 127.0.0.1 only, on PGPORT (default 54329, or the next free port when that one is
# taken and PGPORT was not given), and trusts every local connection: it holds test data only and
# is gone after `stop`. PG_BINDIR overrides where initdb and pg_ctl are looked for.
set -euo pipefail

# One state file for the machine, so that `stop` finds what `start` made even from another shell.
state_file="/tmp/accredit-test-postgres.state"
database="accredit_test"

log() { echo "postgres.sh: $*" >&2; }

usage() {
  echo "usage: scripts/ci/postgres.sh start|stop" >&2
  exit 64
}

# The newest installed server's programs. Debian keeps them out of PATH, one folder per major version.
find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"
    return
  fi
  local found="" candidates=(/usr/lib/postgresql/*/bin)
  if [ -d "${candidates[0]}" ]; then
    found="$(printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1)"
  fi
  if [ -z "$found" ] && command -v pg_ctl >/dev/null; then
    found="$(dirname "$(command -v pg_ctl)")"
  fi
  if [ -z "$found" ] || [ ! -x "$found/initdb" ] || [ ! -x "$found/pg_ctl" ]; then
    log "no PostgreSQL server programs found (install Debian's postgresql package, or set PG_BINDIR)"
    exit 1
  fi
  echo "$found"
}

# PostgreSQL refuses to run as root, so as root every server program runs as the `postgres`
# account the Debian package creates. Run from the cluster's folder, so that the account is never
# left in a working directory it may not read.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$folder" && runuser -u postgres -- "$@")
  else
    (cd "$folder" && "$@")
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

url() { echo "postgres://postgres@127.0.0.1:$1/$database"; }

read_state() {
  folder=""
  port=""
  bindir=""
  # shellcheck disable=SC1090
  [ -f "$state_file" ] && . "$state_file"
  return 0
}

# Stops the server of the state file, if any, and removes its folder and the state file. Safe to
# call when nothing runs or the folder is already gone.
stop_cluster() {
  read_state
  if [ -n "$folder" ] && [ -d "$folder/data" ]; then
    if [ -n "$bindir" ] && [ -x "$bindir/pg_ctl" ] && [ -f "$folder/data/postmaster.pid" ]; then
      # fast: roll back open transactions and disconnect clients instead of waiting for them.
      as_owner "$bindir/pg_ctl" stop -D "$folder/data" -m fast -w -t 60 >&2 || log "pg_ctl stop failed; removing the folder anyway"
    fi
  fi
  # Only ever a folder this script made (mktemp's prefix below), never whatever a state file names.
  if [ -n "$folder" ] && [[ "$folder" == /tmp/accredit-postgres.* ]] && [ -d "$folder" ]; then
    rm -rf "$folder"
  fi
  rm -f "$state_file"
}

start_cluster() {
  read_state
  # Idempotent: a cluster started before and still answering is reused.
  if [ -n "$folder" ] && [ -n "$port" ] && [ -n "$bindir" ] && [ -f "$folder/data/postmaster.pid" ] \
    && "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -d "$database" -U postgres; then
    log "already running in $folder on port $port"
    url "$port"
    return
  fi
  # A state file left by a crashed run: clear it (and whatever it still runs) first.
  [ -f "$state_file" ] && stop_cluster

  bindir="$(find_bindir)"

  if [ -n "${PGPORT:-}" ]; then
    port="$PGPORT"
    if port_in_use "$port"; then
      log "port $port (PGPORT) is in use"
      exit 1
    fi
  else
    port=54329
    while port_in_use "$port"; do
      port=$((port + 1))
      if [ "$port" -gt 54399 ]; then
        log "no free port between 54329 and 54399; set PGPORT"
        exit 1
      fi
    done
  fi

  folder="$(mktemp -d /tmp/accredit-postgres.XXXXXX)"
  printf 'folder=%q\nport=%q\nbindir=%q\n' "$folder" "$port" "$bindir" >"$state_file"
  # From here on a failure must not leave a half-started server or its folder behind.
  trap 'log "start failed; see the log above"; stop_cluster' ERR
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$folder"
  fi

  # A linguistic (ICU, en-US) default collation where initdb offers one (PostgreSQL 15 and later),
  # as production clusters usually have: the store must order text by bytes, as SQLite does,
  # whatever the database's collation, and the tests should be able to see it when it does not.
  local locale_options=(--locale=C.UTF-8)
  # (grep reads the whole help: with -q it could stop early and fail the pipe under pipefail.)
  if "$bindir/initdb" --help 2>/dev/null | grep -- '--locale-provider' >/dev/null; then
    locale_options+=(--locale-provider=icu --icu-locale=en-US)
  fi
  if ! as_owner "$bindir/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 \
    "${locale_options[@]}" >"$folder/initdb.log" 2>&1; then
    cat "$folder/initdb.log" >&2
    false
  fi

  # Durability is pointless for test data, and turning it off makes the many small test
  # databases quick to create and drop. The socket goes into the folder, not /var/run/postgresql,
  # which may not exist or belong to someone else.
  cat >>"$folder/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  if ! as_owner "$bindir/pg_ctl" start -D "$folder/data" -l "$folder/server.log" -w -t 60 >&2; then
    cat "$folder/server.log" >&2 || true
    false
  fi
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
  trap - ERR
  log "started in $folder on port $port"
  url "$port"
}

case "${1:-}" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  *) usage ;;
esac
