#!/usr/bin/env bash
# Compares `socialkpi report attribution` with SQLite reading the same activities once (issue: the
# report within 3x that time), on the demo workspace of 100,000 prospects and about 1,000,000
# activities. Needs the sqlite3 command (Debian package sqlite3). The two are run in turn, 7 times
# each; the best and the median wall times are printed, then the ratio of the medians.
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

query="SELECT ProspectId, ChannelId, OccurredAt, DurationMinutes FROM Activities WHERE ChannelId IS NOT NULL ORDER BY ProspectId, OccurredAt, Id"
for _ in 1 2 3 4 5 6 7; do
  /usr/bin/time -f "%e" -a -o "$work/sqlite.times" sqlite3 "$db" "$query" >/dev/null
  /usr/bin/time -f "%e" -a -o "$work/report.times" $cli report attribution --db "Data Source=$db" >/dev/null
done

summary() {
  sort -n "$work/$1.times" | awk -v label="$2" '{ t[NR] = $1 } END { printf "%-30s best %5.2f s   median %5.2f s\n", label, t[1], t[4] }'
}
median() { sort -n "$work/$1.times" | sed -n 4p; }
summary sqlite "sqlite3 reads the touches"
summary report "socialkpi report attribution"
awk -v r="$(median report)" -v s="$(median sqlite)" 'BEGIN { printf "ratio of medians: %.1fx (target 3x)\n", r / s }'
