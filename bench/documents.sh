#!/usr/bin/env bash
# Benchmark of the documents module (see bench/README.md): builds the platform, starts it on a fresh embedded
# PostgreSQL, fills a 500-paragraph document in consultation with 5,000 comments (documents.sql), then measures
# in one run with wrk (2 threads, 64 connections): the version page for a signed-in participant and for a
# visitor (the page shows the version's first chapter), a tiny signed-in page (the floor of any signed-in page),
# the version page's bytes served by nginx (the ceiling), then the whole version on one page signed in and from
# nginx; finally the comparison of versions 1 and 2, one request at a time. Loopback only.
# JVM_OPTS adds JVM options (e.g. a Flight Recorder profile); SKIP_BUILD=1 measures the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
PORT=18090
STATIC_PORT=18091
WORK=$(mktemp -d /tmp/percorsi-docbench.XXXXXX)
chmod 755 "$WORK" # nginx workers read the saved page from here
source bench/common.sh
trap bench_stop EXIT

bench_tools
bench_build
# shellcheck disable=SC2086
bench_start ${JVM_OPTS:-}

echo "== Generating a 500-paragraph document, 2 versions, 5,400 comments, 330 amendments, 500 participants"
time psql -q "$PG" -f bench/documents.sql
DOC=$(psql -tA "$PG" -c "select id from document where title like 'Piano del verde%'")
psql -tA "$PG" -c "select 'version ' || v.number || ': ' || count(*) filter (where b.kind = 'PARAGRAPH') || ' paragraphs, '
    || count(*) filter (where b.kind = 'HEADING') || ' headings, '
    || (select count(*) from document_comment c where c.version_id = v.id) || ' comments, '
    || (select count(*) from document_amendment a where a.version_id = v.id) || ' amendments'
  from document_version v join document_block b on b.version_id = v.id where v.document_id = $DOC group by v.id order by v.number"

VERSION="/documents/$DOC/versions/2"
WHOLE="$VERSION/whole" # the same version all on one page (the version page shows its first chapter)
COMPARE="/documents/$DOC/compare?from=1&to=2"
TINY="/account"
SIGNED_IN=$(bench_sign_in)
for path in "$VERSION" "$WHOLE" "$TINY"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$SIGNED_IN" "localhost:$PORT$path")
  [ "$code" = 200 ] || { echo "$path answered $code to the signed-in participant"; exit 1; }
done
curl -s -H "$SIGNED_IN" "localhost:$PORT$VERSION" > "$WORK/version.html"
curl -s -H "$SIGNED_IN" "localhost:$PORT$WHOLE" > "$WORK/whole.html"
chmod 644 "$WORK/version.html" "$WORK/whole.html"
grep -q 'action="/logout"' "$WORK/version.html" || { echo "the saved page is not a signed-in one: check the sign-in"; exit 1; }
echo "version page: $(wc -c < "$WORK/version.html") bytes; whole version: $(wc -c < "$WORK/whole.html") bytes; tiny signed-in page: $(curl -s -H "$SIGNED_IN" "localhost:$PORT$TINY" | wc -c) bytes"

echo "== Warming up"
wrk -t2 -c16 -d5s "http://localhost:$PORT$VERSION" >/dev/null
wrk -t2 -c16 -d10s -H "$SIGNED_IN" "http://localhost:$PORT$VERSION" >/dev/null
wrk -t2 -c16 -d5s -H "$SIGNED_IN" "http://localhost:$PORT$WHOLE" >/dev/null
wrk -t2 -c16 -d5s -H "$SIGNED_IN" "http://localhost:$PORT$TINY" >/dev/null
wrk -t1 -c1 -d5s -H "$SIGNED_IN" "http://localhost:$PORT$COMPARE" >/dev/null

# CPU time (clock ticks) of the platform and of its PostgreSQL's processes: what a request costs whatever else
# the machine runs
cpu_ticks() {
  local pids="$(cat "$WORK/app.pid") $(pgrep -f "$WORK/data/postgres" | tr '\n' ' ')" t=0
  for q in $(pgrep -f "$WORK/data/postgres"); do pids="$pids $(pgrep -P "$q" | tr '\n' ' ')"; done
  for p in $pids; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done
  echo $t
}
# measure_cpu URL LABEL [wrk options]: measure's line, with the CPU milliseconds the platform and PostgreSQL spent per request
measure_cpu() {
  local before after line rps
  before=$(cpu_ticks)
  line=$(measure "$@")
  after=$(cpu_ticks)
  rps=$(echo "$line" | sed -n 's/.* rps=\([0-9]*\).*/\1/p')
  echo "$line cpu_ms_per_request=$(python3 -c "print(f'{($after - $before) * 1000 / $(getconf CLK_TCK) / max($rps * ${DURATION%s}, 1):.2f}')")"
}

echo "== Measuring (wrk, 2 threads, 64 connections, $DURATION each; load: $(cut -d' ' -f1-3 /proc/loadavg))"
bench_nginx
{
  measure_cpu "http://localhost:$PORT$VERSION" "version-signed-in" -H "$SIGNED_IN"
  measure_cpu "http://localhost:$PORT$VERSION" "version-anonymous"
  measure_cpu "http://localhost:$PORT$TINY" "tiny-signed-in" -H "$SIGNED_IN"
  measure "http://localhost:$STATIC_PORT/version.html" "version-static-nginx"
  measure_cpu "http://localhost:$PORT$WHOLE" "whole-version-signed-in" -H "$SIGNED_IN"
  measure "http://localhost:$STATIC_PORT/whole.html" "whole-version-static-nginx"
  # the comparison, one request at a time: what one reader waits for
  for i in $(seq 1 50); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "$SIGNED_IN" "http://localhost:$PORT$COMPARE"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "compare-1-2-signed-in requests=%d median=%.1f p90=%.1f max=%.1f (ms, sequential)\n", NR, (t[25] + t[26]) / 2, t[45], t[NR] }'
  echo "compare page: $(curl -s -H "$SIGNED_IN" "http://localhost:$PORT$COMPARE" | wc -c) bytes"
} | tee "$WORK/results.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(results and the platform's log in $WORK)"
