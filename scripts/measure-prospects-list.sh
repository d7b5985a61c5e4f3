#!/usr/bin/env bash
# Measures the prospects list on a seeded workspace: seeds N demo prospects into a throw-away
# database, starts the web app (Release) on loopback, signs in, and times sequential requests of
# several list views with curl. On loopback, curl's total time is the server's time plus well
# under a millisecond. Prints p50 / p95 / max per view, in milliseconds.
#
#   scripts/measure-prospects-list.sh [prospects=10000] [requests=200]
set -euo pipefail
cd "$(dirname "$0")/.."
prospects=${1:-10000}
requests=${2:-200}
port=5187
work=$(mktemp -d)
trap 'if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

export ConnectionStrings__SocialKpi="Data Source=$work/data/socialkpi.db"
for project in src/SocialKpi.Web src/SocialKpi.Cli; do dotnet build -c Release "$project" -v quiet -nologo >/dev/null; done
cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
$cli users add --email perf@socialkpi.test --password motdepasse42 --role owner >/dev/null
$cli seed-demo --prospects "$prospects" --seed 1

(cd src/SocialKpi.Web && SocialKpi__AppDirectory="$work" ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning dotnet bin/Release/net10.0/SocialKpi.Web.dll >"$work/server.log" 2>&1) &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done

jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=signin" \
  --data-urlencode "Input.Email=perf@socialkpi.test" --data-urlencode "Input.Password=motdepasse42" "$base/account/signin"

# Time real pages, not redirects to the sign-in page.
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$base/prospects")
if [ "$status" != 200 ] || ! grep -q 'data-testid="prospect-table"' "$work/page.html"; then
  echo "Signing in failed (GET /prospects answered $status); server log:" >&2
  tail -20 "$work/server.log" >&2
  exit 1
fi
echo "Page size: $(wc -c <"$work/page.html") bytes"

measure() {
  local label=$1 path=$2
  for _ in $(seq 1 20); do curl -fs -o /dev/null -b "$jar" "$base$path"; done
  for _ in $(seq 1 "$requests"); do curl -fs -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$path"; done |
    awk '$1 != 200 { print "unexpected HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }' |
    sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "%-34s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requests)\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], NR }'
}

echo "Prospects list on $prospects prospects:"
measure "first page (recent activity)" "/prospects"
measure "page 100, sorted by name" "/prospects?sort=Name&page=100"
measure "search 'mar'" "/prospects?q=mar"
measure "filter stage + ring, by value" "/prospects?stage=3&ring=City&sort=Value&desc=true"
