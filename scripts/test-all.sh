#!/usr/bin/env bash
# Runs every test tier: typecheck, lint, migrations check, web build, unit, API on PGlite and on PostgreSQL,
# and end-to-end journeys in Chromium. Installs PostgreSQL, Chromium and a CJK font from Debian when missing
# (needs root or sudo), and runs a private PostgreSQL cluster on 127.0.0.1 for the duration.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { echo "::: $1 (+$((SECONDS - started)) s)"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "postgres: private cluster on 127.0.0.1"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d)
PGPORT=${SCO_TEST_PG_PORT:-55433}
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDIR"
cleanup() {
  run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
run_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
export SCO_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"

if [ ! -d node_modules ]; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

step "typecheck"
npm run --silent typecheck
step "lint"
npx biome check . >/dev/null || npx biome check .
step "migrations match the schema"
npx drizzle-kit check >/dev/null
step "web build"
npm run --silent build:web

step "tests: unit, api-pglite, api-postgres, e2e"
report=$(mktemp --suffix=.json)
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
rc=$?
set -e
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report"
rm -f "$report"
step "done"
exit $rc
