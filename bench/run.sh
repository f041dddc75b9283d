#!/usr/bin/env bash
# Benchmark of the proposals feature (see bench/README.md). Builds the platform,
# starts it on a fresh embedded PostgreSQL, fills a large process, then measures
# with wrk (2 threads, 64 connections) the filtered list, a proposal with 1,000
# comments and a search, and the same bytes served statically by nginx as the
# ceiling; finally a support storm. Loopback only; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
PARTICIPANTS=${PARTICIPANTS:-200}
PORT=18080
STATIC_PORT=18081
WORK=$(mktemp -d /tmp/percorsi-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers read the saved page from here
source bench/common.sh
trap bench_stop EXIT

bench_tools
bench_build
bench_start

echo "== Generating 30,000 proposals, 300,000 supports, 100,000 comments"
time psql -q "$PG" -f bench/generate.sql
HOT=$(psql -tA "$PG" -c "select min(p.id) from proposal p join process pr on pr.id = p.process_id where pr.slug = 'bench'")

LIST="/processes/bench/proposals?kind=NEED&sort=MOST_SUPPORTED"
PROPOSAL="/proposals/$HOT"
SEARCH="/search?q=biciclette+quartieri"

echo "== Signing $PARTICIPANTS participants in"
bench_sign_in_many "$PARTICIPANTS" "$WORK/sessions.txt"
export SESSIONS="$WORK/sessions.txt"

echo "== Warming up"
for path in "$LIST" "$PROPOSAL" "$SEARCH"; do wrk -t2 -c16 -d5s "http://localhost:$PORT$path" >/dev/null; done

echo "== Measuring (wrk, 2 threads, 64 connections, $DURATION each)"
{
  measure "http://localhost:$PORT$LIST" "list"
  measure "http://localhost:$PORT$PROPOSAL" "proposal-1000-comments"
  measure "http://localhost:$PORT$SEARCH" "search"
  # the same three for signed-in participants, each request another person's (participants.lua): a session
  # read per request, the page kept for all participants with each one's own parts filled in
  for path in "$LIST" "$PROPOSAL" "$SEARCH"; do wrk -t2 -c16 -d5s -s bench/participants.lua "http://localhost:$PORT$path" >/dev/null; done
  measure "http://localhost:$PORT$LIST" "list-signed-in" -s bench/participants.lua
  measure "http://localhost:$PORT$PROPOSAL" "proposal-signed-in" -s bench/participants.lua
  measure "http://localhost:$PORT$SEARCH" "search-signed-in" -s bench/participants.lua
  curl -s "http://localhost:$PORT$LIST" > "$WORK/list.html"
  chmod 644 "$WORK/list.html"
  bench_nginx
  measure "http://localhost:$STATIC_PORT/list.html" "static-list-nginx"
} | tee "$WORK/results.txt"
LIST_RPS=$(sed -n 's/^list rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
STATIC_RPS=$(sed -n 's/^static-list-nginx rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
SIGNED_RPS=$(sed -n 's/^list-signed-in rps=\([0-9]*\).*/\1/p' "$WORK/results.txt")
echo "ratio list/static = $(python3 -c "print(f'{$LIST_RPS / $STATIC_RPS * 100:.1f} %')")"
echo "ratio signed-in list/anonymous list = $(python3 -c "print(f'{$SIGNED_RPS / $LIST_RPS * 100:.1f} %')") (target >= 30 %)"

echo "== Support storm (200 participants x 50 identical clicks, then 3 withdraw/support cycles; 2 warm-up rounds, 3 measured)"
# The first storms warm the support path up (the JIT compiles it over some 20,000 requests, as wrk's warm-up
# does for the pages); three more are measured and their median reported. Each round starts from no supports
# and ends checked in the database: exactly 200, none lost, none duplicated, the counter equal to the rows.
storm() {
  psql -q "$PG" -c "delete from proposal_support where proposal_id = $HOT"
  "$JAVA" bench/SupportStorm.java "http://localhost:$PORT" "$HOT" | sed "s/^RESULT/$1/"
  psql -tA "$PG" -c "select '  expected=200 rows=' || count(*) || ' lost=' || (200 - count(*))
      || ' duplicated=' || (count(*) - count(distinct account_id))
      || ' counter_drift=' || ((select support_count from proposal_summary where id = $HOT) - count(*))
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

echo "== Voting window (bench/storm.sh: distinct participants, several proposals each, per-person maximum)"
bench_stop
# each round's rate, then the database's checks of every round, then the median
SKIP_BUILD=1 bash bench/storm.sh | grep -E '^(warm-up|measured|over-max|== Checked|voting window)'
