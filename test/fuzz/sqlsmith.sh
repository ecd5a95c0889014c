#!/usr/bin/env bash
# test/fuzz/sqlsmith.sh [MAX_QUERIES]: random SQL from Debian's sqlsmith against
# a database with pg_growth.
#
# Installs what is missing (test/lib.sh, plus the sqlsmith package), builds and
# installs the extension and starts a throwaway cluster, then makes a database
# owned by a role that is not a superuser (the trusted install of test/test.sh)
# with the tables below; sqlsmith runs as another role that may only read them
# (it calls functions at random, lo_export and friends included, and its
# DELETEs and UPDATEs would empty the tables early in the run):
#   events            test/data/events.sql, PGG_SQLSMITH_USERS users (default 100)
#   mv_funnel         window_funnel level and window_funnel_times per user
#   mv_funnel_counts  funnel_counts (bigint[])
#   mv_retention      retention_matrix (float8[]) and retention_rows
#   mv_rfm            rfm() per customer, rfm_breaks of R, F and M
#   mv_clv            clv_summary per customer, bgnbd_fit and gamma_gamma_fit
#   mv_experiment     experiment_summary (experiment_state) per week
# so that sqlsmith finds columns of the extension's types to pass to its
# functions.  sqlsmith then runs MAX_QUERIES queries (default
# PGG_SQLSMITH_QUERIES or 20000; --seed PGG_SQLSMITH_SEED, default 17;
# --exclude-catalog), at most PGG_SQLSMITH_SECONDS seconds (default 600); when
# the server restarts, sqlsmith is started again (next seed) for the rest.
#
# Reported: queries run, crashes (server processes killed by a signal, server
# restarts), internal errors (SQLSTATE XX000, with their statements), and the
# queries whose text calls one of the extension's functions (names from the
# catalog).  Queries are kept in the work directory printed at the end when
# something failed.
#
# An XX000 in a statement that calls no pg_growth function is PostgreSQL's own
# (sqlsmith finds a few in any database: "invalid INTERVAL typmod" from
# intervaltypmodout(56), "failed to find conversion function from unknown to
# text" from cast(nullif(cast(null as unknown), cast(null as unknown)) as
# unknown)); it is listed but does not fail the run.
#
# Last line: "sqlsmith: N queries ..., C crashes (R restarts), X internal errors
# (XX000; Y in queries calling pg_growth), U queries (P%) used pg_growth
# functions"; exit status 0 iff C = 0 and Y = 0.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
MAXQ=${1:-${PGG_SQLSMITH_QUERIES:-20000}}
SECS=${PGG_SQLSMITH_SECONDS:-600}
SEED=${PGG_SQLSMITH_SEED:-17}
USERS=${PGG_SQLSMITH_USERS:-100}
case "$MAXQ$SECS$SEED$USERS" in *[!0-9]*) pgg_die "usage: test/fuzz/sqlsmith.sh [MAX_QUERIES]";; esac

pgg_need_packages
if [ "${PGG_SKIP_DEPS:-}" != 1 ] && ! command -v sqlsmith >/dev/null 2>&1; then
    pgg_log "installing missing packages: sqlsmith"
    pgg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || pgg_die "apt-get update failed"
    pgg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlsmith \
        >/dev/null || pgg_die "apt-get install sqlsmith failed"
fi
pgg_build_install
pgg_start_cluster
[ "${PGG_EXTERNAL:-0}" = 0 ] || pgg_die "test/fuzz/sqlsmith.sh needs its own throwaway cluster (unset PGHOST/PGPORT/PGDATABASE)"
W=$(mktemp -d /tmp/pgg_sqlsmith.XXXXXX)
keep=${PGG_SQLSMITH_KEEP:-0}   # 1: keep the work directory (queries, logs)
trap 'pgg_stop_cluster; [ "$keep" = 1 ] || rm -rf "$W"' EXIT

# SQLSTATE in every server log line, statements of errors logged
cat >>"$PGG_TMP/data/postgresql.conf" <<'CONF'
log_line_prefix = '%m [%p] %e '
log_min_error_statement = error
CONF
pgg_psql -c "SELECT pg_reload_conf()" >/dev/null

