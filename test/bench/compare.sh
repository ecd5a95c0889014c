#!/usr/bin/env bash
# test/bench/compare.sh: the bench queries on two builds, interleaved, in one run.
#
#   bash test/bench/compare.sh REV_A REV_B [QUERY_NAME ...]
#
# Builds the extension at two git revisions of this repository (each in a
# temporary worktree, installed into a private copy of the server tree), starts
# one throwaway cluster per build, generates the same events table in both
# (test/data/events.sql of the current tree, PGG_BENCH_USERS users, default
# 200000), and then times every query of test/bench/queries/ (or the ones
# named) and the baselines they name on A and on B in turn, PGG_BENCH_RUNS
# rounds (default 5) after a warm-up, alternating which build goes first.
# Because both builds run side by side, load from other work on the machine
# falls on both alike; the B/A column is the figure to read.  It prints per
# query the medians on A and B, B/A, and each query's ratio to its baselines
# on either build.  Baselines with a "-- timeout:" header are skipped (they
# measure PostgreSQL, not the builds).  Never used by tests.
set -u
. "$(dirname "$0")/../lib.sh"
[ $# -ge 2 ] || pgg_die "usage: bash test/bench/compare.sh REV_A REV_B [QUERY_NAME ...]"
REV_A=$1; REV_B=$2; shift 2
USERS=${PGG_BENCH_USERS:-200000}
RUNS=${PGG_BENCH_RUNS:-5}
BENCH=$PGG_ROOT/test/bench

pgg_need_packages
work=$(mktemp -d /tmp/pgg_compare.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    for s in a b; do
        [ -f "$work/$s/data/postmaster.pid" ] &&
            (cd "$work" && "${runas[@]}" "$work/bin_$s/pg_ctl" -D "$work/$s/data" -m immediate -w stop >/dev/null 2>&1)
    done
    git -C "$PGG_ROOT" worktree remove --force "$work/tree_a" >/dev/null 2>&1
    git -C "$PGG_ROOT" worktree remove --force "$work/tree_b" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
runas=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    runas=(runuser -u postgres --)
fi

# build and install one revision privately; echo the server's bin directory
build() { # build SIDE REV
    local side=$1 rev=$2 tree=$work/tree_$1
    git -C "$PGG_ROOT" worktree add --detach -q "$tree" "$rev" || pgg_die "no revision $rev"
    ( PGG_PRIVATE_INSTALL=$work/pgi_$side
      export PGG_PRIVATE_INSTALL
      . "$tree/test/lib.sh"
      pgg_build_install >&2
      echo "$PGG_SERVER_BINDIR" ) || pgg_die "build of $rev failed"
}

start() { # start SIDE PORT
    local side=$1 port=$2 d=$work/$1
    mkdir -p "$d"; [ ${#runas[@]} -gt 0 ] && chown postgres "$d"
    (cd "$d" && "${runas[@]}" "$work/bin_$side/initdb" -D "$d/data" -U postgres --auth=trust \
        --no-sync -E UTF8 --locale=C >"$d/initdb.log" 2>&1) || pgg_die "initdb failed ($side)"
    cat >>"$d/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$d'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = '${PGG_SHARED_BUFFERS:-256MB}'
work_mem = '64MB'
max_parallel_workers_per_gather = 2
timezone = 'UTC'
CONF
    (cd "$d" && "${runas[@]}" "$work/bin_$side/pg_ctl" -D "$d/data" -l "$d/server.log" -w -t 60 start \
        >/dev/null) || { cat "$d/server.log" >&2; pgg_die "server $side did not start"; }
}

psql_on() { # psql_on SIDE ARGS...
    local side=$1; shift
    local port; port=$(sed -n 's/^port = //p' "$work/$side/data/postgresql.conf")
    PGHOST=$work/$side PGPORT=$port PGUSER=postgres PGDATABASE=postgres psql -X "$@"
}

pgg_log "building A = $REV_A"
printf '%s\n' "$(build a "$REV_A")" > "$work/bindir_a"
pgg_log "building B = $REV_B"
printf '%s\n' "$(build b "$REV_B")" > "$work/bindir_b"
for s in a b; do
    ln -s "$(cat "$work/bindir_$s")" "$work/bin_$s"
done
port=55500
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
start a "$port"
start b "$((port + 1))"
for s in a b; do
    pgg_log "generating $USERS users in $s"
    psql_on "$s" -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION pg_growth" >/dev/null || pgg_die "CREATE EXTENSION failed ($s)"
    psql_on "$s" -q -v ON_ERROR_STOP=1 -v users="$USERS" -f "$PGG_ROOT/test/data/events.sql" >/dev/null ||
        pgg_die "generator failed ($s)"
    psql_on "$s" -q -c "VACUUM ANALYZE events" >/dev/null
done

hdr() { sed -n "s/^-- $2:[[:space:]]*//p" "$1" | head -n 1; }
time_on() { # time_on SIDE FILE: milliseconds, or "error"
    local out
    out=$( { echo "SET TimeZone = 'UTC';"; echo '\timing on'; echo '\o /dev/null'; cat "$2"; } |
        psql_on "$1" -q 2>&1)
    if printf '%s\n' "$out" | grep -q '^ERROR'; then echo error; return; fi
    printf '%s\n' "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{s += $1} END {printf "%.1f", s}'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

if [ $# -gt 0 ]; then
    queries=(); for q in "$@"; do queries+=("$BENCH/queries/$q.sql"); done
else
    queries=("$BENCH"/queries/*.sql)
fi
declare -A file ta tb
names=()
for f in "${queries[@]}"; do
    [ -f "$f" ] || pgg_die "no such bench query: $f"
    n=$(basename "$f" .sql); file[$n]=$f; names+=("$n")
    for b in $(hdr "$f" compare | tr ',' ' '); do
        [ -n "${file[$b]:-}" ] && continue
        [ -n "$(hdr "$BENCH/baselines/$b.sql" timeout)" ] && continue
        file[$b]=$BENCH/baselines/$b.sql; names+=("$b")
    done
done

pgg_log "timing ${#names[@]} queries on A and B, $RUNS rounds after a warm-up"
for n in "${names[@]}"; do time_on a "${file[$n]}" >/dev/null; time_on b "${file[$n]}" >/dev/null; done
for r in $(seq "$RUNS"); do
    for n in "${names[@]}"; do
        if [ $((r % 2)) = 1 ]; then
            ta[$n]="${ta[$n]:-} $(time_on a "${file[$n]}")"; tb[$n]="${tb[$n]:-} $(time_on b "${file[$n]}")"
        else
            tb[$n]="${tb[$n]:-} $(time_on b "${file[$n]}")"; ta[$n]="${ta[$n]:-} $(time_on a "${file[$n]}")"
        fi
    done
done

declare -A ma mb
echo
echo "pg_growth bench compare: A = $REV_A ($(git -C "$PGG_ROOT" rev-parse --short "$REV_A")), B = $REV_B ($(git -C "$PGG_ROOT" rev-parse --short "$REV_B")), $USERS users, median of $RUNS interleaved rounds, $(date -u +%Y-%m-%d)"
printf '%-32s %10s %10s %8s\n' "query" "A ms" "B ms" "B/A"
for n in "${names[@]}"; do
    if [[ "${ta[$n]}${tb[$n]}" == *error* ]]; then printf '%-32s %10s\n' "$n" "error"; continue; fi
    ma[$n]=$(printf '%s\n' "${ta[$n]}" | median); mb[$n]=$(printf '%s\n' "${tb[$n]}" | median)
    printf '%-32s %10s %10s %8s\n' "$n" "${ma[$n]}" "${mb[$n]}" \
        "$(awk -v a="${ma[$n]}" -v b="${mb[$n]}" 'BEGIN {printf "%.3f", b / a}')"
done
echo
echo "ratios to baselines (query median / baseline median), A then B:"
for f in "${queries[@]}"; do
    n=$(basename "$f" .sql)
    for b in $(hdr "$f" compare | tr ',' ' '); do
        [ -n "${ma[$b]:-}" ] && [ -n "${ma[$n]:-}" ] || continue
        printf '  %-26s / %-26s = %s  %s\n' "$n" "$b" \
            "$(awk -v a="${ma[$n]}" -v b="${ma[$b]}" 'BEGIN {printf "%.3f", a / b}')" \
            "$(awk -v a="${mb[$n]}" -v b="${mb[$b]}" 'BEGIN {printf "%.3f", a / b}')"
    done
done
