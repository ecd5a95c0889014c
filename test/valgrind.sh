#!/usr/bin/env bash
# test/valgrind.sh [FILE ...]: the tests in a server under valgrind (memcheck).
#
# FILE is a pg_regress test (sql/NAME.sql) or a pgTAP suite
# (test/pgtap/NAME.sql); with none, every sql/*.sql and every
# test/pgtap/*.sql (slow: valgrind makes the server 20-50 times slower).
#
#   bash test/valgrind.sh sql/funnel.sql test/pgtap/funnel_random.sql
#
# What it does:
#   * installs what is missing (test/lib.sh, plus valgrind);
#   * builds the extension with -O0 -g in a copy of the tree (the objects of
#     this checkout are left alone) and installs it into a private copy of the
#     server tree (PGG_PRIVATE_INSTALL, by default inside the work directory;
#     nothing is installed system-wide);
#   * starts a throwaway cluster (test/lib.sh), then restarts its postmaster as
#       valgrind --leak-check=no --gen-suppressions=all --error-exitcode=128
#                --trace-children=yes --suppressions=test/valgrind.supp
#                --log-file=LOGDIR/%p.log postgres -D ...
#     so every server process (backends, parallel workers, autovacuum, ...)
#     writes its own valgrind log;
#   * runs the pg_regress tests (make installcheck REGRESS=...) and the pgTAP
#     suites (pg_prove, as the non-superuser owner of test/test.sh);
#   * reads the logs: every memcheck error, which test was running when its
#     process started, and whether its stacks hold a pg_growth frame (a frame
#     in pg_growth.so, a function named pgg_*, or a source file of this tree).
#
# JIT is off: LLVM's code is not ours, and compiling under valgrind takes
# minutes per query.  Debian's server is not built with USE_VALGRIND, so memcheck sees malloc
# blocks, not single palloc chunks: reads of uninitialized memory, use of
# freed malloc'd memory (large chunks, whole contexts), overruns past a block,
# bad system-call arguments.  An overrun that stays inside a palloc block goes
# unseen (that is what the fuzzers' CLOBBER/assert builds are for).
#
# Environment: PGG_VALGRIND_LOGDIR (where the logs go; default a new
# /tmp/pgg_valgrind.XXXXXX, kept), PGG_VALGRIND_OPTS (more valgrind options,
# e.g. --track-origins=yes), PGG_PRIVATE_INSTALL, PG_MAJOR (test/lib.sh).
#
# Last line: "valgrind: N errors in pg_growth frames, M in total (...)".
# Exit status 0 iff N = 0, no server process died abnormally and every test
# passed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
SRC_ROOT=$PGG_ROOT
t_start=$(date +%s)

