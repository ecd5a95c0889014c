#!/usr/bin/env bash
# test/bench/run.sh: the pg_growth bench.
#
#   bash test/bench/run.sh [QUERY_NAME ...]
#
# Builds and installs the extension, starts a throwaway cluster (or uses
# PGHOST/PGPORT/PGDATABASE), generates the events table with
# test/data/events.sql (PGG_BENCH_USERS users, default 500000: about 20M rows),
# then runs every query of test/bench/queries/ (or the ones named) and every
# baseline it names PGG_BENCH_RUNS times (default 5), interleaved, and prints
# the median, the minimum and the ratio of each query's median to each of its
# baselines' medians, all measured in the same run.  Each timed run is preceded by a
# sync and an untimed scan of the events table, so every query starts from the same state.
#
# A query file names its baselines in a header line
#   -- compare: count_star, group_by_user_4counts, funnel_plain_cte
# Baselines live in test/bench/baselines/NAME.sql; a name without a baseline
# file is a query of test/bench/queries/ (the same answer by another route,
# say retention_weekly for retention_weekly_from_activity).  A query that
# reads a table another query builds names that query in a header line
#   -- setup: activity_build
# which is run once before the warm-up (and is itself timed only when it is
# among the queries run).  A baseline whose header has
#   -- timeout: 120
# is cancelled after that many seconds and reported as "> 120000 ms" (its ratio
# then is an upper bound).  Set PGG_BENCH_KEEP=1 with an existing server to
# reuse an events table already generated at the same size.
set -u
. "$(dirname "$0")/../lib.sh"
BENCH=$PGG_ROOT/test/bench
USERS=${PGG_BENCH_USERS:-500000}
RUNS=${PGG_BENCH_RUNS:-5}

pgg_need_packages
pgg_build_install
pgg_start_cluster
pgg_psql -c "DROP EXTENSION IF EXISTS pg_growth CASCADE" -c "CREATE EXTENSION pg_growth" >/dev/null 2>&1 ||
    pgg_psql -c "CREATE EXTENSION IF NOT EXISTS pg_growth"
pgg_scratch_schema growth_bench

have=$(psql -X -At -c "SELECT count(DISTINCT user_id) FROM events" 2>/dev/null || echo 0)
if [ "${PGG_BENCH_KEEP:-0}" = 1 ] && [ "$have" = "$USERS" ]; then
    pgg_log "reusing the events table ($USERS users)"
else
    pgg_log "generating the events table: $USERS users"
    t0=$(date +%s)
    pgg_psql -v users="$USERS" -f "$PGG_ROOT/test/data/events.sql" >/dev/null || pgg_die "generator failed"
    pgg_psql -c "VACUUM ANALYZE events" >/dev/null
    pgg_log "generated $(psql -X -At -c 'SELECT count(*) FROM events') rows in $(( $(date +%s) - t0 )) s"
fi

# header value of a query file: hdr FILE KEY
hdr() { sed -n "s/^-- $2:[[:space:]]*//p" "$1" | head -n 1; }

