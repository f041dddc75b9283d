# Shared by the benchmarks (sourced, not run): tools, build, a platform on a fresh embedded PostgreSQL,
# signing a participant in, measuring with wrk, and nginx serving saved bytes as the ceiling.
# The caller sets DURATION, PORT, STATIC_PORT and WORK (a fresh directory) before using these.

# wrk, nginx and psql, installed if missing
bench_tools() {
  for tool in wrk nginx psql; do
    command -v $tool >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light postgresql-client; break; }
  done
}

# builds the jar (unless SKIP_BUILD=1, to measure the jar already built) and sets JAVA to a Java 21 or later
bench_build() {
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== Building"
    ./mvnw -q -B -DskipTests package
  fi
  JAVA=$(ls -d /usr/lib/jvm/*/bin/java | while read j; do v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'); [ "${v%%.*}" -ge 21 ] && echo "$j" && break; done)
}

# starts the platform (demo off) on a fresh embedded PostgreSQL in $WORK/data; sets PG (a psql URL) and PGPASSWORD.
# Extra arguments go to the JVM before -jar (e.g. a Flight Recorder option); PERCORSI_JAR runs another build's jar
# (to compare two versions of the code on the same machine).
bench_start() {
  echo "== Starting the platform (data in $WORK)"
  PERCORSI_DEMO_ENABLED=false PERCORSI_ADMIN_PASSWORD=bench-admin-password PERCORSI_DATA_DIR="$WORK/data" \
    PERCORSI_BASE_URL="http://localhost:$PORT" \
    PERCORSI_LIMITS_SIGN_IN_PER_ADDRESS=100000 PERCORSI_LIMITS_SIGN_IN_PER_EMAIL=100000 \
    "$JAVA" -Xmx1g "$@" -jar ${PERCORSI_JAR:-target/percorsi-*.jar} --server.port=$PORT --logging.level.root=warn \
    --logging.level.org.percorsi.shared.database=info > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/app.pid"
  for i in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
  PG_PORT=$(sed -n 's/.*Embedded PostgreSQL .* on port \([0-9]*\).*/\1/p' "$WORK/app.log" | head -1)
  # the embedded database asks for the password the platform generated in its data directory
  export PGPASSWORD=$(cat "$WORK/data/postgres-password")
  PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
}

# stops the platform and nginx (for the EXIT trap), then removes the database (a gigabyte or more a run: runs
# left behind filled the disk) unless KEEP_DATA=1; the logs stay in $WORK
bench_stop() {
  local pid
  pid=$(cat "$WORK/app.pid" 2>/dev/null)
  kill $pid 2>/dev/null || true
  nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true
  for i in $(seq 1 30); do kill -0 $pid 2>/dev/null || break; sleep 1; done
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$WORK/data"
}

# signs bench1@example.org in and prints the header that carries its session: "Cookie: SESSION=..."
bench_sign_in() {
  local jar="$WORK/cookies" token
  token=$(curl -s -c "$jar" -b "$jar" "localhost:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "email=bench1@example.org" \
    --data-urlencode "password=bench-password-123" "localhost:$PORT/login"
  echo "Cookie: SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar")"
}

# bench_sign_in_many N FILE: signs bench1..benchN@example.org in (8 at a time) and writes one "SESSION=..." per line
# to FILE; each then visits the home page once, as a person does, which gives their session its forms' token
bench_sign_in_many() {
  seq 1 "$1" | xargs -P 8 -I{} sh -c '
    jar=$(mktemp); token=$(curl -s -c "$jar" -b "$jar" "localhost:'"$PORT"'/login" | sed -n "s/.*name=\"_csrf\" value=\"\([^\"]*\)\".*/\1/p" | head -1)
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "email=bench{}@example.org" \
      --data-urlencode "password=bench-password-123" "localhost:'"$PORT"'/login"
    curl -s -c "$jar" -b "$jar" -o /dev/null "localhost:'"$PORT"'/"
    echo "SESSION=$(awk "\$6 == \"SESSION\" { print \$7 }" "$jar")"; rm -f "$jar"' > "$2"
}

# measure URL LABEL [wrk options...]: one line "LABEL rps=… p50=… p95=… p99=… errors=…"
measure() { wrk -t2 -c64 -d"$DURATION" -s bench/percentiles.lua "${@:3}" "$1" | grep RESULT | sed "s|RESULT|$2|"; }

# starts nginx serving $WORK on $STATIC_PORT (files saved there, readable by its workers)
bench_nginx() {
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$STATIC_PORT; root $WORK; location / { default_type text/html; } } }
CONF
  nginx -c "$WORK/nginx.conf"
}
