#!/usr/bin/env bash
# Times `socialkpi privacy erase` of one prospect and of 1,000 at once (issue 12: the erasure of
# 1,000 prospects, as a retention review does it) on the demo workspace, with the index rebuild and
# the WAL truncation; each run on a fresh copy of the seeded database. The command's own start-up
# is timed apart (erasing an unknown prospect), so the erasure's cost is the difference. Last, the
# three CSV exports that import back, on the same workspace.
#
#   scripts/measure-erasure.sh [prospects=100000] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
prospects=${1:-100000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
$cli seed-demo --prospects "$prospects" --seed 1 --db "Data Source=$work/seed.db" >/dev/null

seconds() { /usr/bin/time -f "%e" -o "$work/t" "$@" >/dev/null 2>&1 || true; tail -1 "$work/t"; }

cp "$work/seed.db" "$work/run.db"
printf "command start-up, erasing nobody (unknown id): %s s\n" "$(seconds $cli privacy erase --prospect "#$(( prospects + 1 ))" --db "Data Source=$work/run.db")"
rm -f "$work/run.db"*

for count in 1 1000; do
  # Every 97th prospect: spread over the table, as people due for review are.
  args=()
  for i in $(seq 1 "$count"); do args+=(--prospect $(( i * 97 % prospects + 1 ))); done
  : >"$work/times"
  for _ in $(seq "$runs"); do
    cp "$work/seed.db" "$work/run.db"
    seconds $cli privacy erase "${args[@]}" --db "Data Source=$work/run.db" >>"$work/times"
    rm -f "$work/run.db"*
  done
  sort -n "$work/times" | awk -v n="$count" -v p="$prospects" '{ t[NR] = $1 } END { printf "erasure of %d of %d prospects: best %.2f s   median %.2f s\n", n, p, t[1], t[int((NR + 1) / 2)] }'
done

for kind in prospects activities sales; do
  took=$(seconds $cli export "$kind" "$work/$kind.csv" --db "Data Source=$work/seed.db")
  printf "export %-10s %8d rows   %s s\n" "$kind" $(( $(wc -l < "$work/$kind.csv") - 1 )) "$took"
done