# time one query file once; prints milliseconds (or "timeout:MS")
time_query() {
    local f=$1 to ms out
    to=$(hdr "$f" timeout)
    out=$( { echo "SET TimeZone = 'UTC';"
             [ -n "$to" ] && echo "SET statement_timeout = '${to}s';"
             echo '\timing on'
             echo '\o /dev/null'
             cat "$f"; } | psql -X -q 2>&1)
    if printf '%s\n' "$out" | grep -q 'canceling statement due to statement timeout'; then
        echo "timeout:$((to * 1000))"; return
    fi
    if printf '%s\n' "$out" | grep -q '^ERROR'; then
        printf '%s\n' "$out" | grep '^ERROR' >&2; echo "error"; return
    fi
    ms=$(printf '%s\n' "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{s += $1} END {printf "%.1f", s}')
    echo "$ms"
}

# Before each timed query, flush dirty pages and read the events table once (untimed):
# every query then starts from the same cache and disk state, not from the one the query
# before it left (a plain-SQL baseline that runs for minutes spills gigabytes to temporary
# files; their write-back and the table's eviction were paid by the query timed after it).
prewarm() { sync; psql -X -q -c "SELECT count(*) FROM events" >/dev/null 2>&1; }

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

if [ $# -gt 0 ]; then
    queries=(); for q in "$@"; do queries+=("$BENCH/queries/$q.sql"); done
else
    queries=("$BENCH"/queries/*.sql)
fi
declare -A file times
names=()
for f in "${queries[@]}"; do
    [ -f "$f" ] || pgg_die "no such bench query: $f"
    n=$(basename "$f" .sql); file[$n]=$f; names+=("$n")
    for b in $(hdr "$f" compare | tr ',' ' '); do
        [ -n "${file[$b]:-}" ] && continue
        if [ -f "$BENCH/baselines/$b.sql" ]; then
            file[$b]=$BENCH/baselines/$b.sql
        elif [ -f "$BENCH/queries/$b.sql" ]; then
            file[$b]=$BENCH/queries/$b.sql
        else
            pgg_die "$n names a missing baseline $b"
        fi
        names+=("$b")
    done
done

# setups: the queries that build what others read, once, before anything is timed
declare -A setup_done
for n in "${names[@]}"; do
    for s in $(hdr "${file[$n]}" setup | tr ',' ' '); do
        [ -n "${setup_done[$s]:-}" ] && continue
        [ -f "$BENCH/queries/$s.sql" ] || pgg_die "$n names a missing setup query $s"
        pgg_log "setup: $s"
        [ "$(time_query "$BENCH/queries/$s.sql")" != error ] || pgg_die "setup $s failed"
        setup_done[$s]=1
    done
done

pgg_log "running ${#names[@]} queries $RUNS times each (after one warm-up run)"
for n in "${names[@]}"; do time_query "${file[$n]}" >/dev/null; done
for r in $(seq "$RUNS"); do
    for n in "${names[@]}"; do
        prewarm
        t=$(time_query "${file[$n]}")
        times[$n]="${times[$n]:-} $t"
    done
done

declare -A med
echo
echo "pg_growth bench: $USERS users, $(psql -X -At -c 'SELECT count(*) FROM events') events, median of $RUNS runs, $(date -u +%Y-%m-%d)"
printf '%-32s %12s %12s\n' "query" "median ms" "min ms"
for n in "${names[@]}"; do
    v=${times[$n]}
    if [[ "$v" == *timeout:* ]]; then
        med[$n]=$(printf '%s\n' "$v" | tr ' ' '\n' | sed -n 's/timeout://p' | head -n 1)
        printf '%-32s %12s %12s\n' "$n" "> ${med[$n]}" "-"
    elif [[ "$v" == *error* ]]; then
        med[$n]=
        printf '%-32s %12s %12s\n' "$n" "error" "-"
    else
        med[$n]=$(printf '%s\n' "$v" | median)
        printf '%-32s %12s %12s\n' "$n" "${med[$n]}" "$(printf '%s\n' "$v" | tr ' ' '\n' | grep -v '^$' | sort -g | head -n 1)"
    fi
done
echo
echo "ratios (query median / baseline median, same run):"
for f in "${queries[@]}"; do
    n=$(basename "$f" .sql)
    for b in $(hdr "$f" compare | tr ',' ' '); do
        if [ -n "${med[$n]}" ] && [ -n "${med[$b]}" ]; then
            bound=""; [[ "${times[$b]}" == *timeout:* ]] && bound="< "
            printf '  %-30s / %-30s = %s%s\n' "$n" "$b" "$bound" "$(awk -v a="${med[$n]}" -v b="${med[$b]}" 'BEGIN {printf "%.3f", a / b}')"
        fi
    done
done
