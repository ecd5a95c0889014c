#!/usr/bin/env bash
# test/scripts/cancel_latency.sh: how long every aggregate of the extension
# takes to stop after statement_timeout (issue #17 item 5: within 1 s of the
# cancel), serial and with a forced parallel plan: the per-actor aggregates on
# one actor with 5,000,000 events, the summary aggregates (funnel_counts,
# retention_matrix, rfm_breaks, the moments, experiment_summary, the CLV fits)
# and the merge forms over 5,000,000 rows.
#
# Runs against PGHOST/PGPORT (the extension must be installable there) or
# builds, installs and starts a throwaway cluster (test/lib.sh).  Creates the
# table cancel_latency_events (dropped at the end), sets statement_timeout
# to 1 s and prints the elapsed time of each query and whether the forced
# parallel plan has a Partial Aggregate (P): anything far above 1000 ms is a
# loop that does not check for interrupts.  Not part of test/test.sh (it takes
# a few minutes).
#
#   bash test/scripts/cancel_latency.sh            # 5,000,000 events
#   PGG_CANCEL_EVENTS=1000000 bash test/scripts/cancel_latency.sh
#   PGG_CANCEL_ONLY='rfm|moments' bash test/scripts/cancel_latency.sh   # names matching
#   PGG_CANCEL_KEEP=1 ...     # keep the tables and reuse them on the next run
#   PGG_CANCEL_PROBES='2000 3000' ...   # also cancel at 2 s and 3 s (later phases)
set -u
. "$(dirname "$0")/../lib.sh"

