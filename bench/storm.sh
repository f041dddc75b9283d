#!/usr/bin/env bash
# Voting-window support storm alone (issue #18, see bench/README.md): builds the platform, starts it on a fresh
# embedded PostgreSQL, fills the benchmark's data (generate.sql: 1,000 participants) and one voting process per
# round (storm.sql), then PEOPLE participants each support K different proposals of the round's process, the
# process allowing at most MAX supports per person; every round is checked in the database.
# PEOPLE, MAX, PROPOSALS (per process) and JVM_OPTS (e.g. a Flight Recorder option) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
STATIC_PORT=18081
PEOPLE=${PEOPLE:-1000}
MAX=${MAX:-5}
PROPOSALS=${PROPOSALS:-100}
WORK=$(mktemp -d /tmp/percorsi-storm.XXXXXX)
source bench/common.sh
trap bench_stop EXIT

command -v psql >/dev/null || bench_tools # the storm needs only psql
bench_build
bench_start ${JVM_OPTS:-}

echo "== Generating the benchmark's data and 6 voting processes ($PROPOSALS proposals each, at most $MAX supports per person)"
psql -q "$PG" -f bench/generate.sql
psql -q "$PG" -v rounds=6 -v max="$MAX" -v proposals="$PROPOSALS" -f bench/storm.sql
ids() { psql -tA "$PG" -c "select string_agg(p.id::text, ',' order by p.id) from proposal p join process r on r.id = p.process_id where r.slug = 'vote-$1'"; }
round() { echo "$1/$2/$(ids $3)"; }

# warm-up rounds (the first stays within the maximum, the second tries one more), three measured rounds within
# the maximum, and a measured round where everyone tries one more than the maximum
source_rounds=(warm-up-1:$MAX warm-up-2:$((MAX + 1)) measured-1:$MAX measured-2:$MAX measured-3:$MAX over-max:$((MAX + 1)))
args=()
for i in "${!source_rounds[@]}"; do
  args+=("$(round "${source_rounds[$i]%%:*}" "${source_rounds[$i]##*:}" $((i + 1)))")
done

echo "== Voting window: $PEOPLE participants, 64 connections"
"$JAVA" bench/SupportStorm.java window "http://localhost:$PORT" "$PEOPLE" "$WORK" "${args[@]}" | tee "$WORK/window.txt"

echo "== Checked in the database"
# the per-person tallies too, where the build keeps them (not before issue #18)
TALLY=""
if [ "$(psql -tA "$PG" -c "select to_regclass('proposal_supporter') is not null")" = t ]; then
  TALLY="|| ' tally_drift=' || (select count(*) from proposal_supporter t join process r on r.id = t.process_id
      where r.slug = 'VOTE' and t.supports <> (select count(*) from s where s.account_id = t.account_id))"
fi
for i in "${!source_rounds[@]}"; do
  label=${source_rounds[$i]%%:*}; each=${source_rounds[$i]##*:}; slug=vote-$((i + 1)); tally=${TALLY//VOTE/$slug}
  psql -q -tA "$PG" <<SQL
create temp table ack (proposal_id bigint, email text);
\copy ack from '$WORK/$label.tsv'
with s as (select s.proposal_id, s.account_id, a.email from proposal_support s join account a on a.id = s.account_id
             join proposal p on p.id = s.proposal_id join process r on r.id = p.process_id where r.slug = 'vote-$((i + 1))'),
     per_person as (select a.email, count(s.account_id) as n from account a left join s on s.email = a.email
                    where a.email ~ '^bench[0-9]+@example.org$' and substring(a.email from 6 for position('@' in a.email) - 6)::int <= $PEOPLE
                    group by a.email)
select '$label supports_each=$each max=$MAX rows=' || (select count(*) from s)
    || ' acknowledged=' || (select count(*) from ack)
    || ' lost=' || (select count(*) from ack where not exists (select 1 from s where s.proposal_id = ack.proposal_id and s.email = ack.email))
    || ' unacknowledged_rows=' || (select count(*) from s where not exists (select 1 from ack where s.proposal_id = ack.proposal_id and s.email = ack.email))
    || ' duplicated=' || (select count(*) - count(distinct (proposal_id, account_id)) from s)
    || ' above_max=' || (select count(*) from per_person where n > $MAX)
    || ' persons_not_min_k_max=' || (select count(*) from per_person where n <> least($each, $MAX))
    || ' counter_drift=' || (select coalesce(sum(abs(p.support_count - (select count(*) from proposal_support x where x.proposal_id = p.id))), 0)
                             from proposal_summary p join process r on r.id = p.process_id where r.slug = 'vote-$((i + 1))')
    $tally;
SQL
done | tee "$WORK/checks.txt"
echo "voting window: median of the measured rounds $(sed -n 's/^measured-[0-9] .*state_changing_per_second=\([0-9]*\).*/\1/p' "$WORK/window.txt" | sort -n | sed -n 2p) state-changing supports/s"
