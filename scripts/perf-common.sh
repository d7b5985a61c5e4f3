# Shared by the measurement scripts: a throw-away workspace seeded with demo data, the web app
# (Release) on loopback, a signed-in curl session, and timing helpers. Source it; do not run it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
port=${PORT:-5187}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
jar="$work/cookies"
trap 'if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
# A database named by configuration must be in a folder that exists (the app will not create it).
mkdir -p "$work/data"
export ConnectionStrings__SocialKpi="Data Source=$work/data/socialkpi.db"

perf_build() {
  # The web app is measured as deployed: a publish output serves blazor.web.js and MudBlazor's
  # files in any environment (the plain build output only does in Development).
  dotnet publish -c Release src/SocialKpi.Web -o "$work/web" -v quiet -nologo >/dev/null
  dotnet build -c Release src/SocialKpi.Cli -v quiet -nologo >/dev/null
}

perf_seed() {
  local cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
  $cli users add --email perf@socialkpi.test --password motdepasse42 --role owner >/dev/null
  $cli seed-demo --prospects "$1" --seed 1
}

perf_start() {
  if curl -fs "$base/health" >/dev/null 2>&1; then
    echo "Something already answers on $base: stop it or set PORT." >&2
    exit 1
  fi
  # exec: the server itself is the background job, so that the trap stops it and not only a subshell.
  (cd "$work/web" && exec env SocialKpi__AppDirectory="$work" ASPNETCORE_URLS="$base" \
    Logging__LogLevel__Default=Warning dotnet SocialKpi.Web.dll >"$work/server.log" 2>&1) &
  server=$!
  for _ in $(seq 1 150); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done
  token=$(curl -fs -c "$jar" -b "$jar" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=signin" \
    --data-urlencode "Input.Email=perf@socialkpi.test" --data-urlencode "Input.Password=motdepasse42" "$base/account/signin"
  # Time real pages, not redirects to the sign-in page.
  local status
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$base/prospects")
  if [ "$status" != 200 ] || ! grep -q 'data-testid="prospect-grid"' "$work/page.html"; then
    echo "Signing in failed (GET /prospects answered $status); server log:" >&2
    tail -20 "$work/server.log" >&2
    exit 1
  fi
}

# Reads "<http status> <seconds>" lines, fails on an unexpected status, prints p50/p95/max in ms.
perf_summary() {
  local label=$1 expected=${2:-200}
  awk -v expected="$expected" '$1 != expected { print "unexpected HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }' |
    sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "%-36s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requests)\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], NR }'
}

# GET a path `warmup` times untimed, then `count` times timed.
perf_get() {
  local label=$1 path=$2 count=$3
  for _ in $(seq 1 20); do curl -fs -o /dev/null -b "$jar" "$base$path"; done
  for _ in $(seq 1 "$count"); do curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$path"; done | perf_summary "$label"
}

# Like perf_get, but before each timed request another process commits a one-row write (a time
# entry through the command line, untimed), so that no cached result can be served: the first
# look after a change.
perf_get_after_write() {
  local label=$1 path=$2 count=$3
  local cli="dotnet src/SocialKpi.Cli/bin/Release/net10.0/socialkpi.dll"
  printf 'channel,date,minutes,note\nInstagram,2026-11-02,1,measure\n' >"$work/one-entry.csv"
  for _ in $(seq 1 5); do curl -fs -o /dev/null -b "$jar" "$base$path"; done
  for _ in $(seq 1 "$count"); do
    $cli import time "$work/one-entry.csv" >/dev/null
    curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$path"
  done | perf_summary "$label"
}
