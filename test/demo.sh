#!/usr/bin/env bash
# test/demo.sh: the pg_growth demo.
#
# Installs what is missing, builds, installs, starts a throwaway cluster (or
# uses PGHOST/PGPORT/PGDATABASE), loads the demo events table
# (test/data/events.sql, PGG_DEMO_USERS users, default 5000) and the growth
# seeds beside it (test/data/growth.sql: signups with a channel, invites,
# shares), and prints the answer of every capability: each
# test/demo/NN_name.sql in name order.
set -u
. "$(dirname "$0")/lib.sh"

pgg_need_packages
pgg_build_install >/dev/null
pgg_start_cluster
db=pg_growth_demo
if [ "$PGG_EXTERNAL" = 0 ]; then
    pgg_psql -d postgres -c "CREATE DATABASE $db" >/dev/null
    export PGDATABASE=$db
fi
pgg_psql -c "CREATE EXTENSION IF NOT EXISTS pg_growth" 2>/dev/null
pgg_scratch_schema growth_demo
users=${PGG_DEMO_USERS:-5000}
pgg_log "loading the demo events table ($users users)"
pgg_psql -v users="$users" -f "$PGG_ROOT/test/data/events.sql" >/dev/null || pgg_die "generator failed"
pgg_log "loading the growth seeds (signups, invites, shares)"
pgg_psql -f "$PGG_ROOT/test/data/growth.sql" >/dev/null || pgg_die "growth seed generator failed"
echo
psql -X -At -c "SELECT format('events: %s rows, %s users, %s to %s', count(*), count(DISTINCT user_id),
                              min(event_time)::date, max(event_time)::date) FROM events"
for f in "$PGG_ROOT"/test/demo/*.sql; do
    [ -e "$f" ] || continue
    echo
    (cd "$PGG_ROOT/test/demo" && psql -X -v ON_ERROR_STOP=1 -q -P footer=off -P null='' -f "$f") ||
        pgg_die "demo step $(basename "$f") failed"
done
