#!/usr/bin/env bash
# Compares `socialkpi report attribution` with SQLite reading the same activities once (issue: the
# report within 3x that time), on the demo workspace of 100,000 prospects and about 1,000,000
# activities. Needs the sqlite3 command (Debian package sqlite3). Each is run 5 times; the best and
# the median wall times are printed.
#
#   scripts/measure-attribution-report.sh [prospects=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
prospects=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/socialkpi.db"

dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
$cli seed-demo --prospects "$prospects" --seed 1 --db "Data Source=$db"

times() {
  local label=$1; shift
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e" "$@" >/dev/null 2>>"$work/$label.times" || true
  done
  sort -n "$work/$label.times" | awk -v label="$label" '{ t[NR] = $1 } END { printf "%-28s best %5.2f s   median %5.2f s\n", label, t[1], t[3] }'
}

times "sqlite3 reads the touches" sqlite3 "$db" "SELECT ProspectId, ChannelId, OccurredAt, DurationMinutes FROM Activities WHERE ChannelId IS NOT NULL ORDER BY ProspectId, OccurredAt, Id"
times "socialkpi report attribution" $cli report attribution --db "Data Source=$db"
