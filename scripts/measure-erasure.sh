#!/usr/bin/env bash
# Times `socialkpi privacy erase` of N prospects at once (issue 12: the erasure of 1,000 prospects,
# as a retention review does it) on the demo workspace, start-up, index rebuild and WAL truncation
# included; each run on a fresh copy of the seeded database. Also times the export of the three
# CSV files that import back, on the same workspace.
#
#   scripts/measure-erasure.sh [prospects=100000] [erase=1000] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
prospects=${1:-100000}
erase=${2:-1000}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
$cli seed-demo --prospects "$prospects" --seed 1 --db "Data Source=$work/seed.db" >/dev/null

# Every 97th prospect: spread over the table, as people due for review are.
args=()
for i in $(seq 1 "$erase"); do args+=(--prospect $(( i * 97 % prospects + 1 ))); done

for run in $(seq "$runs"); do
  cp "$work/seed.db" "$work/run.db"
  /usr/bin/time -f "%e" -a -o "$work/erase.times" $cli privacy erase "${args[@]}" --db "Data Source=$work/run.db" >/dev/null
  rm -f "$work/run.db"*
done
sort -n "$work/erase.times" | awk -v n="$erase" -v p="$prospects" '{ t[NR] = $1 } END { printf "erasure of %d of %d prospects: best %.2f s   median %.2f s\n", n, p, t[1], t[int((NR + 1) / 2)] }'

for kind in prospects activities sales; do
  /usr/bin/time -f "%e" -o "$work/$kind.time" $cli export "$kind" "$work/$kind.csv" --db "Data Source=$work/seed.db" >/dev/null
  printf "export %-10s %8d rows   %.2f s\n" "$kind" $(( $(wc -l < "$work/$kind.csv") - 1 )) "$(cat "$work/$kind.time")"
done
