#!/usr/bin/env bash
# Durability under a crash (see bench/README.md). Starts the platform on a fresh embedded PostgreSQL, runs a
# support load from 200 signed-in participants, kills one database backend with kill -9 (PostgreSQL then
# restarts every backend and recovers from its log), later kills the platform itself with kill -9, starts it
# again on the same data and compares every operation the platform acknowledged with the rows: lost supports,
# supports that should have been withdrawn, counters that drifted. Loopback only; every wait is bounded.
# UNSAFE=1 runs the same with synchronous commit turned off (the embedded database once ran so): the baseline
# that shows what the comparison catches.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-40}
PEOPLE=${PEOPLE:-200}
PORT=18090
WORK=$(mktemp -d /tmp/percorsi-durability.XXXXXX)
trap 'kill -9 $(cat "$WORK/app.pid" 2>/dev/null) 2>/dev/null || true' EXIT

command -v psql >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client; }

echo "== Building"
./mvnw -q -B -DskipTests package
JAVA=$(ls -d /usr/lib/jvm/*/bin/java | while read j; do v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'); [ "${v%%.*}" -ge 21 ] && echo "$j" && break; done)

start() { # $1: log file
  PERCORSI_DEMO_ENABLED=false PERCORSI_ADMIN_PASSWORD=bench-admin-password PERCORSI_DATA_DIR="$WORK/data" \
    PERCORSI_BASE_URL="http://localhost:$PORT" \
    PERCORSI_LIMITS_SIGN_IN_PER_ADDRESS=100000 \
    "$JAVA" -Xmx1g -jar target/percorsi-*.jar --server.port=$PORT --logging.level.root=warn \
    --logging.level.org.percorsi.shared.database=info > "$1" 2>&1 &
  echo $! > "$WORK/app.pid"
  for i in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && return 0; sleep 1; done
  echo "the platform did not start; its log:"; tail -30 "$1"; exit 1
}
database() { # the embedded server's address, read from the log; its password from the data directory
  PG_PORT=$(sed -n 's/.*Embedded PostgreSQL .* on port \([0-9]*\).*/\1/p' "$1" | tail -1)
  export PGPASSWORD=$(cat "$WORK/data/postgres-password" 2>/dev/null || true)
  PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
}

echo "== Starting the platform (data in $WORK)"
start "$WORK/app.log"
database "$WORK/app.log"
psql -q "$PG" -f bench/durability.sql
FIRST=$(psql -tA "$PG" -c "select min(p.id) from proposal p join process pr on pr.id = p.process_id where pr.slug = 'durability'")
if [ "${UNSAFE:-}" = 1 ]; then # the baseline: the settings the embedded database had before, to see what they lose
  # (the server's command line sets both; a role setting still changes synchronous commit for new sessions,
  # so the platform's connections are closed and come back with it)
  psql -q "$PG" -c "alter role postgres set synchronous_commit = off" -c "select count(pg_terminate_backend(pid))
    from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()" >/dev/null
fi
psql -tA "$PG" -c "show fsync" -c "show synchronous_commit" | paste -sd' ' | sed 's/^/   fsync, synchronous_commit: /'

echo "== Load: $PEOPLE participants support and withdraw for ${SECONDS_OF_LOAD}s"
"$JAVA" bench/DurabilityLoad.java "http://localhost:$PORT" "$FIRST" 50 "$PEOPLE" "$SECONDS_OF_LOAD" "$WORK/expected.csv" \
  > "$WORK/load.txt" 2>&1 &
LOAD=$!
for i in $(seq 1 300); do [ -f "$WORK/started" ] && break; kill -0 $LOAD 2>/dev/null || break; sleep 1; done
[ -f "$WORK/started" ] || { echo "the participants could not sign in:"; cat "$WORK/load.txt"; exit 1; }
sleep $((SECONDS_OF_LOAD / 3))
BACKEND=$(psql -tA "$PG" -c "select pid from pg_stat_activity where backend_type = 'client backend'
  and pid <> pg_backend_pid() and application_name like 'PostgreSQL JDBC%' order by random() limit 1")
echo "== kill -9 of database backend $BACKEND"
kill -9 "$BACKEND"
sleep $((SECONDS_OF_LOAD / 3))
echo "== kill -9 of the platform"
kill -9 "$(cat "$WORK/app.pid")"
wait "$LOAD" || { cat "$WORK/load.txt"; exit 1; }
cat "$WORK/load.txt"

echo "== Restarting on the same data"
start "$WORK/app-after.log"
grep -i "orphan\|left running\|stopped" "$WORK/app-after.log" | head -3 | sed 's/^/   /' || true
database "$WORK/app-after.log"
psql -q "$PG" <<SQL
create temporary table expected (email text, proposal_id bigint, supported boolean);
\copy expected from '$WORK/expected.csv' csv
select 'RESULT pairs=' || count(*)
    || ' lost=' || count(*) filter (where e.supported and s.account_id is null)
    || ' not_withdrawn=' || count(*) filter (where not e.supported and s.account_id is not null)
    || ' counter_drift=' || (select count(*) from proposal_summary p join process pr on pr.id = p.process_id
         where pr.slug = 'durability'
           and p.support_count <> (select count(*) from proposal_support x where x.proposal_id = p.id))
from expected e join account a on a.email = e.email
left join proposal_support s on s.account_id = a.id and s.proposal_id = e.proposal_id;
SQL