# ---- the database ---------------------------------------------------------------------
db=pgg_smith
pgg_log "making database $db ($USERS users) with tables and views that use the extension"
pgg_psql -d postgres <<SQL >/dev/null || pgg_die "cannot create $db"
SET client_min_messages = warning;
CREATE ROLE pgg_smith LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE pgg_smith_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE $db OWNER pgg_smith;
SQL
export PGDATABASE=$db PGUSER=pgg_smith
pgg_psql -c "CREATE EXTENSION pg_growth" >/dev/null || pgg_die "cannot create the extension"
PGOPTIONS="-c client_min_messages=warning" pgg_psql -v users="$USERS" -f "$PGG_ROOT/test/data/events.sql" >/dev/null ||
    pgg_die "cannot load events"
PGOPTIONS="-c client_min_messages=error" pgg_psql <<'SQL' >/dev/null || pgg_die "cannot create the views"
SET TimeZone = 'UTC';
CREATE MATERIALIZED VIEW mv_funnel AS
SELECT user_id, min(variant) AS variant,
       window_funnel('1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart',
                     event_name = 'checkout', event_name = 'purchase') AS level,
       window_funnel_times('1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart',
                           event_name = 'checkout', event_name = 'purchase') AS times
FROM events GROUP BY user_id;
CREATE MATERIALIZED VIEW mv_funnel_counts AS
SELECT variant, funnel_counts(user_id, '1 day', event_time, event_name = 'page_view', event_name = 'add_to_cart',
                              event_name = 'checkout', event_name = 'purchase') AS counts
FROM events GROUP BY variant;
CREATE MATERIALIZED VIEW mv_retention AS
SELECT retention_matrix(user_id, event_time, 'period=week') AS matrix FROM events;
CREATE MATERIALIZED VIEW mv_retention_rows AS
SELECT r.* FROM mv_retention m, retention_rows(m.matrix, true) r;
CREATE MATERIALIZED VIEW mv_rfm AS
SELECT * FROM rfm('events', as_of => '2026-04-01');
CREATE MATERIALIZED VIEW mv_rfm_breaks AS
SELECT rfm_breaks(last_purchase) AS r_breaks, rfm_breaks(frequency) AS f_breaks, rfm_breaks(monetary) AS m_breaks
FROM mv_rfm;
CREATE MATERIALIZED VIEW mv_clv AS
SELECT user_id, (s).* FROM (SELECT user_id, clv_summary(event_time, revenue, timestamptz '2026-07-01', 'weeks') AS s
                            FROM events WHERE event_name = 'purchase' GROUP BY user_id) q
WHERE s IS NOT NULL;
CREATE MATERIALIZED VIEW mv_clv_fit AS
SELECT bgnbd_fit(frequency, recency, age) AS bg, gamma_gamma_fit(frequency, monetary) AS gg FROM mv_clv;
CREATE MATERIALIZED VIEW mv_experiment AS
SELECT date_trunc('week', event_time) AS week, experiment_summary(variant, coalesce(revenue, 0)::float8) AS s
FROM events GROUP BY 1;
ANALYZE;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgg_smith_reader;
SQL

# the extension's functions (and aggregates), by name
psql -X -At -c "SELECT DISTINCT p.proname FROM pg_proc p
    JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_growth'" >"$W/functions.txt"
nfun=$(wc -l <"$W/functions.txt")

# ---- sqlsmith -------------------------------------------------------------------------------
target="host=$PGHOST port=$PGPORT dbname=$db user=pgg_smith_reader"
pgg_log "sqlsmith: $MAXQ queries at most, $SECS s at most, seed $SEED ($nfun functions of pg_growth in the catalog)"
t0=$(date +%s) run=0 done_q=0
while :; do
    left=$((MAXQ - done_q)); tleft=$((SECS - ($(date +%s) - t0)))
    [ "$left" -gt 0 ] && [ "$tleft" -gt 5 ] || break
    run=$((run + 1))
    timeout --signal=INT --kill-after=10 "$tleft" sqlsmith --target="$target" --seed=$((SEED + run - 1)) \
        --max-queries="$left" --exclude-catalog --verbose --dump-all-queries \
        >"$W/queries.$run.sql" 2>"$W/sqlsmith.$run.err"
    rc=$?
    n=$(python3 - "$W/queries.$run.sql" <<'PY'
import sys
text = open(sys.argv[1], errors="replace").read()
print(sum(1 for q in text.split(";\n") if q.strip()))
PY
)
    done_q=$((done_q + n))
    printf 'sqlsmith run %d (seed %d): %d queries, exit %d: %s\n' "$run" $((SEED + run - 1)) "$n" "$rc" \
        "$(tr '\r' '\n' <"$W/sqlsmith.$run.err" | grep -v '^\s*$' | tail -n 1 | cut -c1-120)"
    [ "$rc" = 0 ] && break                  # reached --max-queries
    [ "$rc" = 124 ] && break                # time is up
    # the server went away (a crash): wait until it accepts connections again
    for _ in $(seq 1 60); do psql -X -At -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
    [ "$run" -ge 50 ] && break
