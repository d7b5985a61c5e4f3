#!/usr/bin/env bash
# Measures logging one activity (issue: under 20 ms of server time at the 95th percentile on
# 100,000 prospects and 1,000,000 activities): seeds the demo workspace, starts the web app
# (Release) on loopback, signs in, then posts quick logs as htmx does, each to a random prospect,
# one after the other, and times them with curl.
#
#   scripts/measure-activity-log.sh [prospects=100000] [logs=500]
source "$(dirname "$0")/perf-common.sh"
prospects=${1:-100000}
logs=${2:-500}

perf_build
perf_seed "$prospects"
perf_start

log_one() {
  local id=$1
  curl -s -o /dev/null -b "$jar" -H "HX-Request: true" -w '%{http_code} %{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Kind=Dm" --data-urlencode "Direction=Inbound" \
    --data-urlencode "ChannelId=1" --data-urlencode "OccurredAt=$(date +%Y-%m-%dT%H:%M)" --data-urlencode "DurationMinutes=5" \
    --data-urlencode "Summary=Asked for the price list" --data-urlencode "NextStep=Send the price list" \
    --data-urlencode "NextStepDue=$(date -d tomorrow +%Y-%m-%d)" "$base/prospects/$id/activities"
}

for _ in $(seq 1 30); do log_one $((RANDOM * 32768 % prospects + 1)) >/dev/null; done
echo "Logging one activity (htmx post, fragment back) on $prospects prospects:"
for _ in $(seq 1 "$logs"); do log_one $(((RANDOM * 32768 + RANDOM) % prospects + 1)); done | perf_summary "quick log, random prospect"
