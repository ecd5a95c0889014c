#!/usr/bin/env bash
# test/citus.sh: pg_growth on a real Citus cluster (doc/citus.md).
#
# Starts a coordinator and two workers in a temporary directory (as a
# non-root user, shared_preload_libraries = citus, loopback only), registers
# the workers, creates the extensions, generates events (test/data/events.sql
# plus NULL rows and a text-actor copy), distributes them by the actor column
# and keeps a plain local copy of each.  Then, for every aggregate and every
# query form that doc/citus.md documents (test/citus_checks.py), it checks
#   result: the query runs on the distributed table and gives the answer of
#           the plain copy (floats within a relative 1e-11: a split sum adds
#           in another order, see doc/citus.md);
#   plan:   EXPLAIN (VERBOSE) shows the expected shape: "whole" (the
#           aggregate runs inside the shard queries), "split"
#           (worker_partial_agg on the workers, coord_combine_agg on the
#           coordinator) or "pulled" (the shard queries return the rows and
#           the coordinator aggregates them).  A summary aggregate with an
#           internal state is pulled by Citus 13: its line says "pulled"
#           and passes (splitting it needs a state type Citus can ship,
#           pgg_state); a split query must also run with 'disabled'.
# and what citus.coordinator_aggregation_strategy = 'disabled' does with it.
# One line per check; the last line is "N passed, M failed".
#
# Citus is found through PGG_CITUS_PREFIX=DIR, a private server tree with
# Citus installed in it (DIR/usr/lib/postgresql/15/..., built as doc/citus.md
# says); pg_growth is built and installed into that tree.  Without
# PGG_CITUS_PREFIX the system server is used when it has Citus.  With no
# citus.control in the extension directory, the script says
# "citus: skipped (no Citus installation)" and exits 0.
#
# Environment: PGG_CITUS_PREFIX (above), PGG_CITUS_USERS (generated users,
# default 3000), PGG_CITUS_PORT (first TCP port to try, default 55700),
# PGG_CITUS_KEEP=1 (leave the cluster running, for a developer to look at),
# PGG_CITUS_PLANS=DIR (write each query's EXPLAIN there), PGG_CITUS_TABLE=FILE
# (write the results as a Markdown table).
set -u
. "$(dirname "$0")/lib.sh"

PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config"
[ -x "$PG_CONFIG" ] || PG_CONFIG=$(command -v pg_config)
if [ -z "$PG_CONFIG" ] || [ ! -x "$PG_CONFIG" ]; then
    echo "citus: skipped (no Citus installation: no PostgreSQL $PG_MAJOR pg_config)"
    exit 0
fi
ext_dir="${PGG_CITUS_PREFIX:-}$("$PG_CONFIG" --sharedir)/extension"
if [ ! -f "$ext_dir/citus.control" ]; then
    echo "citus: skipped (no Citus installation: no citus.control in $ext_dir; set PGG_CITUS_PREFIX, see doc/citus.md)"
    exit 0
fi

export PGG_SKIP_DEPS=1
if [ -n "${PGG_CITUS_PREFIX:-}" ]; then export PGG_PRIVATE_INSTALL=$PGG_CITUS_PREFIX; fi
pgg_build_install

# ---- the cluster: a coordinator and two workers ------------------------------
CT=$(mktemp -d /tmp/pg_growth_citus.XXXXXX)
runas=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    chown postgres "$CT"
    runas=(runuser -u postgres --)
