#!/usr/bin/env bash
# test/load/run.sh [SECONDS]: concurrency run of pg_growth under pgbench.
#
# Builds and installs the extension and starts a throwaway cluster (test/lib.sh;
# unix socket only, no TCP), loads the events table of test/data/events.sql
# (PGG_LOAD_USERS users, default 2000: about 80,000 rows) and six materialized
# views that use the extension, each with a unique index:
#   mv_funnel        window_funnel per user
#   mv_funnel_counts funnel_counts over everyone
#   mv_retention     retention_rows(retention_matrix(...)), weekly cohorts
#   mv_rfm           rfm('events') (rfm_breaks, rfm_score, rfm_segment)
#   mv_clv           clv_summary per customer and bgnbd_fit over them
#   mv_experiment    compare_arms(experiment_summary(...)) on revenue per user
# Then, for SECONDS (default PGG_LOAD_SECONDS or 60), three pgbench runs at once:
#   readers     8 sessions: window_funnel of one user, funnel_counts,
#               retention_matrix + retention_rows, rfm_breaks and rfm,
#               clv_summary + bgnbd_fit, experiment_summary + compare_arms (over
#               ranges of users), and reads of the views;
#   writers     2 sessions inserting events (10 rows a transaction, also for
#               users the views have not seen), PGG_LOAD_INSERT_RATE transactions
#               a second in all (default 100: 1,000 rows/s);
#   refreshers  2 sessions, REFRESH MATERIALIZED VIEW CONCURRENTLY of a view
#               chosen at random.
# Afterwards every view is refreshed once more (CONCURRENTLY, serial plans so
# that float sums are added in one order) and compared with a fresh run of its
# definition, as text, EXCEPT ALL both ways.
#
# Last line: "load: N transactions in S s (T/s), E errors, D deadlocks, V/6 views
# equal"; exit status 0 iff no error, no failed or aborted transaction, no
# deadlock, no server process died and every view is equal.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
SECS=${1:-${PGG_LOAD_SECONDS:-60}}
USERS=${PGG_LOAD_USERS:-2000}
RATE=${PGG_LOAD_INSERT_RATE:-100}   # insert transactions per second, 10 rows each
case "$SECS$USERS$RATE" in *[!0-9]*) pgg_die "usage: test/load/run.sh [SECONDS] (PGG_LOAD_USERS=N)";; esac

pgg_need_packages            # pgbench ships with postgresql-$PG_MAJOR
pgg_build_install
pgg_start_cluster
[ "${PGG_EXTERNAL:-0}" = 0 ] || pgg_die "test/load/run.sh needs its own throwaway cluster (unset PGHOST/PGPORT/PGDATABASE)"
PGBENCH=$PGG_BINDIR/pgbench
[ -x "$PGBENCH" ] || PGBENCH=$(command -v pgbench) || pgg_die "pgbench not found"
W=$(mktemp -d /tmp/pgg_load.XXXXXX)
trap 'pgg_stop_cluster; rm -rf "$W"' EXIT
export PGOPTIONS="-c client_min_messages=error"

# ---- data and views ---------------------------------------------------------------------
pgg_log "loading $USERS users of test/data/events.sql and creating the views"
pgg_psql -c "CREATE EXTENSION pg_growth" >/dev/null || pgg_die "cannot create the extension"
pgg_psql -v users="$USERS" -f "$PGG_ROOT/test/data/events.sql" >/dev/null || pgg_die "cannot load events"
pgg_psql -c "CREATE INDEX ON events (user_id); ANALYZE events" >/dev/null

