#!/usr/bin/env bash
# A private PostgreSQL server for the SQL package's tests, on 127.0.0.1 and a Unix socket in its own folder.
#   eng/postgres.sh start <folder>   installs PostgreSQL from Debian's packages if it is missing, creates a cluster in
#                                    <folder>, starts it on the first free port from 55432, and prints an Npgsql
#                                    connection string as its last line (tests read it from OUTCOME_SCORING_POSTGRES)
#   eng/postgres.sh stop <folder>    stops that server and removes the folder
# As root (CI runs as root), the server runs as the postgres user, which Debian's package creates.
set -euo pipefail
command=${1:?usage: eng/postgres.sh start|stop <folder>}
folder=${2:?usage: eng/postgres.sh start|stop <folder>}

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }

case $command in
start)
  if [ -z "$(bindir)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  bin=$(bindir)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed and could not be installed" >&2; exit 1; }
  mkdir -p "$folder"
  # As root the server runs as postgres, which must reach the folder: give a folder under a private one (mktemp -d) no further.
  [ "$(id -u)" = 0 ] && chown postgres "$folder"
  as_owner "test -w '$folder'" || { echo "the postgres user cannot write to $folder; use a folder it can reach (for example under /tmp)" >&2; exit 1; }
  port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  as_owner "'$bin/initdb' -D '$folder/data' -A trust -U postgres" >"$folder.initdb.log" 2>&1 \
    || { cat "$folder.initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$folder/data' -o \"-k '$folder' -c listen_addresses=127.0.0.1 -p $port\" -l '$folder/server.log' -w start" >&2 \
    || { cat "$folder/server.log" >&2; exit 1; }
  rm -f "$folder.initdb.log"
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=false"
  ;;
stop)
  bin=$(bindir)
  if [ -n "$bin" ] && [ -d "$folder/data" ]; then
    as_owner "'$bin/pg_ctl' -D '$folder/data' -m fast -w stop" >&2 || true
  fi
  rm -rf "$folder"
  ;;
*)
  echo "usage: eng/postgres.sh start|stop <folder>" >&2
  exit 2
  ;;
esac
