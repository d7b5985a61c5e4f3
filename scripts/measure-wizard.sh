#!/usr/bin/env bash
# The import wizard end to end (issue 12: 100,000 rows in under 10 s), in Debian's Chromium
# against the Release app on loopback: choosing the file (upload through the circuit, decoding,
# column matching), the check (a dry run of every row), and the import itself, each timed from the
# click to the answer on screen. Each run imports into a fresh, empty workspace.
#
#   scripts/measure-wizard.sh [rows=100000] [runs=3]
source "$(dirname "$0")/perf-common.sh"
rows=${1:-100000}
runs=${2:-3}

perf_build
# The same rows as scripts/measure-import.sh, with French headers the wizard has to match.
awk -v rows="$rows" -v sep=";" -v header="Référence;Nom;Courriel;Téléphone;Pseudo;Canal;Créé le;Périmètre;Étape" -f scripts/prospect-rows.awk > "$work/prospects.csv"

npm install --silent --prefix "$work/node" playwright-core@1.64.1 >/dev/null
for run in $(seq "$runs"); do
  rm -f "$work/data/socialkpi.db"*
  dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll users add --email perf@socialkpi.test --password motdepasse42 --role owner >/dev/null
  perf_start
  NODE_PATH="$work/node/node_modules" SHOT="${SHOT:-}" LOCALE="${LOCALE:-fr-FR}" WIDTH="${WIDTH:-1366}" BASE="$base" FILE="$work/prospects.csv" ROWS="$rows" node scripts/measure-wizard.mjs || { tail -30 "$work/server.log" >&2; exit 1; }
  kill "$server"; wait "$server" 2>/dev/null || true; server=
done