declare -A DEF KEY
DEF[mv_funnel]="SELECT user_id, window_funnel('1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart', event_name = 'checkout', event_name = 'purchase') AS level FROM events GROUP BY user_id"
KEY[mv_funnel]=user_id
DEF[mv_funnel_counts]="SELECT 1 AS k, funnel_counts(user_id, '1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart', event_name = 'checkout', event_name = 'purchase') AS counts FROM events"
KEY[mv_funnel_counts]=k
DEF[mv_retention]="SELECT r.* FROM retention_rows((SELECT retention_matrix(user_id, event_time, 'period=week') FROM events), true) r"
KEY[mv_retention]="cohort, period"
DEF[mv_rfm]="SELECT * FROM rfm('events', as_of => '2026-04-01')"
KEY[mv_rfm]=customer_id
DEF[mv_clv]="SELECT 1 AS k, count(*) AS customers, (bgnbd_fit(frequency, recency, age)).* FROM (SELECT (s).* FROM (SELECT user_id, clv_summary(event_time, revenue, timestamptz '2026-07-01', 'weeks') AS s FROM events WHERE event_name = 'purchase' GROUP BY user_id) q WHERE s IS NOT NULL) c"
KEY[mv_clv]=k
DEF[mv_experiment]="SELECT c.* FROM (SELECT experiment_summary(variant, revenue) AS s FROM (SELECT user_id, min(variant) AS variant, coalesce(sum(revenue), 0)::float8 AS revenue FROM events GROUP BY user_id) u) q, compare_arms(q.s, 'A') c"
KEY[mv_experiment]=variant
VIEWS="mv_funnel mv_funnel_counts mv_retention mv_rfm mv_clv mv_experiment"
for v in $VIEWS; do
    pgg_psql -c "CREATE MATERIALIZED VIEW $v AS ${DEF[$v]}" -c "CREATE UNIQUE INDEX ON $v (${KEY[$v]})" >/dev/null ||
        pgg_die "cannot create $v"
done
rows=$(psql -X -At -c "SELECT count(*) FROM events")

# ---- pgbench scripts ----------------------------------------------------------------------
mkdir -p "$W/r" "$W/w" "$W/f"
cat >"$W/r/funnel.sql" <<'SQL'
\set u random(1, :users)
SELECT window_funnel('1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart', event_name = 'checkout', event_name = 'purchase') FROM events WHERE user_id = :u;
SQL
cat >"$W/r/funnel_counts.sql" <<'SQL'
\set u random(1, :users)
SELECT funnel_counts(user_id, '1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart', event_name = 'checkout', event_name = 'purchase') FROM events WHERE user_id BETWEEN :u AND :u + 300;
SQL
cat >"$W/r/retention.sql" <<'SQL'
\set u random(1, :users)
SELECT count(*), sum(retained), sum(cohort_size) FROM retention_rows((SELECT retention_matrix(user_id, event_time, 'period=week') FROM events WHERE user_id BETWEEN :u AND :u + 300));
SQL
cat >"$W/r/rfm.sql" <<'SQL'
\set u random(1, :users)
SELECT rfm_breaks(revenue) FROM events WHERE event_name = 'purchase' AND user_id BETWEEN :u AND :u + 300;
SELECT segment, count(*) FROM rfm('events', as_of => '2026-04-01') GROUP BY segment;
SQL
cat >"$W/r/clv.sql" <<'SQL'
\set u random(1, :users)
SELECT bgnbd_fit(frequency, recency, age) FROM (SELECT (s).* FROM (SELECT user_id, clv_summary(event_time, revenue, timestamptz '2026-07-01', 'weeks') AS s FROM events WHERE event_name = 'purchase' AND user_id BETWEEN :u AND :u + 600 GROUP BY user_id) q WHERE s IS NOT NULL) c;
SQL
cat >"$W/r/experiment.sql" <<'SQL'
\set u random(1, :users)
SELECT c.variant, c.p_value FROM (SELECT experiment_summary(variant, revenue) AS s FROM (SELECT user_id, min(variant) AS variant, coalesce(sum(revenue), 0)::float8 AS revenue FROM events WHERE user_id BETWEEN :u AND :u + 600 GROUP BY user_id) u) q, compare_arms(q.s, 'A') c;
SQL
cat >"$W/r/views.sql" <<'SQL'
\set u random(1, :users)
SELECT level FROM mv_funnel WHERE user_id = :u;
SELECT counts FROM mv_funnel_counts;
SELECT sum(retained) FROM mv_retention;
SELECT segment FROM mv_rfm WHERE customer_id = :u;
SELECT r, alpha, a, b FROM mv_clv;
SELECT variant, p_value FROM mv_experiment;
SQL
cat >"$W/w/insert.sql" <<'SQL'
\set u random(1, :users + :users / 10)
INSERT INTO events
SELECT :u, (ARRAY['page_view', 'add_to_cart', 'checkout', 'purchase', 'search'])[1 + floor(random() * 5)::int],
       timestamptz '2026-01-05' + random() * interval '150 days',
       CASE WHEN :u % 2 = 0 THEN 'A' ELSE 'B' END, round((random() * 120)::numeric, 2)
FROM generate_series(1, 10);
SQL
for v in $VIEWS; do echo "REFRESH MATERIALIZED VIEW CONCURRENTLY $v;" >"$W/f/$v.sql"; done