n=${PGG_CANCEL_EVENTS:-5000000}
if [ -z "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ]; then
    pgg_need_packages
    pgg_build_install
fi
pgg_start_cluster
pgg_scratch_schema pgg_cancel

pgg_psql -c "CREATE EXTENSION IF NOT EXISTS pg_growth" || pgg_die "cannot create the extension"
have=$(psql -X -At -c "SELECT count(*) FROM cancel_latency_events" 2>/dev/null || echo 0)
if [ "${PGG_CANCEL_KEEP:-0}" = 1 ] && [ "$have" = "$n" ]; then
    pgg_log "reusing cancel_latency_events ($n rows)"
else
pgg_psql <<SQL || pgg_die "cannot prepare the data"
DROP TABLE IF EXISTS cancel_latency_events;
-- one actor; steps 1 and 2 alternate, step 3 never happens (no early exit),
-- the exclusion (ev = 4) once every 100,000 rows
CREATE TABLE cancel_latency_events AS
SELECT 1 AS uid, timestamptz '2026-01-01' + i * interval '1 second' AS ts,
       CASE WHEN i % 100000 = 0 THEN 4 ELSE 1 + i % 2 END AS ev, i AS val
FROM generate_series(1, $n) i;
-- states of the summary aggregates, merged 5M times by the _merge forms
DROP TABLE IF EXISTS cancel_latency_states;
CREATE TABLE cancel_latency_states AS
SELECT moments(x::float8) AS m, comoments(x::float8, 2 * x::float8) AS c,
       experiment_summary(CASE WHEN x % 2 = 0 THEN 'A' ELSE 'B' END, x::float8) AS e,
       retention_matrix(x % 2, timestamptz '2026-01-01' + x * interval '1 day', 'period=week') AS r
FROM generate_series(1, 100) x;
VACUUM ANALYZE cancel_latency_events;
SQL
fi

steps="ev = 1, ev = 2, ev = 3"
names="ev::text, '{1,2,3}'"
# one actor (GROUP BY uid): the per-actor aggregates
# all rows (no GROUP BY): the summary aggregates; "actors" = val % 1,000,000;
# "distinct" and "days": every row a distinct key (the fits' histograms, the
# purchase days of clv_summary), the largest states and sorts
declare -a queries=(
    "window_funnel|SELECT window_funnel('1 day', ts, $steps) FROM cancel_latency_events GROUP BY uid"
    "window_funnel exclude|SELECT window_funnel('1 day', 'exclude=1:3', ts, $steps, ev = 4) FROM cancel_latency_events GROUP BY uid"
    "window_funnel names|SELECT window_funnel('1 day', ts, $names) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_times|SELECT window_funnel_times('1 day', ts, $steps) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_times exclude|SELECT window_funnel_times('1 day', 'exclude=1:3', ts, $steps, ev = 4) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_times names|SELECT window_funnel_times('1 day', ts, $names) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_value|SELECT window_funnel_value('1 day', '', ts, 1, val, $steps) FROM cancel_latency_events GROUP BY uid"
    "window_funnel_value exclude|SELECT window_funnel_value('1 day', 'exclude=1:3', ts, 1, val, $steps, ev = 4) FROM cancel_latency_events GROUP BY uid"
    "funnel_counts|SELECT funnel_counts(uid, '1 day', ts, $steps) FROM cancel_latency_events"
    "funnel_counts exclude|SELECT funnel_counts(uid, '1 day', 'exclude=1:3', ts, $steps, ev = 4) FROM cancel_latency_events"
    "funnel_counts names|SELECT funnel_counts(uid, '1 day', ts, $names) FROM cancel_latency_events"
    "funnel_counts actors|SELECT funnel_counts(val % 1000000, '1 day', ts, $steps) FROM cancel_latency_events"
    "retention|SELECT retention(ev = 1, ev = 2, ev = 3) FROM cancel_latency_events GROUP BY uid"
    "retention_actor|SELECT retention_actor(ts, 'period=day') FROM cancel_latency_events GROUP BY uid"
    "retention_actor value|SELECT retention_actor(ts, 'period=hour', true, true, val) FROM cancel_latency_events GROUP BY uid"
    "retention_matrix|SELECT retention_matrix(uid, ts, 'period=day') FROM cancel_latency_events"
    "retention_matrix actors|SELECT retention_matrix(val % 1000000, ts, 'period=day') FROM cancel_latency_events"
    "retention_merge|SELECT retention_merge(s.r) FROM cancel_latency_events, (SELECT r FROM cancel_latency_states LIMIT 1) s"
    "rfm_breaks|SELECT rfm_breaks(val::float8) FROM cancel_latency_events"
    "rfm_breaks numeric 10|SELECT rfm_breaks(val::numeric, 10) FROM cancel_latency_events"
    "rfm_breaks timestamptz|SELECT rfm_breaks(ts) FROM cancel_latency_events"
    "moments|SELECT moments(val::float8) FROM cancel_latency_events"
    "moments_merge|SELECT moments_merge(s.m) FROM cancel_latency_events, (SELECT m FROM cancel_latency_states LIMIT 1) s"
    "comoments|SELECT comoments(val::float8, ev::float8) FROM cancel_latency_events"
    "comoments_merge|SELECT comoments_merge(s.c) FROM cancel_latency_events, (SELECT c FROM cancel_latency_states LIMIT 1) s"
    "experiment_summary|SELECT experiment_summary(CASE WHEN ev = 1 THEN 'A' ELSE 'B' END, val::float8) FROM cancel_latency_events"
    "experiment_summary_merge|SELECT experiment_summary_merge(s.e) FROM cancel_latency_events, (SELECT e FROM cancel_latency_states LIMIT 1) s"
    "bgnbd_fit|SELECT bgnbd_fit((val % 20)::float8, CASE WHEN val % 20 = 0 THEN 0 ELSE 1 + val % 50 END, 52) FROM cancel_latency_events"
    "bgnbd_fit distinct|SELECT bgnbd_fit((val % 20)::float8, CASE WHEN val % 20 = 0 THEN 0 ELSE 1 + val % 50 + val * 1e-8 END, 52) FROM cancel_latency_events"
    "gamma_gamma_fit|SELECT gamma_gamma_fit(1 + (val % 20)::float8, 5 + (val % 97)::float8) FROM cancel_latency_events"
    "gamma_gamma_fit distinct|SELECT gamma_gamma_fit(1 + (val % 20)::float8, 5 + val * 1e-3) FROM cancel_latency_events"
    "clv_summary|SELECT clv_summary(ts, val::float8, timestamptz '2027-01-01', 'days') FROM cancel_latency_events GROUP BY uid"
    "clv_summary days|SELECT clv_summary(timestamptz '1800-01-01' + val * interval '1 hour', val::float8, timestamptz '2400-01-01', 'days') FROM cancel_latency_events GROUP BY uid"
)
serial="SET max_parallel_workers_per_gather = 0;"
parallel="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = on;"

only=${PGG_CANCEL_ONLY:-.}
# further timeouts (ms) to cancel the later phases too (final, combine, the
# Finalize step): the last columns are the worst delay past any of them
probes=${PGG_CANCEL_PROBES:-}
# run one query under a timeout (ms); prints "elapsed_ms note"
run_one() {
    local plan=$1 to=$2 sql=$3 t0 t1 out note
    t0=$(date +%s%N)
    out=$(psql -X -q -c "$plan" -c "SET statement_timeout = $to" -c "$sql" 2>&1)
    t1=$(date +%s%N)
    case $out in *"statement timeout"*) note="" ;; *ERROR*) note="!" ;; *) note="*" ;; esac
    echo "$(((t1 - t0) / 1000000)) $note"
}
hdr=$(printf '%-30s %12s %12s' "query ($n rows)" "serial ms" "parallel ms")
[ -n "$probes" ] && hdr="$hdr $(printf '%12s %12s' "late serial" "late par.")"
printf '%s\n' "$hdr"
for q in "${queries[@]}"; do
    name=${q%%|*} sql=${q#*|}
    [[ $name =~ $only ]] || continue
    row=$(printf '%-30s' "$name")
    lates=()
    for plan in "$serial" "$parallel"; do
        read -r ms note < <(run_one "$plan" 1000 "$sql")
        row="$row $(printf '%11d%1s' "$ms" "$note")"
        late=0
        [ -z "$note" ] && late=$((ms - 1000))
        for to in $probes; do
            read -r ms note < <(run_one "$plan" "$to" "$sql")
            [ -z "$note" ] && [ $((ms - to)) -gt "$late" ] && late=$((ms - to))
        done
        lates+=("$late")
    done
    [ -n "$probes" ] && row="$row $(printf '%12d %12d' "${lates[0]}" "${lates[1]}")"
    if psql -X -q -c "$parallel" -c "EXPLAIN $sql" 2>/dev/null | grep -q 'Partial'; then row="$row P"; fi
    printf '%s\n' "$row"
done
echo "(* = finished before the timeout: the figure is the run time, not a cancel latency;"
echo " ! = another error; P = the forced parallel plan has a Partial Aggregate;"
echo " late = the longest a cancel took past any timeout of 1000 ${probes:+and }${probes} ms)"
[ "${PGG_CANCEL_KEEP:-0}" = 1 ] ||
    pgg_psql -c "DROP TABLE cancel_latency_events, cancel_latency_states" >/dev/null
