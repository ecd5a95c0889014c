#!/usr/bin/env bash
# test/scripts/cancel_latency.sh: how long the funnel aggregates take to stop
# after statement_timeout on one actor with 5,000,000 events (issue #17 item
# 5: within 1 s of the cancel), serial and with a forced parallel plan.
#
# Runs against PGHOST/PGPORT (the extension must be installable there) or
# builds, installs and starts a throwaway cluster (test/lib.sh).  Creates the
# table cancel_latency_events (dropped at the end), sets statement_timeout
# to 1 s and prints the elapsed time of each query: anything far above
# 1000 ms is a loop that does not check for interrupts.  Not part of
# test/test.sh (it takes a few minutes).
#
#   bash test/scripts/cancel_latency.sh            # 5,000,000 events
#   PGG_CANCEL_EVENTS=1000000 bash test/scripts/cancel_latency.sh
set -u
. "$(dirname "$0")/../lib.sh"

n=${PGG_CANCEL_EVENTS:-5000000}
if [ -z "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ]; then
    pgg_need_packages
    pgg_build_install
fi
pgg_start_cluster
pgg_scratch_schema pgg_cancel

pgg_psql <<SQL || pgg_die "cannot prepare the data"
CREATE EXTENSION IF NOT EXISTS pg_growth;
DROP TABLE IF EXISTS cancel_latency_events;
-- one actor; steps 1 and 2 alternate, step 3 never happens (no early exit),
-- the exclusion (ev = 4) once every 100,000 rows
CREATE TABLE cancel_latency_events AS
SELECT 1 AS uid, timestamptz '2026-01-01' + i * interval '1 second' AS ts,
       CASE WHEN i % 100000 = 0 THEN 4 ELSE 1 + i % 2 END AS ev, i AS val
FROM generate_series(1, $n) i;
VACUUM ANALYZE cancel_latency_events;
SQL

steps="ev = 1, ev = 2, ev = 3"
declare -a queries=(
    "window_funnel|SELECT window_funnel('1 day', ts, $steps) FROM cancel_latency_events GROUP BY uid"
    "window_funnel exclude|SELECT window_funnel('1 day', 'exclude=1:3', ts, $steps, ev = 4) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_times|SELECT window_funnel_times('1 day', ts, $steps) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_times exclude|SELECT window_funnel_times('1 day', 'exclude=1:3', ts, $steps, ev = 4) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_value|SELECT window_funnel_value('1 day', '', ts, 1, val, $steps) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_value exclude|SELECT window_funnel_value('1 day', 'exclude=1:3', ts, 1, val, $steps, ev = 4) FROM cancel_latency_events GROUP BY uid"
    "funnel_counts|SELECT funnel_counts(uid, '1 day', ts, $steps) FROM cancel_latency_events"
    "funnel_counts exclude|SELECT funnel_counts(uid, '1 day', 'exclude=1:3', ts, $steps, ev = 4) FROM cancel_latency_events"
)
serial="SET max_parallel_workers_per_gather = 0;"
parallel="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = on;"

printf '%-30s %12s %12s\n' "query ($n events, 1 actor)" "serial ms" "parallel ms"
for q in "${queries[@]}"; do
    name=${q%%|*} sql=${q#*|}
    row=$(printf '%-30s' "$name")
    for plan in "$serial" "$parallel"; do
        t0=$(date +%s%N)
        out=$(psql -X -q -c "$plan" -c "SET statement_timeout = '1s'" -c "$sql" 2>&1)
        t1=$(date +%s%N)
        ms=$(((t1 - t0) / 1000000))
        case $out in *"statement timeout"*) note="" ;; *) note="*" ;; esac
        row="$row $(printf '%11d%1s' "$ms" "$note")"
    done
    printf '%s\n' "$row"
done
echo "(* = finished before the timeout: the figure is the run time, not a cancel latency)"
pgg_psql -c "DROP TABLE cancel_latency_events" >/dev/null
