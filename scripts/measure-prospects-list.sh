#!/usr/bin/env bash
# Measures the prospects list on a seeded workspace (issue: list page under 100 ms of server time):
# seeds N demo prospects into a throw-away database, starts the web app (Release) on loopback,
# signs in and times sequential requests of several list views with curl. On loopback, curl's total
# time is the server's time plus well under a millisecond.
#
#   scripts/measure-prospects-list.sh [prospects=10000] [requests=200]
source "$(dirname "$0")/perf-common.sh"
prospects=${1:-10000}
requests=${2:-200}

perf_build
perf_seed "$prospects"
perf_start
echo "Page size: $(wc -c <"$work/page.html") bytes"
echo "Prospects list on $prospects prospects:"
perf_get "first page (recent activity)" "/prospects" "$requests"
perf_get "page 100, sorted by name" "/prospects?sort=Name&page=100" "$requests"
perf_get "search 'mar'" "/prospects?q=mar" "$requests"
perf_get "filter stage + ring, by value" "/prospects?stage=3&ring=City&sort=Value&desc=true" "$requests"
