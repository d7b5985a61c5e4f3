#!/usr/bin/env bash
# Measures the pipeline board (issue: render under 50 ms of server time at the 95th percentile and
# HTML under 500 KB, a move under 20 ms at the 95th percentile, on 100,000 prospects): seeds the
# demo workspace, starts the web app (Release) on loopback, signs in as the owner (who sees every
# prospect), times the board, then moves random cards between open stages as the board's htmx does.
#
#   scripts/measure-board.sh [prospects=100000] [requests=200]
source "$(dirname "$0")/perf-common.sh"
prospects=${1:-100000}
requests=${2:-200}

perf_build
perf_seed "$prospects"
perf_start

curl -fs -o "$work/board.html" -b "$jar" "$base/board"
echo "Board HTML: $(wc -c <"$work/board.html") bytes, $(grep -o 'class="card board-card' "$work/board.html" | wc -l) cards"
echo "Board on $prospects prospects:"
perf_get "whole board, everyone's prospects" "/board?owner=all" "$requests"
perf_get "board filtered by ring and channel" "/board?owner=all&ring=City&channel=1" "$requests"

# Each move takes a different prospect at its first version, to an open stage (the first five).
shuf -i 1-"$prospects" -n $((requests + 20)) --random-source=<(yes) >"$work/ids"
move_one() {
  curl -s -o /dev/null -b "$jar" -H "HX-Request: true" -w '%{http_code} %{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "ProspectId=$1" --data-urlencode "Move.Version=0" \
    --data-urlencode "Move.StageId=$(( $1 % 5 + 1 ))" --data-urlencode "returnUrl=/board?owner=all" "$base/board/move"
}
head -20 "$work/ids" | while read -r id; do move_one "$id" >/dev/null; done
echo "Moving a card (htmx post, card and headers back):"
tail -n +21 "$work/ids" | while read -r id; do move_one "$id"; done | perf_summary "move to another open stage"
