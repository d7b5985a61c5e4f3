#!/usr/bin/env bash
# The load run of issue 13: simulated users (tests/SocialKpi.Load, which speaks Blazor Server's
# circuit protocol, one circuit per user) work in the CRM at once, on loopback, bounded in count
# and time. Then the database is checked against what the pages confirmed: every quick log, move
# and sale once, none lost, none doubled.
#
#   scripts/load.sh postgres [users=200] [seconds=300] [prospects=10000]
#       two Release instances on one PostgreSQL behind nginx (scripts/run-cluster.sh); users are
#       spread over the two instances' doors through nginx
#   scripts/load.sh sqlite [users=200] [seconds=300] [prospects=10000]
#       the same run on one instance with the embedded SQLite database
#
# Prints each action's latency (gesture to change on the page, after the warm-up), the errors,
# the write counts, and each instance's memory (RSS) every 30 s. Exits non-zero on any error or
# count mismatch. Extra options for the load tool can follow in LOAD_OPTIONS (e.g. "--think 5-15").
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?postgres or sqlite}
users=${2:-200}
seconds=${3:-300}
prospects=${4:-10000}
accounts=20
base_port=${LOAD_PORT:-5600}
work=$(mktemp -d)
# PostgreSQL runs as its own user and must reach its folder inside this one.
chmod 755 "$work"
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"

# The servers' logs outlive the run here, for the errors the figures count.
logs=${LOAD_LOGS:-/tmp/socialkpi-load-logs}

