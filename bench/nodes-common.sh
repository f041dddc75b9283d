# Shared by bench/two-nodes.sh and bench/pg-restart.sh (sourced, not run): an external PostgreSQL 15 (Debian's
# server binaries) in a fresh directory, two platform nodes on it, nginx in front of both, signing in, and the
# comparison of what the load client saw acknowledged with the rows. Loopback only; every wait is bounded.
# The caller sets WORK (a fresh directory) and sources bench/common.sh first (bench_build sets JAVA).

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-18291}
LB_PORT=${LB_PORT:-18290}
NODE_A_PORT=${NODE_A_PORT:-18292}
NODE_B_PORT=${NODE_B_PORT:-18293}
DB_PASSWORD=bench-db-password
export PGPASSWORD=$DB_PASSWORD
PG="postgresql://postgres@127.0.0.1:$PG_PORT/percorsi"

# the PostgreSQL server, psql, nginx and curl, installed if missing (common.sh's bench_tools does not install
# the server)
nodes_tools() {
  for tool in "$PG_BIN/initdb" /usr/sbin/nginx /usr/bin/psql /usr/bin/curl; do
    [ -x "$tool" ] || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 \
      postgresql-client nginx-light curl; break; }
  done
}

# runs a PostgreSQL server binary as the owner of its data (initdb and postgres refuse to run as root)
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# a fresh cluster in $WORK/pg, durable (fsync and synchronous commit are PostgreSQL's defaults), password logins
# on 127.0.0.1 only; database "percorsi" owned by the role the platform uses (not a superuser)
pg_init() {
  echo "== PostgreSQL 15 in $WORK/pg on port $PG_PORT"
  mkdir -p "$WORK/pg"
  echo "$DB_PASSWORD" > "$WORK/pg/pwfile"
  [ "$(id -u)" = 0 ] && chown -R postgres "$WORK/pg"
  chmod 700 "$WORK/pg"
  as_pg_owner "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --pwfile="$WORK/pg/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$WORK/pg/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK/pg'
max_connections = 100
shared_buffers = 256MB
CONF
  pg_start
  psql -q "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" \
    -c "create role percorsi login password '$DB_PASSWORD'" -c "create database percorsi owner percorsi"
}
pg_start() { as_pg_owner "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 start >/dev/null; }
pg_stop() { as_pg_owner "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w -t 60 stop >/dev/null; }

# node_start NAME PORT [extra arguments]: a platform node on the external database, its pid in $WORK/NAME.pid.
# Pages for visitors are kept a minute (PERCORSI_PAGE_CACHE_TTL): only the other node's notification can explain
# a page that changes sooner. Scheduled jobs that run every minute or two in production run every few seconds
# here, so that several rounds fall inside the run (their locks still hold each round for lockAtLeastFor). The pool
# has 20 connections, as the embedded database's has (with an external one Hikari's default is 10: under this
# load requests then waited over the pool's 2 s and were answered 503).
node_start() {
  local name=$1 port=$2
  shift 2
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/percorsi" SPRING_DATASOURCE_USERNAME=percorsi \
    SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD PERCORSI_DATA_DIR="$WORK/$name" \
    PERCORSI_DEMO_ENABLED=false PERCORSI_ADMIN_PASSWORD=bench-admin-password \
    PERCORSI_BASE_URL="http://localhost:$LB_PORT" PERCORSI_PAGE_CACHE_TTL=${PAGE_CACHE_TTL:-60s} \
    PERCORSI_LIMITS_SIGN_IN_PER_ADDRESS=100000 PERCORSI_LIMITS_SIGN_IN_PER_EMAIL=100000 \
    SERVER_FORWARD_HEADERS_STRATEGY=native SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${POOL:-20} \
    "$JAVA" -Xmx768m -jar ${PERCORSI_JAR:-target/percorsi-*.jar} \
    --server.port=$port --logging.level.root=warn --logging.level.org.percorsi.shared=info \
    --percorsi.mail.retry-every=5s --percorsi.events.first-retry=5s --percorsi.events.retry-every=5s \
    "$@" > "$WORK/$name.log" 2>&1 &
  echo $! > "$WORK/$name.pid"
}
# node_wait NAME PORT: until the node's health answers UP (at most two minutes)
node_wait() {
  for i in $(seq 1 120); do curl -sf "localhost:$2/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "node $1 did not start; its log:"; tail -30 "$WORK/$1.log"; exit 1
}

# nginx on $LB_PORT in front of both nodes. Requests a node refused or dropped are passed to the other one:
# nginx does so for idempotent methods (GET, HEAD) and for any request not yet sent (a refused connection), never
# for a POST the dead node may have received (proxy_next_upstream's default: error and timeout, no
# non_idempotent): such a POST is answered 502 and counts as unacknowledged. A node that failed is left aside 5 s.
nodes_nginx() {
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 2048; }
http {
  access_log off;
  upstream percorsi {
    server 127.0.0.1:$NODE_A_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$NODE_B_PORT max_fails=1 fail_timeout=5s;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 60m;
    location / {
      proxy_pass http://percorsi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
    }
  }
}
CONF
  nginx -c "$WORK/nginx.conf"
}

# stops what the script started (for the EXIT trap): both nodes, nginx, the database
nodes_stop() {
  for name in A B; do kill "$(cat "$WORK/$name.pid" 2>/dev/null)" 2>/dev/null || true; done
  nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true
  sleep 2
  [ -f "$WORK/pg/data/postmaster.pid" ] && pg_stop 2>/dev/null || true
  # the database (gigabytes with generate.sql) unless KEEP_DATA=1; the logs stay in $WORK
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$WORK/pg/data"
}

# sign_in PORT EMAIL PASSWORD JAR: signs in through that port, the session cookie kept in the curl cookie JAR
sign_in() {
  local token
  token=$(curl -s -c "$4" -b "$4" "localhost:$1/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$4" -b "$4" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "_csrf=$token" \
    --data-urlencode "email=$2" --data-urlencode "password=$3" "localhost:$1/login"
}
# csrf_of PORT PATH JAR: the CSRF token of a form on that page, for the session in JAR
csrf_of() { curl -s -b "$3" "localhost:$1$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

# the storm's process: 100 proposals; participants bench1..bench200 (kept if generate.sql made them already)
nodes_storm_data() {
  psql -q "$PG" -v ON_ERROR_STOP=1 <<'SQL'
insert into process (slug, title, short_description, status)
values ('nodes', 'Due nodi (benchmark)', 'Un percorso per contare le adesioni con due nodi.', 'PUBLISHED');
insert into phase (process_id, position, type, title, start_date, end_date)
select id, 0, 'OPENING', 'Raccolta', current_date - 30, current_date + 60 from process where slug = 'nodes';
insert into account (email, nickname, password_hash, verification)
select 'bench' || n || '@example.org', 'Partecipante ' || n, '{noop}bench-password-123', 'EMAIL_CONFIRMED'
from generate_series(1, 200) n
on conflict do nothing;
insert into proposal (process_id, phase_id, kind, title, body_html, author_id)
select p.id, ph.id, 'IDEA', 'Proposta ' || n, '<p>Testo della proposta ' || n || '.</p>',
       (select id from account where email = 'bench1@example.org')
from process p join phase ph on ph.process_id = p.id, generate_series(1, 100) n
where p.slug = 'nodes';
SQL
  STORM_FIRST=$(psql -tA "$PG" -c "select min(p.id) from proposal p join process pr on pr.id = p.process_id where pr.slug = 'nodes'")
}

# compares every operation the load client saw acknowledged ($1: its CSV) with the rows; prints one RESULT line
nodes_compare() {
  psql -q "$PG" <<SQL
create temporary table expected (email text, proposal_id bigint, supported boolean);
\copy expected from '$1' csv
select 'RESULT pairs=' || count(*)
    || ' lost=' || count(*) filter (where e.supported and s.account_id is null)
    || ' not_withdrawn=' || count(*) filter (where not e.supported and s.account_id is not null)
    || ' duplicated=' || (select count(*) - count(distinct (x.account_id, x.proposal_id)) from proposal_support x)
    || ' counter_drift=' || (select count(*) from proposal_summary p join process pr on pr.id = p.process_id
         where pr.slug = 'nodes'
           and p.support_count <> (select count(*) from proposal_support x where x.proposal_id = p.id))
from expected e join account a on a.email = e.email
left join proposal_support s on s.account_id = a.id and s.proposal_id = e.proposal_id;
SQL
}

# rate FILE FROM TO: acknowledged operations per second in the load client's timeline between two epoch seconds
rate() { awk -F, -v a="$2" -v b="$3" '$1 >= a && $1 < b { n += $2; s++ } END { printf "%.0f", s ? n / s : 0 }' "$1"; }

# check LABEL CONDITION: evaluates the condition (a command line), prints ok or FAILED (and remembers it in FAILED)
FAILED=0
check() {
  if eval "$2"; then echo "   ok: $1"; else echo "   FAILED: $1"; FAILED=1; fi
}

# the external PostgreSQL, node A, then node B, and nginx in front of both (what both scripts start from)
nodes_up() {
  nodes_tools
  bench_build
  pg_init
  echo "== Node A on $NODE_A_PORT, then node B on $NODE_B_PORT (data in $WORK), nginx on $LB_PORT"
  node_start A $NODE_A_PORT
  node_wait A $NODE_A_PORT
  node_start B $NODE_B_PORT
  node_wait B $NODE_B_PORT
  nodes_nginx
}