# ---- the run -------------------------------------------------------------------------------
bench() { # bench NAME CLIENTS DIR [RATE]
    local args=() f
    for f in "$W/$3"/*.sql; do args+=(-f "$f"); done
    "$PGBENCH" -n -T "$SECS" -c "$2" -j "$2" -D users="$USERS" --failures-detailed ${4:+-R "$4"} "${args[@]}" \
        >"$W/$1.out" 2>&1
    echo $? >"$W/$1.rc"
}
pgg_log "pgbench for $SECS s: 8 readers, 2 writers ($RATE inserts/s), 2 refreshers ($rows events)"
bench readers 8 r & p1=$!
bench writers 2 w "$RATE" & p2=$!
bench refreshers 2 f & p3=$!
wait $p1 $p2 $p3

total=0 errors=0 deadlocks=0
for b in readers writers refreshers; do
    rc=$(cat "$W/$b.rc")
    n=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$W/$b.out")
    fl=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$W/$b.out")
    dl=$(sed -n 's/^number of deadlock failures: \([0-9]*\).*/\1/p' "$W/$b.out")
    ab=$(grep -c 'aborted' "$W/$b.out" || true)
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$W/$b.out")
    printf '%-11s %2s sessions: %6s transactions (%s/s), %s failed, %s aborted, pgbench exit %s\n' \
        "$b" "$(sed -n 's/^number of clients: //p' "$W/$b.out")" "${n:-0}" "${tps:-0}" "${fl:-0}" "$ab" "$rc"
    awk '/^SQL script [0-9]+:/ { n = $NF; sub(/.*\//, "", n); sub(/\.sql$/, "", n) }
         /^ - [0-9]+ transactions \(/ && n != "" { printf "%s%s %s", (k++ ? ", " : "            "), n, $2 }
         END { if (k) print "" }' "$W/$b.out"
    if [ "$rc" != 0 ] || [ "${fl:-0}" != 0 ] || [ "$ab" != 0 ]; then
        grep -iE 'error|abort|fail' "$W/$b.out" | head -n 20 >&2
        errors=$((errors + ${fl:-0} + ab)); [ "$rc" != 0 ] && [ "${fl:-0}$ab" = 00 ] && errors=$((errors + 1))
    fi
    total=$((total + ${n:-0})); deadlocks=$((deadlocks + ${dl:-0}))
done
log_err=$(grep -cE '(ERROR|FATAL|PANIC):' "$PGG_TMP/server.log" || true)
log_dl=$(grep -c 'deadlock detected' "$PGG_TMP/server.log" || true)
crashed=$(grep -cE 'terminated by (signal|exit code)' "$PGG_TMP/server.log" || true)
grep -E '(ERROR|FATAL|PANIC):|terminated by' "$PGG_TMP/server.log" | head -n 20 >&2
errors=$((errors + log_err + crashed)); deadlocks=$((deadlocks + log_dl))

# ---- the views against their definitions ------------------------------------------------------
pgg_log "final refresh and equality checks"
equal=0
for v in $VIEWS; do
    res=$(psql -X -q -At -v ON_ERROR_STOP=1 2>&1 <<SQL
SET max_parallel_workers_per_gather = 0;
REFRESH MATERIALIZED VIEW CONCURRENTLY $v;
SELECT (SELECT count(*) FROM $v),
       (SELECT count(*) FROM (SELECT m::text FROM $v m EXCEPT ALL SELECT d::text FROM (${DEF[$v]}) d) x),
       (SELECT count(*) FROM (SELECT d::text FROM (${DEF[$v]}) d EXCEPT ALL SELECT m::text FROM $v m) y);
SQL
)
    IFS='|' read -r n a b <<<"$res"
    if [ "${a:-x}" = 0 ] && [ "${b:-x}" = 0 ]; then equal=$((equal + 1)); r=equal; else r="DIFFERENT ($res)"; fi
    printf 'view %-17s %6s rows, view EXCEPT ALL definition: %s, definition EXCEPT ALL view: %s: %s\n' \
        "$v" "${n:-?}" "${a:-?}" "${b:-?}" "$r"
done
nviews=$(echo $VIEWS | wc -w)
tps=$(awk -v n="$total" -v s="$SECS" 'BEGIN { printf "%.1f", n / s }')
printf 'load: %d transactions in %d s (%s/s), %d errors, %d deadlocks, %d/%d views equal\n' \
    "$total" "$SECS" "$tps" "$errors" "$deadlocks" "$equal" "$nviews"
[ "$errors" = 0 ] && [ "$deadlocks" = 0 ] && [ "$equal" = "$nviews" ]
