#!/usr/bin/env bash
# The channels report ("likes are not revenue") on the demo workspace, through the Release app on
# loopback: its JSON endpoint for the default year and for a quarter, warm (issue 11 target: p95
# under 300 ms on 100,000 prospects).
#
#   scripts/measure-channels.sh [prospects=100000] [requests=40]
source "$(dirname "$0")/perf-common.sh"
prospects=${1:-100000}
requests=${2:-40}

perf_build
perf_seed "$prospects" >/dev/null
perf_start

perf_get "channels report, default year" "/api/reports/channels" "$requests"
perf_get "channels report, a quarter" "/api/reports/channels?from=2026-07-01&to=2026-10-01" "$requests"
perf_get "attribution report, default year" "/api/reports/attribution" "$requests"
