#!/usr/bin/env bash
# Runs every SocialKpi test on a fresh machine: installs what the tests need from Debian (Chromium
# for the browser tests, since Playwright cannot download its own browser here; PostgreSQL for the
# second provider; nginx for the several-instance topology of scripts/run-cluster.sh), then the
# whole suite on SQLite, then the Core tests again and the several-instance tests on a throw-away
# PostgreSQL server on loopback, stopped at the end.
# Extra arguments go to `dotnet test` (for example: ./tests.sh --filter "FullyQualifiedName~Prospects").
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need Debian's ${missing[*]}: run 'apt-get install ${missing[*]}' as root, then this script again." >&2
    exit 1
  fi
fi

log=$(mktemp)
pgdata=$(mktemp -d)
# A free loopback port for this run's PostgreSQL: the first in the range nothing answers on.
pgport=""
for candidate in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pgport=$candidate; break; fi
done
[ -n "$pgport" ] || { echo "No free loopback port for PostgreSQL in 55432-55532." >&2; exit 1; }
trap 'scripts/postgres.sh stop "$pgdata" || true; rm -f "$log"' EXIT
postgres=$(scripts/postgres.sh start "$pgdata" "$pgport")

status=0
# Tests marked Provider=Postgres need the server; they run in the second pass only.
dotnet test SocialKpi.sln --filter "Provider!=Postgres" "$@" 2>&1 | tee "$log" || status=$?
echo "Core tests, and the web app's several-instance tests, on PostgreSQL ($postgres):"
SOCIALKPI_TEST_POSTGRES="$postgres" dotnet test tests/SocialKpi.Core.Tests --no-build "$@" 2>&1 | tee -a "$log" || status=$?
for project in tests/SocialKpi.Web.Tests tests/SocialKpi.BrowserTests; do
  SOCIALKPI_TEST_POSTGRES="$postgres" dotnet test "$project" --no-build --filter "Provider=Postgres" "$@" 2>&1 | tee -a "$log" || status=$?
done

# One closing line for the whole suite, summed over the test projects' own summaries.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
echo "Tests: ${passed} passed, ${failed} failed"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