# ---- arguments ----------------------------------------------------------------
regress=() taps=()
if [ $# = 0 ]; then
    for f in "$SRC_ROOT"/sql/*.sql; do regress+=("$(basename "$f" .sql)"); done
    for f in "$SRC_ROOT"/test/pgtap/*.sql; do taps+=("$(basename "$f" .sql)"); done
fi
for a in "$@"; do
    case "$a" in
        sql/*.sql|*/sql/*.sql) n=$(basename "$a" .sql); [ -f "$SRC_ROOT/sql/$n.sql" ] || pgg_die "no test sql/$n.sql"
                               regress+=("$n") ;;
        *pgtap/*.sql)          n=$(basename "$a" .sql); [ -f "$SRC_ROOT/test/pgtap/$n.sql" ] || pgg_die "no suite test/pgtap/$n.sql"
                               taps+=("$n") ;;
        -h|--help)             sed -n '2,40p' "$0"; exit 0 ;;
        *)                     pgg_die "not a test: $a (give sql/NAME.sql or test/pgtap/NAME.sql)" ;;
    esac
done

# ---- packages, build, install ------------------------------------------------------
pgg_need_packages
if [ "${PGG_SKIP_DEPS:-}" != 1 ] && ! command -v valgrind >/dev/null 2>&1; then
    pgg_log "installing missing packages: valgrind"
    pgg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || pgg_die "apt-get update failed"
    pgg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind \
        >/dev/null || pgg_die "apt-get install valgrind failed"
fi

WORK=$(mktemp -d /tmp/pgg_valgrind_build.XXXXXX); chmod 755 "$WORK"
LOGDIR=${PGG_VALGRIND_LOGDIR:-$(mktemp -d /tmp/pgg_valgrind.XXXXXX)}
mkdir -p "$LOGDIR"; rm -f "$LOGDIR"/*.log
cleanup() { pgg_stop_cluster; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# a copy of the sources, built -O0 -g (COPT is appended to CFLAGS by PGXS)
(cd "$SRC_ROOT" && tar cf - Makefile ./*.control META.json src sql expected test) |
    (mkdir -p "$WORK/tree" && cd "$WORK/tree" && tar xf -) || pgg_die "cannot copy the tree"
find "$WORK/tree" \( -name '*.o' -o -name '*.so' -o -name '*.bc' \) -delete
rm -f "$WORK/tree"/pg_growth--*.sql
PGG_ROOT=$WORK/tree
export COPT="-O0 -g"
export PGG_PRIVATE_INSTALL=${PGG_PRIVATE_INSTALL:-$WORK/install}
pgg_build_install
unset COPT

# ---- the cluster, restarted under valgrind ------------------------------------------
pgg_start_cluster
trap cleanup EXIT
[ "$PGG_EXTERNAL" = 0 ] || pgg_die "test/valgrind.sh needs its own throwaway cluster (unset PGHOST/PGPORT/PGDATABASE)"
"${PGG_RUNAS[@]}" "$PGG_SERVER_BINDIR/pg_ctl" -D "$PGG_TMP/data" -m fast -w stop >/dev/null ||
    pgg_die "cannot stop the cluster"
cat >>"$PGG_TMP/data/postgresql.conf" <<'CONF'
log_line_prefix = '%m [%p] %a '
log_connections = on
log_min_messages = warning
jit = off
CONF
chmod 777 "$LOGDIR"
vg=(valgrind --quiet --leak-check=no --gen-suppressions=all --error-exitcode=128
    --trace-children=yes --track-origins=no --num-callers=40 --fullpath-after=
    --suppressions="$SRC_ROOT/test/valgrind.supp" --log-file="$LOGDIR/%p.log"
    ${PGG_VALGRIND_OPTS:-})
pgg_log "starting the postmaster under valgrind (logs in $LOGDIR)"
(cd "$PGG_TMP" && "${PGG_RUNAS[@]}" "${vg[@]}" "$PGG_SERVER_BINDIR/postgres" -D "$PGG_TMP/data" \
    >>"$PGG_TMP/server.log" 2>&1 &)
# wait until the server accepts connections (at start, and after a crash
# restart: a process that hit an error exits with 128 and the postmaster
# restarts; recovery under valgrind takes a while)
ready() { local _; for _ in $(seq 1 600); do
    psql -X -At -d postgres -c 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }
ready || { tail -n 30 "$PGG_TMP/server.log" >&2; pgg_die "the server did not start under valgrind"; }

# which test was running when each process started: the log files that appear
marks=$LOGDIR/tests.txt; : >"$marks"
mark() { local f; for f in "$LOGDIR"/*.log; do
    [ -e "$f" ] || continue; grep -qxF "$(basename "$f")" "$LOGDIR/.seen" 2>/dev/null && continue
    basename "$f" >>"$LOGDIR/.seen"; printf '%s\t%s\n' "$(basename "$f")" "$1" >>"$marks"; done; }
: >"$LOGDIR/.seen"; mark startup

passed=0 failed=0
# ---- 1. pg_regress ---------------------------------------------------------------------
for t in "${regress[@]}"; do
    ready; s=$(date +%s)
    out=$(make -C "$PGG_ROOT" -s PG_CONFIG="$PG_CONFIG" installcheck REGRESS="$t" 2>&1)
    rc=$?
    if [ "$rc" = 0 ]; then r=ok; passed=$((passed + 1)); else r=FAILED; failed=$((failed + 1))
        cp "$PGG_ROOT/regression.diffs" "$LOGDIR/regression.$t.diffs" 2>/dev/null
        printf '%s\n' "$out" | tail -n 20 >&2; fi
    printf '%-40s %s (%ds)\n' "sql/$t" "$r" $(($(date +%s) - s))
    mark "sql/$t"
done

# ---- 2. pgTAP, as in test/test.sh -------------------------------------------------------
if [ ${#taps[@]} -gt 0 ]; then
    tapdb=pg_growth_tap
    pgg_psql -d postgres <<SQL >/dev/null || pgg_die "cannot prepare the pgTAP database"
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $tapdb;
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgg_tap_owner') THEN
        CREATE ROLE pgg_tap_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
END \$\$;
CREATE DATABASE $tapdb OWNER pgg_tap_owner;
SQL
    pgg_psql -d "$tapdb" -c "CREATE EXTENSION pgtap" >/dev/null || pgg_die "cannot create pgtap"
    pgg_psql -d "$tapdb" -c "SET ROLE pgg_tap_owner; CREATE EXTENSION pg_growth" >/dev/null ||
        pgg_die "cannot create pg_growth"
    mark setup
    export PGG_CDNOW_DIR="${PGG_CDNOW_DIR:-$(cd "$SRC_ROOT/.." && pwd)/shared/datasets/cdnow}"
    for t in "${taps[@]}"; do
        ready; s=$(date +%s)
        log=$(cd "$PGG_ROOT" && PGAPPNAME="pgtap/$t" PGOPTIONS="-c role=pgg_tap_owner" PGDATABASE=$tapdb \
            pg_prove -v --failures "test/pgtap/$t.sql" 2>&1)
        rc=$?
        bad=$(printf '%s\n' "$log" | grep -cE '^not ok [0-9]+' || true)
        ok=$(printf '%s\n' "$log" | grep -cE '^ok [0-9]+' || true)
        if [ "$rc" = 0 ] && [ "$bad" = 0 ]; then r=ok; passed=$((passed + 1)); else r=FAILED; failed=$((failed + 1))
            printf '%s\n' "$log" | grep -vE '^ok [0-9]+' | head -n 40 >&2; fi
        printf '%-40s %s, %d ok, %d failed (%ds)\n' "pgtap/$t" "$r" "$ok" "$bad" $(($(date +%s) - s))
        mark "pgtap/$t"
    done
fi

# ---- 3. stop, then read the logs -----------------------------------------------------
pgg_log "stopping the server"
"${PGG_RUNAS[@]}" "$PGG_SERVER_BINDIR/pg_ctl" -D "$PGG_TMP/data" -m fast -t 600 -w stop >/dev/null 2>&1
mark shutdown
cp "$PGG_TMP/server.log" "$LOGDIR/server.log"
abnormal=$(grep -cE 'terminated by (signal|exit code)|was terminated|exited with exit code [2-9]' "$LOGDIR/server.log" || true)
grep -E 'terminated by (signal|exit code)|was terminated|exited with exit code [2-9]' "$LOGDIR/server.log" | head -n 10 >&2

summary=$(python3 - "$LOGDIR" "$PGG_ROOT" <<'PY'
import os, re, sys
logdir, tree = sys.argv[1], sys.argv[2]
tests = {}
for line in open(os.path.join(logdir, "tests.txt")):
    f, t = line.rstrip("\n").split("\t", 1)
    tests[f] = t
head = re.compile(r"^==(\d+)== (\S.*)$")
frame = re.compile(r"^==\d+==\s+(at|by) 0x[0-9A-F]+: (.*)$")
def ours(fr):
    return ("pg_growth.so" in fr or re.match(r"pgg_\w+ ", fr) is not None
            or (tree + "/src/") in fr)
total = mine = 0
kinds = {}
shown = 0
for f in sorted(os.listdir(logdir)):
    if not f.endswith(".log") or f == "server.log":
        continue
    errs, cur = [], None
    for line in open(os.path.join(logdir, f), errors="replace"):
        line = line.rstrip("\n")
        m = head.match(line)
        if m and not line.startswith("==%s==    " % m.group(1)):
            text = m.group(2)
            if cur is None or cur["stack_done"]:
                if text.startswith(("Address ", "Uninitialised value was created",
                                    "Block was alloc'd", "HEAP SUMMARY", "For lists", "ERROR SUMMARY",
                                    "Use --track-origins")):
                    if cur is not None:
                        cur["lines"].append(line)
                        cur["stack_done"] = False
                    continue
                cur = {"kind": text, "lines": [line], "stack_done": False}
                errs.append(cur)
            else:
                cur["lines"].append(line)
            continue
        if cur is not None:
            if frame.match(line):
                cur["lines"].append(line)
            elif line.startswith("=="):
                cur["stack_done"] = True
            elif line.startswith(("{", "}", "   ")):
                cur["lines"].append(line)
                cur["stack_done"] = True
    for e in errs:
        if not any(frame.match(l) for l in e["lines"]):
            continue
        total += 1
        k = re.sub(r"\d+", "N", e["kind"])
        kinds[k] = kinds.get(k, 0) + 1
        frames = [frame.match(l).group(2) for l in e["lines"] if frame.match(l)]
        if any(ours(fr) for fr in frames):
            mine += 1
            if shown < 20:
                shown += 1
                print("---- pg_growth error in %s (process started during %s)" % (f, tests.get(f, "?")), file=sys.stderr)
                print("\n".join(l for l in e["lines"] if not l.startswith(("{", "}", "   "))), file=sys.stderr)
        elif total - mine <= 5:
            print("---- server error in %s (during %s): %s | %s" % (f, tests.get(f, "?"), e["kind"],
                  " <- ".join(fr.split(" (")[0] for fr in frames[:8])), file=sys.stderr)
nproc = sum(1 for f in os.listdir(logdir) if f.endswith(".log") and f != "server.log")
print("%d %d %d %s" % (mine, total, nproc, "; ".join("%s: %d" % kv for kv in sorted(kinds.items())) or "-"))
PY
)
read -r mine total nproc kinds <<<"$summary"
secs=$(($(date +%s) - t_start))
printf 'logs: %s (%s processes); error kinds: %s\n' "$LOGDIR" "$nproc" "$kinds"
printf 'valgrind: %s errors in pg_growth frames, %s in total (%d pg_regress + %d pgTAP files: %d passed, %d failed; %d abnormal process exits; %d min %02d s)\n' \
    "$mine" "$total" "${#regress[@]}" "${#taps[@]}" "$passed" "$failed" "$abnormal" $((secs / 60)) $((secs % 60))
[ "$mine" = 0 ] && [ "$abnormal" = 0 ] && [ "$failed" = 0 ]
