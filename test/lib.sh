# test/lib.sh: shared shell helpers of test/test.sh, test/demo.sh and the bench.
#
# They install what is missing (Debian: apt-get), build and install the
# extension, and start a throwaway PostgreSQL cluster in a temporary directory
# as a non-root user, removed again on exit.
#
# Environment:
#   PGHOST / PGPORT / PGDATABASE  use that existing server instead of a
#                                 throwaway cluster (the user must be allowed
#                                 to create databases and roles; the extension
#                                 must be installable there)
#   PG_MAJOR                      PostgreSQL major version (default 15)
#   PGG_PRIVATE_INSTALL=DIR       install into DIR (a private copy of the server
#                                 tree) instead of the system directories; for
#                                 developers running several trees at once
#   PGG_SKIP_DEPS=1               do not look for missing packages
# shellcheck shell=bash

PG_MAJOR=${PG_MAJOR:-15}
PGG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

pgg_log() { printf '%s\n' "== $*" >&2; }
pgg_die() { printf '%s\n' "error: $*" >&2; exit 2; }

pgg_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else pgg_die "need root (or sudo) to run: $*"; fi
}

# Install the Debian packages that are missing.
pgg_need_packages() {
    [ "${PGG_SKIP_DEPS:-}" = 1 ] && return 0
    local missing=()
    [ -x "/usr/lib/postgresql/$PG_MAJOR/bin/postgres" ] || missing+=("postgresql-$PG_MAJOR")
    [ -f "/usr/include/postgresql/$PG_MAJOR/server/postgres.h" ] || missing+=("postgresql-server-dev-$PG_MAJOR")
    [ -f "/usr/share/postgresql/$PG_MAJOR/extension/pgtap.control" ] || missing+=("postgresql-$PG_MAJOR-pgtap")
    command -v pg_prove >/dev/null 2>&1 || missing+=(libtap-parser-sourcehandler-pgtap-perl)
    command -v gcc >/dev/null 2>&1 || missing+=(gcc)
    command -v make >/dev/null 2>&1 || missing+=(make)
    command -v runuser >/dev/null 2>&1 || missing+=(util-linux)
    command -v python3 >/dev/null 2>&1 || missing+=(python3-minimal)
    [ ${#missing[@]} -eq 0 ] && return 0
    pgg_log "installing missing packages: ${missing[*]}"
    pgg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null ||
        pgg_die "apt-get update failed"
    pgg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || pgg_die "apt-get install ${missing[*]} failed"
}

# Build with warnings as errors and install (system-wide, or privately).
pgg_build_install() {
    export PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config"
    [ -x "$PG_CONFIG" ] || PG_CONFIG=$(command -v pg_config)
    pgg_log "building pg_growth"
    make -C "$PGG_ROOT" -s PG_CONFIG="$PG_CONFIG" >/dev/null || pgg_die "build failed"
    PGG_BINDIR=$("$PG_CONFIG" --bindir)
    if [ -n "${PGG_PRIVATE_INSTALL:-}" ]; then
        local d=$PGG_PRIVATE_INSTALL libdir sharedir
        libdir=$("$PG_CONFIG" --pkglibdir); sharedir=$("$PG_CONFIG" --sharedir)
        if [ ! -x "$d$PGG_BINDIR/postgres" ]; then
            pgg_log "making a private server tree in $d"
            mkdir -p "$d$PGG_BINDIR" "$d$libdir" "$d$sharedir"
            cp -a "$PGG_BINDIR/." "$d$PGG_BINDIR/"
            cp -a "$libdir/." "$d$libdir/"
            cp -a "$sharedir/." "$d$sharedir/"
        fi
        rm -f "$d$sharedir"/extension/pg_growth--*.sql
        make -C "$PGG_ROOT" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$d" >/dev/null ||
            pgg_die "install failed"
        PGG_SERVER_BINDIR="$d$PGG_BINDIR"
    else
        pgg_log "installing pg_growth into $("$PG_CONFIG" --sharedir)/extension"
        # scripts of an earlier build that this tree no longer ships (a version
        # built from another checkout) would add versions and update paths
        pgg_as_root rm -f "$("$PG_CONFIG" --sharedir)"/extension/pg_growth--*.sql
        pgg_as_root make -C "$PGG_ROOT" -s PG_CONFIG="$PG_CONFIG" install >/dev/null ||
            pgg_die "install failed"
        PGG_SERVER_BINDIR=$PGG_BINDIR
    fi
    export PATH="$PGG_BINDIR:$PATH"
}

# Start a throwaway cluster unless PGHOST/PGPORT/PGDATABASE point elsewhere.
pgg_start_cluster() {
    if [ -n "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ]; then
        pgg_log "using the existing server (PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} PGDATABASE=${PGDATABASE:-})"
        PGG_EXTERNAL=1
        return 0
    fi
    PGG_EXTERNAL=0
    PGG_TMP=$(mktemp -d /tmp/pg_growth.XXXXXX)
    trap pgg_stop_cluster EXIT
    trap 'exit 130' INT TERM
    local runas=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
        chown postgres "$PGG_TMP"
        runas=(runuser -u postgres --)
    fi
    PGG_RUNAS=("${runas[@]}")
    local port=55432
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    pgg_log "starting a throwaway PostgreSQL $PG_MAJOR cluster in $PGG_TMP (port $port)"
    (cd "$PGG_TMP" && "${runas[@]}" "$PGG_SERVER_BINDIR/initdb" -D "$PGG_TMP/data" -U postgres \
        --auth=trust --no-sync -E UTF8 --locale=C >"$PGG_TMP/initdb.log" 2>&1) ||
        { cat "$PGG_TMP/initdb.log" >&2; pgg_die "initdb failed"; }
    cat >>"$PGG_TMP/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$PGG_TMP'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = '${PGG_SHARED_BUFFERS:-256MB}'
work_mem = '${PGG_WORK_MEM:-64MB}'
max_parallel_workers_per_gather = 2
max_worker_processes = 8
max_parallel_workers = 8
timezone = 'UTC'
CONF
    (cd "$PGG_TMP" && "${runas[@]}" "$PGG_SERVER_BINDIR/pg_ctl" -D "$PGG_TMP/data" -l "$PGG_TMP/server.log" \
        -w -t 60 start >/dev/null) || { cat "$PGG_TMP/server.log" >&2; pgg_die "server did not start"; }
    export PGHOST=$PGG_TMP PGPORT=$port PGUSER=postgres PGDATABASE=postgres
}

pgg_stop_cluster() {
    [ -n "${PGG_TMP:-}" ] || return 0
    if [ -f "$PGG_TMP/data/postmaster.pid" ]; then
        (cd "$PGG_TMP" && "${PGG_RUNAS[@]}" "$PGG_SERVER_BINDIR/pg_ctl" -D "$PGG_TMP/data" -m immediate \
            -w stop >/dev/null 2>&1)
    fi
    rm -rf "$PGG_TMP"
    PGG_TMP=
}

# psql with the settings the scripts rely on.
pgg_psql() { psql -X -v ON_ERROR_STOP=1 -q "$@"; }

# On an existing server, keep the demo and bench tables (they are dropped and
# re-created) out of the user's own tables: put them in schema $1, first on
# the search_path of every later psql.  No-op on a throwaway cluster.
pgg_scratch_schema() {
    [ "${PGG_EXTERNAL:-0}" = 1 ] || return 0
    local ext
    pgg_psql -c "CREATE SCHEMA IF NOT EXISTS $1" >/dev/null || pgg_die "cannot create schema $1"
    ext=$(psql -X -At -c "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'pg_growth'")
    export PGOPTIONS="${PGOPTIONS:-} -c search_path=$1,${ext:-public},public"
    pgg_log "demo and bench tables go to schema $1 of the existing database"
}