fi
nodes=(coord w1 w2)
ports=()
cleanup() {
    local n
    if [ "${PGG_CITUS_KEEP:-}" = 1 ]; then
        pgg_log "cluster kept (PGG_CITUS_KEEP=1): export PGHOST=$CT PGPORT=${ports[0]} PGUSER=postgres; stop each node with: ${runas[*]} $PGG_SERVER_BINDIR/pg_ctl -D $CT/<coord|w1|w2> stop"
        return 0
    fi
    for n in "${nodes[@]}"; do
        [ -f "$CT/$n/postmaster.pid" ] &&
            (cd "$CT" && "${runas[@]}" "$PGG_SERVER_BINDIR/pg_ctl" -D "$CT/$n" -m immediate -w stop >/dev/null 2>&1)
    done
    rm -rf "$CT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=${PGG_CITUS_PORT:-55700}
for n in "${nodes[@]}"; do
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    ports+=("$port")
    (cd "$CT" && "${runas[@]}" "$PGG_SERVER_BINDIR/initdb" -D "$CT/$n" -U postgres --auth=trust \
        --no-sync -E UTF8 --locale=C >"$CT/initdb_$n.log" 2>&1) ||
        { cat "$CT/initdb_$n.log" >&2; pgg_die "initdb of $n failed"; }
    cat >>"$CT/$n/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$CT'
port = $port
shared_preload_libraries = 'citus'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = '128MB'
max_connections = 60
max_worker_processes = 12
max_parallel_workers_per_gather = 0
timezone = 'UTC'
citus.shard_count = 8
CONF
    (cd "$CT" && "${runas[@]}" "$PGG_SERVER_BINDIR/pg_ctl" -D "$CT/$n" -l "$CT/$n.log" -w -t 60 start >/dev/null) ||
        { cat "$CT/$n.log" >&2; pgg_die "server $n did not start"; }
    port=$((port + 1))
done
pgg_log "Citus cluster in $CT: coordinator ${ports[0]}, workers ${ports[1]} ${ports[2]}"
export PGHOST=$CT PGPORT=${ports[0]} PGUSER=postgres PGDATABASE=postgres
wpsql() { PGPORT=$1 psql -X -v ON_ERROR_STOP=1 -q -d postgres "${@:2}"; }
for i in 1 2; do wpsql "${ports[$i]}" -c "CREATE EXTENSION citus" >/dev/null || pgg_die "CREATE EXTENSION citus on worker $i failed"; done
pgg_psql <<SQL >/dev/null || pgg_die "cluster setup failed"
CREATE EXTENSION citus;
SELECT citus_set_coordinator_host('127.0.0.1', ${ports[0]});
SELECT citus_add_node('127.0.0.1', ${ports[1]});
SELECT citus_add_node('127.0.0.1', ${ports[2]});
CREATE EXTENSION pg_growth;
SQL
pgg_log "citus $(psql -XAt -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'"), pg_growth $(psql -XAt -c "SELECT extversion FROM pg_extension WHERE extname = 'pg_growth'") on every node"

# ---- the data: distributed tables and their plain copies ---------------------
pgg_log "generating ${PGG_CITUS_USERS:-3000} users of events"
pgg_psql -v users="${PGG_CITUS_USERS:-3000}" -f "$PGG_ROOT/test/data/events.sql" >/dev/null ||
    pgg_die "events generator failed"
PGOPTIONS="-c client_min_messages=warning" pgg_psql <<'SQL' >/dev/null || pgg_die "distributing the tables failed"
-- rows with NULLs: a NULL variant, a NULL time, a NULL revenue on a purchase
INSERT INTO events (user_id, event_name, event_time, variant, revenue)
SELECT u, e, t, v, r
FROM (VALUES (900001, 'page_view', timestamptz '2026-02-01 10:00+00', NULL, NULL),
             (900001, 'purchase', timestamptz '2026-02-01 10:05+00', NULL, 12.50),
             (900002, 'page_view', NULL, 'A', NULL),
             (900002, 'purchase', timestamptz '2026-03-08 06:30+00', 'A', NULL),
             (900003, 'page_view', timestamptz '2026-03-29 00:30+00', 'B', NULL)) x(u, e, t, v, r);
-- a text actor (the same users as text, 'u' || id), for the other actor type
CREATE TABLE events_text AS SELECT 'u' || user_id AS actor, event_name, event_time, variant, revenue FROM events;
CREATE TABLE events_plain AS SELECT * FROM events;
CREATE TABLE events_text_plain AS SELECT * FROM events_text;
-- a table of stored activities, one row per user (doc/engagement.md, "Stored activity")
CREATE TABLE activities AS
SELECT user_id, activity(event_time, 'UTC') AS act, activity(event_time, 'America/New_York') AS act_ny
FROM events GROUP BY user_id;
CREATE TABLE activities_plain AS SELECT * FROM activities;
SELECT create_distributed_table('events', 'user_id');
SELECT create_distributed_table('events_text', 'actor');
SELECT create_distributed_table('activities', 'user_id');
ANALYZE events; ANALYZE events_text; ANALYZE events_plain; ANALYZE events_text_plain;
ANALYZE activities; ANALYZE activities_plain;
SQL
pgg_log "$(psql -XAt -c "SELECT count(*) FROM events") events, $(psql -XAt -c "SELECT count(DISTINCT user_id) FROM events") users; tables events, events_text and activities distributed"

# ---- the checks -------------------------------------------------------------
python3 "$PGG_ROOT/test/citus_checks.py"
