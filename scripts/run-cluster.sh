#!/usr/bin/env bash
# The team topology on loopback (issue 13, docs/deploy.md): a throw-away PostgreSQL, two app
# instances on it, and nginx in front, sticky by client address, with WebSockets proxied. Uses the
# build output of the web app (dotnet build first), or the publish folder named by CLUSTER_WEB (the
# load run measures Release). Prints what runs where, one KEY=value a line.
#
#   scripts/run-cluster.sh start DIR [BASE_PORT=5200]   starts everything; its files go in DIR
#   scripts/run-cluster.sh stop DIR                     stops everything and removes DIR
#
# Ports: BASE the proxy (the topology users get), BASE+1 and BASE+2 a door through nginx to each
# instance (for tests and checks that must reach a given one), BASE+11 and BASE+12 the instances,
# BASE+20 PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
command=${1:?start or stop}
dir=$(realpath -m "${2:?a directory for the cluster files}")

stop() {
  [ -f "$dir/nginx.pid" ] && nginx -p "$dir" -c "$dir/nginx.conf" -s stop 2>/dev/null || true
  for pidfile in "$dir"/instance*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  scripts/postgres.sh stop "$dir/postgres" || true
  rm -rf "$dir"
}

if [ "$command" = stop ]; then
  stop
  exit 0
fi
[ "$command" = start ] || { echo "usage: $0 start DIR [BASE_PORT] | stop DIR" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is not installed: apt-get install nginx (Debian), then try again." >&2; exit 1; }
web_dir=$(realpath "${CLUSTER_WEB:-src/SocialKpi.Web/bin/Debug/net10.0}")
[ -f "$web_dir/SocialKpi.Web.dll" ] || { echo "Build the web app first: dotnet build src/SocialKpi.Web" >&2; exit 1; }

base=${3:-5200}
mkdir -p "$dir"
trap 'echo "The cluster did not start; see $dir." >&2' ERR

server=$(scripts/postgres.sh start "$dir/postgres" $((base + 20)))
psql "host=127.0.0.1 port=$((base + 20)) user=socialkpi dbname=postgres" -qc "CREATE DATABASE socialkpi"
database="${server/Database=postgres/Database=socialkpi}"

for n in 1 2; do
  mkdir -p "$dir/instance$n"
  (
    # A build output runs from the project folder (its static files are found from there); a
    # publish folder runs from itself.
    if [ -n "${CLUSTER_WEB:-}" ]; then cd "$web_dir"; else cd src/SocialKpi.Web; fi
    ASPNETCORE_URLS="http://127.0.0.1:$((base + 10 + n))" \
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    SocialKpi__AppDirectory="$dir/instance$n" \
    Database__Provider=postgres \
    ConnectionStrings__SocialKpi="$database" \
    Logging__LogLevel__Default="${CLUSTER_LOG_LEVEL:-Information}" \
      exec dotnet "$web_dir/SocialKpi.Web.dll" >"$dir/instance$n.log" 2>&1
  ) &
  echo $! >"$dir/instance$n.pid"
  # The first instance creates the schema; the second starts once it is there.
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$((base + 10 + n))/health" >/dev/null 2>&1 && break
    kill -0 "$(cat "$dir/instance$n.pid")" 2>/dev/null || { cat "$dir/instance$n.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$((base + 10 + n))/health" >/dev/null
done

proxy_headers='proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection $connection_upgrade; proxy_set_header Host $http_host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto $scheme; proxy_read_timeout 1h; proxy_buffering off;'
mkdir -p "$dir/nginx-temp"
cat >"$dir/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events {}
http {
    access_log $dir/nginx-access.log;
    client_body_temp_path $dir/nginx-temp/body;
    proxy_temp_path $dir/nginx-temp/proxy;
    fastcgi_temp_path $dir/nginx-temp/fastcgi;
    uwsgi_temp_path $dir/nginx-temp/uwsgi;
    scgi_temp_path $dir/nginx-temp/scgi;
    client_max_body_size 50m;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    upstream socialkpi {
        ip_hash;
        server 127.0.0.1:$((base + 11));
        server 127.0.0.1:$((base + 12));
    }
    server { listen 127.0.0.1:$base; location / { proxy_pass http://socialkpi; $proxy_headers } }
    server { listen 127.0.0.1:$((base + 1)); location / { proxy_pass http://127.0.0.1:$((base + 11)); $proxy_headers } }
    server { listen 127.0.0.1:$((base + 2)); location / { proxy_pass http://127.0.0.1:$((base + 12)); $proxy_headers } }
}
CONF
nginx -p "$dir" -c "$dir/nginx.conf"

echo "PROXY=http://127.0.0.1:$base"
echo "INSTANCE1=http://127.0.0.1:$((base + 1))"
echo "INSTANCE2=http://127.0.0.1:$((base + 2))"
echo "POSTGRES=$database"
echo "PID1=$(cat "$dir/instance1.pid")"
echo "PID2=$(cat "$dir/instance2.pid")"
