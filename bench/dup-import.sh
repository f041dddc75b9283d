#!/usr/bin/env bash
# Benchmark of the DUP import (see bench/README.md): a generated 20,000-row table is
# previewed and confirmed through the back office over HTTP, as an administrator
# would; prints the time of each step and the heap before and at its peak (sampled
# every 50 ms from the actuator's metrics). Target on 2 cores: under 5 s, heap
# growth under 128 MB. Loopback only; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-20000}
PORT=18082
WORK=$(mktemp -d /tmp/percorsi-dup-bench.XXXXXX)
trap 'kill $(cat "$WORK/app.pid" 2>/dev/null) 2>/dev/null || true' EXIT

echo "== Building"
./mvnw -q -B -DskipTests package
JAVA=$(ls -d /usr/lib/jvm/*/bin/java | while read j; do v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'); [ "${v%%.*}" -ge 21 ] && echo "$j" && break; done)

echo "== Generating a table of $ROWS rows"
python3 bench/generate_dup.py "$ROWS" "$WORK/dup.tsv"
ls -l "$WORK/dup.tsv" | awk '{printf "   %.1f MB\n", $5 / 1048576}'

echo "== Starting the platform (data in $WORK)"
PERCORSI_DEMO_ENABLED=false PERCORSI_ADMIN_PASSWORD=bench-admin-password PERCORSI_DATA_DIR="$WORK/data" \
  PERCORSI_BASE_URL="http://localhost:$PORT" \
  "$JAVA" -Xmx${HEAP:-1g} -Xlog:gc:file="$WORK/gc.log":uptime -jar target/percorsi-*.jar --server.port=$PORT --logging.level.root=warn \
  --management.endpoints.web.exposure.include=health,metrics --spring.servlet.multipart.max-file-size=30MB \
  --spring.servlet.multipart.max-request-size=31MB > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/app.pid"
for i in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done

JAR="$WORK/cookies"
csrf() { curl -s -c "$JAR" -b "$JAR" "localhost:$PORT$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "_csrf=$(csrf /login)" \
  --data-urlencode "email=admin@percorsi.local" --data-urlencode "password=bench-admin-password" "localhost:$PORT/login"
CYCLE=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$(csrf /admin/programming)" \
  --data-urlencode "title=DUP di prova" "localhost:$PORT/admin/programming" | sed -n 's#.*/admin/programming/\([0-9]*\)/import#\1#p')
heap() { curl -s "localhost:$PORT/actuator/metrics/jvm.memory.used?tag=area:heap" | python3 -c "import json,sys; print(int(json.load(sys.stdin)['measurements'][0]['value']))"; }

# a few small imports first, so that the JIT has compiled the import code
python3 bench/generate_dup.py 2000 "$WORK/warm.tsv"
for i in 1 2; do
  curl -s -c "$JAR" -b "$JAR" -o /dev/null -F "_csrf=$(csrf /admin/programming/$CYCLE/import)" -F "label=riscaldamento" \
    -F "file=@$WORK/warm.tsv" "localhost:$PORT/admin/programming/$CYCLE/import"
done
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "_csrf=$(csrf /admin/programming)" \
  --data-urlencode "title=DUP 20000" "localhost:$PORT/admin/programming"
CYCLE=$((CYCLE + 1))

BEFORE=$(heap)
GC_FROM=$(wc -l < "$WORK/gc.log")
( for i in $(seq 1 2000); do heap >> "$WORK/heap.txt" 2>/dev/null || true; sleep 0.05; [ -f "$WORK/done" ] && break; done ) &
SAMPLER=$!
TOKEN=$(csrf /admin/programming/$CYCLE/import)
START=$(date +%s.%N)
curl -s -c "$JAR" -b "$JAR" -o "$WORK/preview.html" -w '%{http_code} %{time_total}\n' -F "_csrf=$TOKEN" \
  -F "label=Nota di aggiornamento" -F "file=@$WORK/dup.tsv" "localhost:$PORT/admin/programming/$CYCLE/import" > "$WORK/preview.txt"
PENDING=$(sed -n "s#.*action=\"/admin/programming/$CYCLE/import/\([0-9a-f-]*\)\".*#\1#p" "$WORK/preview.html" | head -1)
TOKEN=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$WORK/preview.html" | head -1)
curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}\n' --data-urlencode "_csrf=$TOKEN" \
  "localhost:$PORT/admin/programming/$CYCLE/import/$PENDING" > "$WORK/confirm.txt"
cat "$WORK/confirm.txt"
END=$(date +%s.%N)
touch "$WORK/done"; wait $SAMPLER || true
PEAK=$(sort -n "$WORK/heap.txt" | tail -1)
# heap after each collection during the import: what was really alive, not garbage awaiting collection
LIVE=$(tail -n +$((GC_FROM + 1)) "$WORK/gc.log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -1)
NODES=$(grep -o 'Righe lette: [0-9.]*' "$WORK/preview.html" | head -1)
python3 - "$WORK" "$BEFORE" "$PEAK" "$START" "$END" "$NODES" "${LIVE:-0}" <<'PY'
import sys
work, before, peak, start, end, nodes, live = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6], int(sys.argv[7])
preview = open(f"{work}/preview.txt").read().split()
confirm = open(f"{work}/confirm.txt").read().split()
print(f"RESULT {nodes} preview_http={preview[0]} preview_s={float(preview[1]):.2f} confirm_http={confirm[0]} "
      f"confirm_s={float(confirm[1]):.2f} total_s={end - start:.2f} heap_before_mb={before / 1048576:.0f} "
      f"heap_peak_mb={peak / 1048576:.0f} heap_growth_mb={(peak - before) / 1048576:.0f} "
      f"live_after_gc_peak_mb={live} live_growth_mb={live - before / 1048576:.0f}")
PY
echo "== Items in the imported cycle (the first listed is the newest)"
curl -s "localhost:$PORT/programming" | grep -o "DUP [^<]*</a> · voci: [0-9]*" | head -3
