#!/usr/bin/env bash
# The shared external PostgreSQL restarted under load (see bench/README.md, issue 18): two platform nodes behind
# nginx on PostgreSQL 15, a support load through nginx; in the middle the database is stopped (pg_ctl -m fast),
# left down DOWNTIME seconds (5) and started again. Meanwhile pages are probed about every half second on both nodes and
# through nginx: they must answer 503 with the friendly page (no stack trace), /actuator/health DOWN; after the
# start, how long each node takes to answer 200 by itself; at the end, every support or withdrawal acknowledged
# compared with the rows. Loopback only; every wait is bounded. SECONDS_OF_LOAD (30), PEOPLE (64), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-30}
PEOPLE=${PEOPLE:-64}
DOWNTIME=${DOWNTIME:-5}
PAGE_CACHE_TTL=${PAGE_CACHE_TTL:-3s}
WORK=$(mktemp -d /tmp/percorsi-pgrestart.XXXXXX)
chmod 755 "$WORK"
source bench/common.sh
source bench/nodes-common.sh
trap nodes_stop EXIT
nodes_up
nodes_storm_data
JAR="$WORK/probe.cookies"
echo "   a signed-in probe: $(sign_in $NODE_A_PORT bench200@example.org bench-password-123 "$JAR")"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR")

# probe LABEL URL [curl options]: "LABEL status seconds" and the body kept in $WORK/probe-LABEL.html
N=0
probe() {
  local label=$1 url=$2
  shift 2
  echo "$label $(curl -s -m 10 -o "$WORK/probe-$label.html" -w '%{http_code} %{time_total}' "$@" "$url")"
}
# one round of probes, at the same moment (a slow answer does not delay the others); pages for visitors carry a
# new query each time, so that no cached copy answers them
probes() {
  N=$((N + 1))
  PIDS=""
  probe lb-page "localhost:$LB_PORT/processes/nodes/proposals?kind=IDEA&probe=$N" > "$WORK/p1" &
  PIDS="$PIDS $!"
  probe a-signed-in "localhost:$NODE_A_PORT/processes/nodes/proposals?probe=$N" -H "Cookie: SESSION=$SESSION" > "$WORK/p2" &
  PIDS="$PIDS $!"
  probe b-page "localhost:$NODE_B_PORT/processes/nodes/proposals?kind=NEED&probe=$N" > "$WORK/p3" &
  PIDS="$PIDS $!"
  probe a-health "localhost:$NODE_A_PORT/actuator/health" > "$WORK/p4" &
  PIDS="$PIDS $!"
  probe b-health "localhost:$NODE_B_PORT/actuator/health" > "$WORK/p5" &
  PIDS="$PIDS $!"
  probe b-liveness "localhost:$NODE_B_PORT/actuator/health/liveness" > "$WORK/p6" &
  PIDS="$PIDS $!"
  wait $PIDS
  cat "$WORK"/p[1-6]
}
echo "   before: $(probes | paste -sd' ')"

echo "== Support load through nginx for ${SECONDS_OF_LOAD}s, $PEOPLE participants; PostgreSQL down ${DOWNTIME}s in the middle"
"$JAVA" bench/DurabilityLoad.java "http://localhost:$LB_PORT" "$STORM_FIRST" 100 "$PEOPLE" "$SECONDS_OF_LOAD" \
  "$WORK/expected.csv" > "$WORK/load.txt" 2>&1 &
LOAD=$!
for i in $(seq 1 300); do [ -f "$WORK/started" ] && break; kill -0 $LOAD 2>/dev/null || break; sleep 1; done
[ -f "$WORK/started" ] || { echo "the participants could not sign in:"; cat "$WORK/load.txt"; exit 1; }
STARTED=$(date +%s)
sleep $((SECONDS_OF_LOAD / 3))
DOWN_AT=$(date +%s)
pg_stop
echo "   PostgreSQL stopped (fast) at second $((DOWN_AT - STARTED)) of the load; probing while it is down"
: > "$WORK/down.txt"
DOWN_END=$(( $(date +%s%N) + DOWNTIME * 1000000000 ))
while [ "$(date +%s%N)" -lt "$DOWN_END" ]; do
  probes >> "$WORK/down.txt"
  for page in lb-page a-signed-in b-page; do # every 503 page must be the friendly one
    if grep -q "Exception\|\tat org\.\|Whitelabel" "$WORK/probe-$page.html" \
       || { grep -q "^$page 503 " <(tail -6 "$WORK/down.txt") && ! grep -q "Servizio momentaneamente non disponibile" "$WORK/probe-$page.html"; }; then
      cp "$WORK/probe-$page.html" "$WORK/unfriendly-$page-$N.html"
    fi
  done
  sleep 0.3
