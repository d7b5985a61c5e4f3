#!/usr/bin/env bash
# Times `socialkpi import prospects` on a generated file of N rows (issue 5: 100,000 rows in under
# 5 s), each run into a new, empty database, start-up included. Rows fill every column: quoted
# names with commas, French phone numbers, handles, a spread of channels, rings and stages.
#
#   scripts/measure-import.sh [rows=100000] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"

awk -v rows="$rows" -v sep=, -v header="ref,name,email,phone,handle,source_channel,created_at,ring,stage" -f scripts/prospect-rows.awk > "$work/prospects.csv"

for run in $(seq "$runs"); do
  /usr/bin/time -f "%e" -a -o "$work/import.times" $cli import prospects "$work/prospects.csv" --db "Data Source=$work/import-$run.db" >/dev/null
done
sort -n "$work/import.times" | awk -v rows="$rows" '{ t[NR] = $1 } END { printf "import of %d prospect rows: best %.2f s   median %.2f s\n", rows, t[1], t[int((NR + 1) / 2)] }'
