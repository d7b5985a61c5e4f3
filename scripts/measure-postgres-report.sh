#!/usr/bin/env bash
# The attribution report on PostgreSQL (issue 13: within 3x of psql copying the same activities to
# /dev/null), on the demo of 100,000 prospects and about 1,000,000 activities. Starts a throw-away
# PostgreSQL on loopback (scripts/postgres.sh), seeds the demo into it, then runs psql's COPY and
# the report in turn, 7 times each, and prints the best and median wall times and their ratio.
#
#   scripts/measure-postgres-report.sh [prospects=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
prospects=${1:-100000}
work=$(mktemp -d)
pgdata=$(mktemp -d)
port=55499
trap 'scripts/postgres.sh stop "$pgdata"; rm -rf "$work"' EXIT
server=$(scripts/postgres.sh start "$pgdata" "$port")
psql "host=127.0.0.1 port=$port user=socialkpi dbname=postgres" -qc "CREATE DATABASE demo"
db="${server/Database=postgres/Database=demo}"

dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
/usr/bin/time -f "seed-demo: %e s" $cli seed-demo --prospects "$prospects" --seed 1 --provider postgres --db "$db"
psql "host=127.0.0.1 port=$port user=socialkpi dbname=demo" -qc "VACUUM ANALYZE"

copy='\copy (SELECT "ProspectId", "ChannelId", "OccurredAt", "DurationMinutes" FROM "Activities" WHERE "ChannelId" IS NOT NULL ORDER BY "ProspectId", "OccurredAt", "Id") to /dev/null'
for _ in 1 2 3 4 5 6 7; do
  /usr/bin/time -f "%e" -a -o "$work/psql.times" psql "host=127.0.0.1 port=$port user=socialkpi dbname=demo" -qc "$copy"
  /usr/bin/time -f "%e" -a -o "$work/report.times" $cli report attribution --provider postgres --db "$db" >/dev/null
done

summary() {
  sort -n "$work/$1.times" | awk -v label="$2" '{ t[NR] = $1 } END { printf "%-34s best %5.2f s   median %5.2f s\n", label, t[1], t[4] }'
}
median() { sort -n "$work/$1.times" | sed -n 4p; }
summary psql "psql copies the touches to /dev/null"
summary report "socialkpi report attribution"
awk -v r="$(median report)" -v s="$(median psql)" 'BEGIN { printf "ratio of medians: %.1fx (target 3x)\n", r / s }'
