#!/usr/bin/env bash
# Measures the Blazor Server app against the targets of the Blazor Server issue, on the demo
# workspace, published in Release, on loopback:
#   - /board prerendered: p95 of the server's answer (curl) and the size of its HTML;
#   - in Debian's Chromium (Playwright): board interactive, drop -> both headers updated, prospects
#     grid page change, quick log, attribution period change (warm);
#   - server memory per open board, with 30 boards open (30 circuits).
#
#   scripts/measure-web.sh [prospects=100000] [requests=200]
source "$(dirname "$0")/perf-common.sh"
prospects=${1:-100000}
requests=${2:-200}

perf_build
perf_seed "$prospects" >/dev/null
perf_start

curl -fs -o "$work/board.html" -b "$jar" "$base/board?owner=all"
echo "Board on $prospects prospects: prerendered HTML $(wc -c <"$work/board.html") bytes, $(grep -o 'data-testid="board-card"' "$work/board.html" | wc -l) cards"
perf_get "/board prerendered (curl)" "/board?owner=all" "$requests"

# The browser part: playwright-core from npm (no browser download), driving /usr/bin/chromium.
npm install --silent --prefix "$work/node" playwright-core@1.64.1 >/dev/null
NODE_PATH="$work/node/node_modules" BASE="$base" SERVER_PID="$server" node scripts/measure-web.mjs