done
secs=$(($(date +%s) - t0))

# ---- figures --------------------------------------------------------------------------------
log=$PGG_TMP/server.log
crashes=$(grep -cE 'terminated by signal|was terminated by exception' "$log" || true)
restarts=$(grep -c 'all server processes terminated; reinitializing' "$log" || true)
# XX000 errors, each with its statement: does the statement call a pg_growth function?
xxs=$(python3 - "$W/functions.txt" "$log" <<'PY'
import re, sys
names = [l.strip() for l in open(sys.argv[1]) if l.strip()]
pat = re.compile(r'(?<![A-Za-z0-9_$"])"?(?:' + "|".join(re.escape(n) for n in names) + r')"?\s*\(')
entries = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", open(sys.argv[2], errors="replace").read())
total = ours = 0
for i, e in enumerate(entries):
    if " XX000 ERROR:" not in e:
        continue
    total += 1
    msg = e.split("ERROR:", 1)[1].strip().splitlines()[0]
    st = entries[i + 1].split("STATEMENT:", 1)[1] if i + 1 < len(entries) and "STATEMENT:" in entries[i + 1] else ""
    calls = sorted(set(m.group(0).strip('"( \n\t').strip('"') for m in pat.finditer(st)))
    if calls:
        ours += 1
    print("XX000: %s (statement of %d lines; pg_growth functions called: %s)"
          % (msg, st.count("\n") + 1, ", ".join(calls) or "none"), file=sys.stderr)
    if calls:
        print(st.strip() + ";", file=sys.stderr)
print(total, ours)
PY
)
read -r xx xx_ours <<<"$xxs"
if [ "$crashes" != 0 ] || [ "$xx_ours" != 0 ]; then
    keep=1
    grep -E -A2 'terminated by signal|was terminated by exception' "$log" | head -n 30 >&2
    cp "$log" "$W/server.log"
fi
used=$(python3 - "$W/functions.txt" "$W"/queries.*.sql <<'PY'
import re, sys
names = [l.strip() for l in open(sys.argv[1]) if l.strip()]
pat = re.compile(r'(?<![A-Za-z0-9_$"])"?(?:' + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                 + r')"?\s*\(')
total = used = 0
per = {}
for f in sys.argv[2:]:
    for q in open(f, errors="replace").read().split(";\n"):
        if not q.strip():
            continue
        total += 1
        hits = set(m.group(0).strip('"( \n').strip('"') for m in pat.finditer(q))
        if hits:
            used += 1
            for h in hits:
                per[h] = per.get(h, 0) + 1
top = ", ".join("%s %d" % kv for kv in sorted(per.items(), key=lambda kv: -kv[1])[:12])
print("%d %d %d %s" % (total, used, len(per), top or "-"))
PY
)
read -r nq nused ndistinct top <<<"$used"
# sqlsmith's own tally of errors (last report of each run)
errs=$(tr '\r' '\n' <"$W/sqlsmith.$run.err" | grep -nE '^[0-9]+\s+ERROR:' |
       awk -F: '{ if (prev && $1 != prev + 1) buf = ""; prev = $1; sub(/^[0-9]+:/, ""); buf = buf $0 "\n" }
                END { printf "%s", buf }' | sort -rn | head -n 6 | cut -c1-110)
[ -n "$errs" ] && printf 'most frequent errors (last tally of sqlsmith):\n%s\n' "$errs"
printf 'pg_growth functions called: %d of %d distinct; most called: %s\n' "$ndistinct" "$nfun" "$top"
[ "$keep" = 1 ] && printf 'queries and server log kept in %s\n' "$W"
pct=$(awk -v a="$nused" -v b="$nq" 'BEGIN { printf "%.1f", b ? 100 * a / b : 0 }')
printf 'sqlsmith: %d queries in %d s (%d runs), %d crashes (%d restarts), %d internal errors (XX000; %d in queries calling pg_growth), %d queries (%s%%) used pg_growth functions\n' \
    "$nq" "$secs" "$run" "$crashes" "$restarts" "$xx" "$xx_ours" "$nused" "$pct"
[ "$crashes" = 0 ] && [ "$xx_ours" = 0 ]
