#!/usr/bin/env bash
# The channels report ("likes are not revenue") and the KPI board on the demo workspace, through the
# Release app on loopback (issue 11 targets: p95 under 300 ms each on 100,000 prospects). Each is
# timed warm (the same question again, as people look, switch model, come back) and right after
# another process wrote to the database (nothing cached can answer).
#
#   scripts/measure-channels.sh [prospects=100000] [requests=40]
source "$(dirname "$0")/perf-common.sh"
prospects=${1:-100000}
requests=${2:-40}
after_write=$(( requests < 20 ? requests : 20 ))

perf_build
perf_seed "$prospects" >/dev/null
perf_start

perf_get "channels report, default year" "/api/reports/channels" "$requests"
perf_get "channels report, a quarter" "/api/reports/channels?from=2026-07-01&to=2026-10-01" "$requests"
perf_get "attribution report, default year" "/api/reports/attribution" "$requests"
perf_get "KPI board (JSON)" "/api/reports/kpis" "$requests"
perf_get "KPI board page" "/objectives" "$requests"
perf_get "dashboard page" "/" "$requests"
perf_get_after_write "channels report after a write" "/api/reports/channels" "$after_write"
perf_get_after_write "KPI board after a write" "/api/reports/kpis" "$after_write"
