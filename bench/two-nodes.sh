#!/usr/bin/env bash
# Two platform nodes behind nginx on one external PostgreSQL, all on this machine (see bench/README.md, issue 18).
# Shows, checking each with curl and psql: (a) a session opened on node A is signed in on node B; (b) a change made
# on A empties B's page cache at once (pages are kept a minute here, so no time to live explains it); (c) a file
# uploaded through A is served by B; (d) each scheduled job runs on one node at a time (scheduled_job_lock sampled
# every second); (e) a support load through nginx with node A killed by kill -9 in the middle: every support or
# withdrawal acknowledged is in the database, none duplicated, counters exact, node B keeps serving (rates before
# and after the kill). Loopback only; every wait is bounded. SECONDS_OF_LOAD (30), PEOPLE (64), SKIP_BUILD=1,
# GENERATE=0 (skip loading bench/generate.sql's 30,000 proposals).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-30}
PEOPLE=${PEOPLE:-64}
WORK=$(mktemp -d /tmp/percorsi-nodes.XXXXXX)
chmod 755 "$WORK"
source bench/common.sh
source bench/nodes-common.sh
trap 'kill $(cat "$WORK/sampler.pid" 2>/dev/null) 2>/dev/null || true; nodes_stop' EXIT
nodes_up
PID_A=$(cat "$WORK/A.pid")
PID_B=$(cat "$WORK/B.pid")
echo "   node A pid $PID_A, node B pid $PID_B"

# every second, which node holds each scheduled job's lock (ShedLock's row: locked_by is "host pid N")
( while :; do psql -tA -F, "$PG" -c "select name, locked_by, to_char(locked_at, 'HH24:MI:SS.MS'),
    to_char(lock_until, 'HH24:MI:SS.MS') from scheduled_job_lock" 2>/dev/null; sleep 1; done > "$WORK/locks.csv" ) &
echo $! > "$WORK/sampler.pid"

if [ "${GENERATE:-1}" = 1 ]; then
  echo "== Loading bench/generate.sql (30,000 proposals, 300,000 supports, 100,000 comments)"
  LOAD_START=$SECONDS
  psql -q "$PG" -f bench/generate.sql
  echo "   loaded in $((SECONDS - LOAD_START)) s"
fi
nodes_storm_data

echo "== (a) Sessions shared: signed in through node A, the same cookie on node B"
A_JAR="$WORK/a.cookies"
echo "   sign-in on A: $(sign_in $NODE_A_PORT bench1@example.org bench-password-123 "$A_JAR")"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$A_JAR")
B_ACCOUNT=$(curl -s -o "$WORK/b-account.html" -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "localhost:$NODE_B_PORT/account")
B_ANON=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "localhost:$NODE_B_PORT/account")
echo "   GET /account on B with A's cookie: $B_ACCOUNT; without a cookie: $B_ANON"
check "B shows bench1's own account page (its address is on it)" 'grep -q "bench1@example.org" "$WORK/b-account.html"'
check "signed in on B by A's session, sent to sign in without it" '[ "$B_ACCOUNT" = 200 ] && [[ "$B_ANON" == 302*login* ]]'

