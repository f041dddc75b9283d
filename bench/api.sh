#!/usr/bin/env bash
# Benchmark of the REST API (issue #20; see bench/README.md). Builds the platform, starts it on a fresh embedded
# PostgreSQL, fills a process with 30,000 proposals (bench/generate.sql), then measures with wrk (2 threads,
# 64 connections) the API's proposals list (first page, 50 proposals; and filtered by kind), the same list asked
# with the ETag it answered (If-None-Match: a 304 without a database read nor a body), and the same bytes served
# by nginx in the same run as the ceiling. Loopback only; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
PORT=18090
STATIC_PORT=18091
WORK=$(mktemp -d /tmp/percorsi-bench-api.XXXXXX)
chmod 755 "$WORK" # nginx workers read the saved body from here
source bench/common.sh
trap bench_stop EXIT
# wrk is one client: the API's limit per client would refuse it, which is not what is measured here
export PERCORSI_API_RATE_LIMIT_REQUESTS=1000000000

bench_tools
bench_build
bench_start

echo "== Generating 30,000 proposals, 300,000 supports, 100,000 comments"
time psql -q "$PG" -f bench/generate.sql
PROCESS=$(psql -tA "$PG" -c "select id from process where slug = 'bench'")

LIST="/api/v1/processes/$PROCESS/proposals"
FILTERED="/api/v1/processes/$PROCESS/proposals?kind=NEED&limit=50"
curl -sf "http://localhost:$PORT$LIST" > "$WORK/list.json"
chmod 644 "$WORK/list.json"
ETAG=$(curl -sfI "http://localhost:$PORT$LIST" | sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p')
NOT_MODIFIED=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "http://localhost:$PORT$LIST")
echo "list: $(wc -c < "$WORK/list.json") bytes, $(grep -o '"id":' "$WORK/list.json" | wc -l) ids, ETag $ETAG; asked again with it: $NOT_MODIFIED"
[ "$NOT_MODIFIED" = 304 ] || { echo "expected a 304 for a matching ETag"; exit 1; }

echo "== Warming up"
for path in "$LIST" "$FILTERED"; do wrk -t2 -c16 -d5s "http://localhost:$PORT$path" >/dev/null; done
wrk -t2 -c16 -d5s -H "If-None-Match: $ETAG" "http://localhost:$PORT$LIST" >/dev/null

echo "== Measuring (wrk, 2 threads, 64 connections, $DURATION each)"
{
  measure "http://localhost:$PORT$LIST" "api-list"
  measure "http://localhost:$PORT$FILTERED" "api-list-kind"
  measure "http://localhost:$PORT$LIST" "api-list-304" -H "If-None-Match: $ETAG"
  bench_nginx
  measure "http://localhost:$STATIC_PORT/list.json" "static-list-nginx"
} | tee "$WORK/results.txt"
LIST_RPS=$(sed -n 's/^api-list rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
STATIC_RPS=$(sed -n 's/^static-list-nginx rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
echo "ratio api-list/static = $(python3 -c "print(f'{$LIST_RPS / $STATIC_RPS * 100:.1f} %')")"
for label in api-list api-list-304; do
  P99=$(sed -n "s/^$label rps=.* p99=\([0-9.]*\).*/\1/p" "$WORK/results.txt")
  echo "$label p99 = $P99 ms (target <= 20 ms): $(python3 -c "print('met' if $P99 <= 20 else 'NOT met')")"
done
