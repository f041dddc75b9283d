#!/usr/bin/env bash
# Benchmark of the proposals feature (see bench/README.md). Builds the platform,
# starts it on a fresh embedded PostgreSQL, fills a large process, then measures
# with wrk (2 threads, 64 connections) the filtered list, a proposal with 1,000
# comments and a search, and the same bytes served statically by nginx as the
# ceiling; finally a support storm. Loopback only; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
PORT=18080
STATIC_PORT=18081
WORK=$(mktemp -d /tmp/percorsi-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers read the saved page from here
trap 'kill $(cat "$WORK/app.pid" 2>/dev/null) 2>/dev/null || true; nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true' EXIT

for tool in wrk nginx psql; do
  command -v $tool >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light postgresql-client; break; }
done

echo "== Building"
./mvnw -q -B -DskipTests package
JAVA=$(ls -d /usr/lib/jvm/*/bin/java | while read j; do v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'); [ "${v%%.*}" -ge 21 ] && echo "$j" && break; done)

echo "== Starting the platform (data in $WORK)"
PERCORSI_DEMO_ENABLED=false PERCORSI_ADMIN_PASSWORD=bench-admin-password PERCORSI_DATA_DIR="$WORK/data" \
  PERCORSI_BASE_URL="http://localhost:$PORT" \
  PERCORSI_LIMITS_SIGN_IN_PER_ADDRESS=100000 PERCORSI_LIMITS_SIGN_IN_PER_EMAIL=100000 \
  "$JAVA" -Xmx1g -jar target/percorsi-*.jar --server.port=$PORT --logging.level.root=warn \
  --logging.level.org.percorsi.shared.database=info > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/app.pid"
for i in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
PG_PORT=$(sed -n 's/.*Embedded PostgreSQL .* on port \([0-9]*\).*/\1/p' "$WORK/app.log" | head -1)
# the embedded database asks for the password the platform generated in its data directory
export PGPASSWORD=$(cat "$WORK/data/postgres-password")
PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"

echo "== Generating 30,000 proposals, 300,000 supports, 100,000 comments"
time psql -q "$PG" -f bench/generate.sql
HOT=$(psql -tA "$PG" -c "select min(p.id) from proposal p join process pr on pr.id = p.process_id where pr.slug = 'bench'")

LIST="/processes/bench/proposals?kind=NEED&sort=MOST_SUPPORTED"
PROPOSAL="/proposals/$HOT"
SEARCH="/search?q=biciclette+quartieri"
measure() { wrk -t2 -c64 -d"$DURATION" -s bench/percentiles.lua "${@:3}" "$1" | grep RESULT | sed "s|RESULT|$2|"; }

echo "== Warming up"
for path in "$LIST" "$PROPOSAL" "$SEARCH"; do wrk -t2 -c16 -d5s "http://localhost:$PORT$path" >/dev/null; done

echo "== Measuring (wrk, 2 threads, 64 connections, $DURATION each)"
{
  measure "http://localhost:$PORT$LIST" "list"
  measure "http://localhost:$PORT$PROPOSAL" "proposal-1000-comments"
  measure "http://localhost:$PORT$SEARCH" "search"
  # the same three for a signed-in participant: no shared page cache, a session read per request
  JAR="$WORK/cookies"
  TOKEN=$(curl -s -c "$JAR" -b "$JAR" "localhost:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "_csrf=$TOKEN" --data-urlencode "email=bench1@example.org" \
    --data-urlencode "password=bench-password-123" "localhost:$PORT/login"
  SIGNED_IN="Cookie: SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR")"
  measure "http://localhost:$PORT$LIST" "list-signed-in" -H "$SIGNED_IN"
  measure "http://localhost:$PORT$PROPOSAL" "proposal-signed-in" -H "$SIGNED_IN"
  measure "http://localhost:$PORT$SEARCH" "search-signed-in" -H "$SIGNED_IN"
  curl -s "http://localhost:$PORT$LIST" > "$WORK/list.html"
  chmod 644 "$WORK/list.html"
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$STATIC_PORT; root $WORK; location / { default_type text/html; } } }
CONF
  nginx -c "$WORK/nginx.conf"
  measure "http://localhost:$STATIC_PORT/list.html" "static-list-nginx"
} | tee "$WORK/results.txt"
LIST_RPS=$(sed -n 's/^list rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
STATIC_RPS=$(sed -n 's/^static-list-nginx rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
echo "ratio list/static = $(python3 -c "print(f'{$LIST_RPS / $STATIC_RPS * 100:.1f} %')")"

echo "== Support storm (200 participants x 50 identical clicks, then 3 withdraw/support cycles; 2 warm-up rounds, 3 measured)"
# The first storms warm the support path up (the JIT compiles it over some 20,000 requests, as wrk's warm-up
# does for the pages); three more are measured and their median reported. Each round starts from no supports
# and ends checked in the database: exactly 200, none lost, none duplicated, the counter equal to the rows.
storm() {
  psql -q "$PG" -c "delete from proposal_support where proposal_id = $HOT"
  "$JAVA" bench/SupportStorm.java "http://localhost:$PORT" "$HOT" | sed "s/^RESULT/$1/"
  psql -tA "$PG" -c "select '  expected=200 rows=' || count(*) || ' lost=' || (200 - count(*))
      || ' duplicated=' || (count(*) - count(distinct account_id))
      || ' counter_drift=' || ((select support_count from proposal where id = $HOT) - count(*))
    from proposal_support where proposal_id = $HOT"
}
{
  storm warm-up-1
  storm warm-up-2
  storm measured-1
  storm measured-2
  storm measured-3
} | tee "$WORK/storm.txt"
echo "storm median of the measured rounds: $(sed -n 's/^measured-[0-9] .*per_second=\([0-9]*\).*/\1/p' "$WORK/storm.txt" | sort -n | sed -n 2p) operations/s"
