#!/usr/bin/env bash
# A throw-away PostgreSQL from Debian's packages, on loopback only, for the tests and the cluster
# script. It runs as the invoking user, or as "postgres" when invoked as root (PostgreSQL refuses
# to run as root), with trust authentication on 127.0.0.1 and a superuser named socialkpi.
#   scripts/postgres.sh start DIR PORT   creates DIR if needed, starts, prints the connection string
#   scripts/postgres.sh stop DIR         stops the server and removes DIR
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql (Debian), then try again." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

command=${1:?start or stop}
dir=${2:?data directory}
case "$command" in
  start)
    port=${3:?port}
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
      as_owner "$bindir/initdb" -D "$dir" -U socialkpi --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    # fsync off: a crash loses a throw-away database, and the tests run several times faster.
    as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=socialkpi;Database=postgres"
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