echo "== (b) A change on A empties B's page cache at once (page cache kept ${PAGE_CACHE_TTL:-60s} here)"
[ "${GENERATE:-1}" = 1 ] && LISTED=bench || LISTED=nodes
LIST="/processes/$LISTED/proposals"
curl -s "localhost:$NODE_B_PORT$LIST" > "$WORK/b1.html"
curl -s "localhost:$NODE_B_PORT$LIST" > "$WORK/b2.html"
# a change made behind the platform's back (no node announces it) to the first proposal on the page: a cached
# page cannot show it
SILENT="Titolo cambiato direttamente nel database $RANDOM"
FIRST_LISTED=$(psql -tA "$PG" -c "select p.id || '|' || p.title from proposal p join process pr on pr.id = p.process_id
  where pr.slug = '$LISTED' order by p.created_at desc, p.id desc limit 1")
psql -q "$PG" -c "update proposal set title = '$SILENT' where id = ${FIRST_LISTED%%|*}"
curl -s "localhost:$NODE_B_PORT$LIST" > "$WORK/b3.html"
check "B serves its cached list: a title changed directly in the database is not on it" \
  'grep -qF "${FIRST_LISTED#*|}" "$WORK/b1.html" && cmp -s "$WORK/b1.html" "$WORK/b2.html" && ! grep -q "$SILENT" "$WORK/b3.html"'
# now a participant's proposal with a PDF attached, through node A
TITLE="Proposta dal nodo A $RANDOM$RANDOM"
{ printf '%%PDF-1.4\n%% percorsi two-nodes bench\n'; head -c 30000 /dev/urandom | base64; printf '\n%%%%EOF\n'; } > "$WORK/upload.pdf"
TOKEN=$(csrf_of $NODE_A_PORT "/processes/$LISTED/proposals/new" "$A_JAR")
POSTED=$(curl -s -b "$A_JAR" -o /dev/null -w '%{http_code} %{redirect_url}' -F "_csrf=$TOKEN" -F kind=NEED \
  -F "title=$TITLE" -F "body=Una proposta scritta sul nodo A per vedere la cache del nodo B." \
  -F "attachments=@$WORK/upload.pdf;type=application/pdf;filename=allegato.pdf" \
  "localhost:$NODE_A_PORT/processes/$LISTED/proposals")
POSTED_AT=$(date +%s%N)
echo "   new proposal through A: $POSTED"
SEEN=""
for i in $(seq 1 40); do # at most 2 s, against a time to live of a minute
  curl -s "localhost:$NODE_B_PORT$LIST" > "$WORK/b4.html"
  if grep -q "$TITLE" "$WORK/b4.html"; then SEEN=$(( ($(date +%s%N) - POSTED_AT) / 1000000 )); break; fi
  sleep 0.05
done
echo "   B's list shows the new proposal at GET number $i after A's answer, ${SEEN:-never (within 2 s)} ms after it" \
  "(the time of rendering the list anew, not a wait)"
check "B's cache emptied by A's change (the silent title shows too now)" '[ -n "$SEEN" ] && grep -q "$SILENT" "$WORK/b4.html"'

echo "== (c) The file uploaded through A, read through B"
PROPOSAL=${POSTED##*/proposals/}
FILE=$(curl -s "localhost:$NODE_B_PORT/proposals/$PROPOSAL" | grep -o '/files/[0-9a-f-]\{36\}' | head -1)
GOT=$(curl -s "localhost:$NODE_B_PORT$FILE" | sha256sum | cut -c1-64)
SENT=$(sha256sum < "$WORK/upload.pdf" | cut -c1-64)
echo "   proposal $PROPOSAL on B links $FILE; sha256 sent ${SENT:0:16}…, read from B ${GOT:0:16}…"
check "B serves the same bytes" '[ -n "$FILE" ] && [ "$GOT" = "$SENT" ]'

echo "== (e) Support load through nginx for ${SECONDS_OF_LOAD}s, $PEOPLE participants; kill -9 of node A in the middle"
"$JAVA" bench/DurabilityLoad.java "http://localhost:$LB_PORT" "$STORM_FIRST" 100 "$PEOPLE" "$SECONDS_OF_LOAD" \
  "$WORK/expected.csv" > "$WORK/load.txt" 2>&1 &
LOAD=$!
for i in $(seq 1 300); do [ -f "$WORK/started" ] && break; kill -0 $LOAD 2>/dev/null || break; sleep 1; done
[ -f "$WORK/started" ] || { echo "the participants could not sign in:"; cat "$WORK/load.txt"; exit 1; }
STARTED=$(date +%s)
sleep $((SECONDS_OF_LOAD / 2))
KILLED=$(date +%s)
kill -9 "$PID_A"
echo "   kill -9 of node A (pid $PID_A) at second $((KILLED - STARTED)) of the load"
sleep 3
SERVED=$(for i in 1 2 3 4 5; do curl -s -m 10 -o /dev/null -w '%{http_code}\n' "localhost:$LB_PORT/processes/nodes/proposals?kind=IDEA&after=$i"; done | sort | uniq -c | awk '{ printf "%s%s x%d", sep, $2, $1; sep = ", " }')
B_HEALTH=$(curl -s "localhost:$NODE_B_PORT/actuator/health")
wait "$LOAD" || { cat "$WORK/load.txt"; exit 1; }
ENDED=$(date +%s)
sed 's/^/   /' "$WORK/load.txt"
BEFORE=$(rate "$WORK/timeline.csv" $((STARTED + 2)) $KILLED)
AFTER=$(rate "$WORK/timeline.csv" $((KILLED + 2)) $((ENDED - 1)))
ACK_AFTER=$(awk -F, -v k="$KILLED" '$1 > k { n += $2 } END { print n + 0 }' "$WORK/timeline.csv")
echo "   acknowledged per second: before the kill $BEFORE, after it $AFTER; $ACK_AFTER acknowledged after the kill"
echo "   3 s after the kill, five new pages through nginx answered: $SERVED; node B's health: $B_HEALTH"
nodes_compare "$WORK/expected.csv" | tee "$WORK/compare.txt" | sed 's/^/   /'
check "nothing acknowledged lost, nothing duplicated, counters exact" 'grep -q "lost=0 not_withdrawn=0 duplicated=0 counter_drift=0" "$WORK/compare.txt"'
check "node B kept serving through nginx" '[ "$ACK_AFTER" -gt 0 ] && [[ "$SERVED" == *200* ]]'

echo "== (d) Scheduled jobs: who held each lock (sampled every second during the run)"
kill "$(cat "$WORK/sampler.pid")" 2>/dev/null || true
# one line per run of a job (name, locked_at), the node that ran it, and the lock_until it left (the run's last
# sample: a stable sort keeps the samples in time order)
sort -s -t, -k1,1 -k3,3 "$WORK/locks.csv" | awk -F, -v a="$PID_A" -v b="$PID_B" '
  { node = $2 ~ ("pid " a "$") ? "A" : ($2 ~ ("pid " b "$") ? "B" : "?"); key = $1 "," $3; until[key] = $4; who[key] = node
    if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
  END { for (i = 1; i <= n; i++) { split(order[i], k, ","); runs[k[1]] = runs[k[1]] sprintf(" %s@%s", who[order[i]], k[2])
          count[k[1] "," who[order[i]]]++
          # the same job held by two nodes at once would show a run starting before the previous one ended
          if (k[1] == prev && k[2] < prevUntil) overlap++
          prev = k[1]; prevUntil = until[order[i]] }
        for (j in runs) printf "   %-28s A %d, B %d runs:%s\n", j, count[j ",A"], count[j ",B"], runs[j]
        printf "   runs that started while another node held the same job: %d\n", overlap + 0 }' | tee "$WORK/jobs.txt"
check "each job held by one node at a time" 'grep -q "held the same job: 0" "$WORK/jobs.txt"'
psql -tA "$PG" -c "select '   event publications: ' || count(*) || ', completed ' || count(completion_date)
  || ', incomplete ' || count(*) filter (where completion_date is null) from event_publication"

echo "== Summary"
[ "$FAILED" = 0 ] && echo "   every check passed" || echo "   SOME CHECKS FAILED (see above; logs in $WORK)"
exit $FAILED
