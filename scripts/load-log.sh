#!/usr/bin/env bash
# Load test for the quick log (issue 10): N browser clients (default 20), each on its own prospect
# page in Debian's Chromium, log conversations with Ctrl+Enter as fast as the app answers, for a
# bounded time (default 60 s), against the Release app on loopback. Prints the count, the errors,
# the writes missing from the database afterwards, and the latency from Ctrl+Enter to the entry
# on screen.
#
#   scripts/load-log.sh [clients=20] [seconds=60] [prospects=2000]
source "$(dirname "$0")/perf-common.sh"
clients=${1:-20}
seconds=${2:-60}
prospects=${3:-2000}

perf_build
perf_seed "$prospects" >/dev/null
perf_start

npm install --silent --prefix "$work/node" playwright-core@1.64.1 >/dev/null
# The server's own CPU time over the run: the browsers share the machine's cores with it, so the
# latency below is the rig's as much as the app's; CPU per write is the app's alone.
cpu() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
cpu_before=$(cpu)
NODE_PATH="$work/node/node_modules" BASE="$base" CLIENTS="$clients" SECONDS_="$seconds" node scripts/load-log.mjs | tee "$work/load.txt"
cpu_after=$(cpu)

# Lost writes: every entry a client saw confirmed must be in the database.
confirmed=$(grep -o 'confirmed [0-9]*' "$work/load.txt" | awk '{print $2}')
stored=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT count(*) FROM Activities WHERE Summary LIKE 'Charge %'\").fetchone()[0])" "$work/data/socialkpi.db")
echo "stored in the database: $stored of $confirmed confirmed; lost writes: $((confirmed - stored))"
awk -v ticks="$((cpu_after - cpu_before))" -v hz="$(getconf CLK_TCK)" -v logs="$confirmed" -v s="$seconds" \
  'BEGIN { printf "server CPU: %.1f s over the run (%.0f %% of one core), %.0f ms per confirmed log\n", ticks / hz, 100 * ticks / hz / s, 1000 * ticks / hz / logs }'
[ "$stored" -ge "$confirmed" ] || exit 1