done
pg_start
UP_AT=$(date +%s%N)
echo "   PostgreSQL started again; answers while it was down (label status: count):"
awk '{ k = $1 " " $2; n[k]++; if ($3 > t[k]) t[k] = $3 } END { for (k in n) { split(k, a, " ")
  printf "     %-12s %s: %d, the slowest in %.2f s\n", a[1], a[2], n[k], t[k] } }' "$WORK/down.txt" | sort
cp "$WORK/probe-a-health.html" "$WORK/health-down.json" 2>/dev/null || true
# how long after the start each node answers a signed-in page and its health 200 by itself
recovered() { # recovered PORT: milliseconds after the start until a page and the health both answer 200
  for i in $(seq 1 300); do
    if [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "localhost:$1/processes/nodes/proposals?after=$i")" = 200 ] \
       && [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "localhost:$1/actuator/health")" = 200 ]; then
      echo $(( ($(date +%s%N) - UP_AT) / 1000000 )); return; fi
    sleep 0.1
  done
  echo never
}
recovered $NODE_A_PORT > "$WORK/rec-a" &
RA=$!
recovered $NODE_B_PORT > "$WORK/rec-b" &
wait $RA $!
REC_A=$(cat "$WORK/rec-a")
REC_B=$(cat "$WORK/rec-b")
echo "   back to 200 (signed-in page and health) after the database's start: node A $REC_A ms, node B $REC_B ms"
wait "$LOAD" || { cat "$WORK/load.txt"; exit 1; }
ENDED=$(date +%s)
sed 's/^/   /' "$WORK/load.txt"
echo "   acknowledged per second: before the stop $(rate "$WORK/timeline.csv" $((STARTED + 2)) $DOWN_AT)," \
  "while down $(rate "$WORK/timeline.csv" $((DOWN_AT + 1)) $((DOWN_AT + DOWNTIME))), after the start" \
  "$(rate "$WORK/timeline.csv" $(( UP_AT / 1000000000 + 2 )) $((ENDED - 1)))"
echo "== Checks"
DOWN_PAGES=$(grep -c "^\(lb-page\|a-signed-in\|b-page\) 503 " "$WORK/down.txt" || true)
OTHER=$(grep "^\(lb-page\|a-signed-in\|b-page\) " "$WORK/down.txt" | grep -vc " \(503\|200\) " || true)
check "pages answered 503 while the database was down ($DOWN_PAGES probes; other than 200/503: $OTHER)" '[ "$DOWN_PAGES" -gt 0 ] && [ "$OTHER" = 0 ]'
check "every 503 was the friendly page, never a stack trace" '! ls "$WORK"/unfriendly-* >/dev/null 2>&1'
check "/actuator/health answered 503 DOWN meanwhile ($(head -c 200 "$WORK/health-down.json"))" 'grep -q "^a-health 503 " "$WORK/down.txt" && grep -q '\''"status":"DOWN"'\'' "$WORK/health-down.json"'
check "both nodes recovered by themselves" '[ "$REC_A" != never ] && [ "$REC_B" != never ]'
# the supports meanwhile: acknowledged (302), refused while the database was away (503), or lost on the way (io);
# never an error (until 2026-12-06 a rollback that met the broken connection answered 500)
LOAD_OTHER=$(sed -n 's/^STATUS //p' "$WORK/load.txt" | tr ' ' '\n' | grep -v '^\(302\|503\|io\)=' | grep -c . || true)
check "the supports got 302 or 503 (or no answer), never an error ($(sed -n 's/^STATUS //p' "$WORK/load.txt"))" '[ "$LOAD_OTHER" = 0 ]'
nodes_compare "$WORK/expected.csv" | tee "$WORK/compare.txt" | sed 's/^/   /'
check "nothing acknowledged lost, nothing duplicated, counters exact" 'grep -q "lost=0 not_withdrawn=0 duplicated=0 counter_drift=0" "$WORK/compare.txt"'
[ "$FAILED" = 0 ] && echo "   every check passed" || echo "   SOME CHECKS FAILED (see above; logs in $WORK)"
exit $FAILED