cleanup() {
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
  rm -rf "$logs" && mkdir -p "$logs"
  cp "$work"/*.log "$work"/cluster/*.log "$logs"/ 2>/dev/null || true
  if [ "$mode" = postgres ]; then
    scripts/run-cluster.sh stop "$work/cluster" || true
  elif [ -n "${server:-}" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Every simulated user comes from 127.0.0.1, as a team behind one office address would: the
# sign-in throttle counts failures only (decision 0025), so it is left as deployed.

echo "Building (Release)…"
dotnet publish -c Release src/SocialKpi.Web -o "$work/web" -v quiet -nologo >/dev/null
dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
dotnet build -c Release tests/SocialKpi.Load -v quiet -nologo >/dev/null

case "$mode" in
  postgres)
    CLUSTER_WEB="$work/web" CLUSTER_LOG_LEVEL=Warning scripts/run-cluster.sh start "$work/cluster" "$base_port" >"$work/cluster.env"
    # KEY=value lines; values hold semicolons, so they are read, not sourced.
    while IFS='=' read -r key value; do declare "$key=$value"; done <"$work/cluster.env"
    database=(--provider postgres --db "$POSTGRES")
    bases=(--base "$INSTANCE1" --base "$INSTANCE2")
    pids=("$PID1" "$PID2")
    sql() { psql "host=127.0.0.1 port=$((base_port + 20)) user=socialkpi dbname=socialkpi" -Atc "$1"; }
    ;;
  sqlite)
    mkdir -p "$work/data"
    database=(--db "Data Source=$work/data/socialkpi.db")
    (cd "$work/web" && exec env SocialKpi__AppDirectory="$work" ConnectionStrings__SocialKpi="Data Source=$work/data/socialkpi.db" \
      ASPNETCORE_URLS="http://127.0.0.1:$base_port" Logging__LogLevel__Default=Warning dotnet SocialKpi.Web.dll >"$work/server.log" 2>&1) &
    server=$!
    for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$base_port/health" >/dev/null 2>&1 && break; sleep 0.2; done
    bases=(--base "http://127.0.0.1:$base_port")
    pids=("$server")
    sql() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$work/data/socialkpi.db" "$1"; }
    ;;
  *) echo "usage: $0 postgres|sqlite [users] [seconds] [prospects]" >&2; exit 2 ;;
esac

echo "Seeding: an owner, $accounts members to sign in as, $prospects demo prospects shared among them…"
$cli users add --email owner@socialkpi.test --password motdepasse42 --role owner "${database[@]}" >/dev/null
for n in $(seq 1 "$accounts"); do
  $cli users add --email "load$n@socialkpi.test" --password motdepasse42 --role member "${database[@]}" >/dev/null
done
$cli seed-demo --prospects "$prospects" --seed 1 "${database[@]}" >/dev/null

# Quoted identifiers read the same on both databases.
count_after() { sql "SELECT count(*) FROM \"$1\" WHERE \"Id\" > $2 ${3:-}"; }
last_id() { sql "SELECT coalesce(max(\"Id\"), 0) FROM \"$1\""; }
activities_from=$(last_id Activities)
moves_from=$(last_id StageChanges)
sales_from=$(last_id Sales)

# Memory of each instance every 10 s (RSS, MB), printed every 30 s.
(
  start=$(date +%s)
  while true; do
    line="$(( $(date +%s) - start )) s"
    for pid in "${pids[@]}"; do
      line="$line $(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo '?') MB"
    done
    echo "$line" >>"$work/memory.txt"
    sleep 10
  done
) &
sampler=$!

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) / hz }' "/proc/$1/stat"; }
postgres_cpu() { { ps -u postgres -o times= 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }'; }
cpu_before=(); for pid in "${pids[@]}"; do cpu_before+=("$(cpu_seconds "$pid")"); done
postgres_before=$(postgres_cpu)
# nginx carries every circuit's frames between the load tool and the instances.
nginx_cpu() { { ps -C nginx -o times= 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }'; }
nginx_before=$(nginx_cpu)

status=0
# shellcheck disable=SC2086
dotnet tests/SocialKpi.Load/bin/Release/net10.0/SocialKpi.Load.dll "${bases[@]}" --users "$users" --seconds "$seconds" \
  --accounts "$accounts" ${LOAD_OPTIONS:-} | tee "$work/load.txt" || status=1
kill "$sampler" 2>/dev/null || true
sampler=

cpu_line="CPU over the run (2 cores): load tool $(grep -o 'load tool CPU [0-9]* s' "$work/load.txt" | grep -o '[0-9]*') s"
for i in "${!pids[@]}"; do cpu_line="$cpu_line, instance $((i + 1)) $(( $(cpu_seconds "${pids[$i]}") - ${cpu_before[$i]} )) s"; done
[ "$mode" = postgres ] && cpu_line="$cpu_line, PostgreSQL $(( $(postgres_cpu) - postgres_before )) s, nginx $(( $(nginx_cpu) - nginx_before )) s"
echo "$cpu_line"
echo "memory per instance (RSS):"
awk 'NR % 3 == 1' "$work/memory.txt" | sed 's/^/  /'

confirmed=$(grep '^CONFIRMED' "$work/load.txt")
logs_confirmed=$(echo "$confirmed" | sed 's/.*logs=\([0-9]*\).*/\1/')
moves=$(echo "$confirmed" | sed 's/.*moves=\([0-9]*\).*/\1/')
sales=$(echo "$confirmed" | sed 's/.*sales=\([0-9]*\).*/\1/')
sent=$(grep '^SENT' "$work/load.txt")
logs_sent=$(echo "$sent" | sed 's/.*logs=\([0-9]*\).*/\1/')
moves_sent=$(echo "$sent" | sed 's/.*moves=\([0-9]*\).*/\1/')
sales_sent=$(echo "$sent" | sed 's/.*sales=\([0-9]*\).*/\1/')
stored_logs=$(count_after Activities "$activities_from" "AND \"Summary\" LIKE 'Charge %'")
# Only quick logs add conversations during a run: one stored with another text (or none) is a
# log whose typing the server did not see, which the LIKE above would not count.
other_logs=$(count_after Activities "$activities_from" "AND coalesce(\"Summary\", '') NOT LIKE 'Charge %'")
stored_moves=$(count_after StageChanges "$moves_from")
stored_sales=$(count_after Sales "$sales_from")
# A write the page confirmed must be stored (none lost); a stored write must have been sent (none
# doubled). A write sent but not confirmed in time (an error above) may or may not be stored.
check() {
  local verdict=ok
  [ "$3" -ge "$2" ] || verdict="LOST $(($2 - $3))"
  [ "$3" -le "$4" ] || verdict="DOUBLED $(($3 - $4))"
  echo "$1: $2 confirmed, $3 stored, $4 sent: $verdict"
  [ "$verdict" = ok ] || status=1
}
check "quick logs" "$logs_confirmed" "$stored_logs" "$logs_sent"
if [ "$other_logs" -gt 0 ]; then
  echo "quick logs stored without the text typed: $other_logs"
  sql "SELECT \"Id\", \"ProspectId\", coalesce(\"Summary\", '(none)') FROM \"Activities\" WHERE \"Id\" > $activities_from AND coalesce(\"Summary\", '') NOT LIKE 'Charge %' LIMIT 5" | sed 's/^/  /'
  status=1
fi
check "moves" "$moves" "$stored_moves" "$moves_sent"
check "sales" "$sales" "$stored_sales" "$sales_sent"
exit $status
