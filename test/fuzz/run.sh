#!/usr/bin/env bash
# test/fuzz/run.sh [--calls N] [--seed S] [--known FILE] [--crafted] [...]
# Runs the pg_growth fuzzer (test/fuzz/fuzz.py) against the server of
# PGHOST/PGPORT/PGDATABASE/PGUSER (creating the extension there when missing),
# or, when none is given, builds and installs the extension and starts a
# throwaway cluster as test/test.sh does (test/lib.sh).  The last line is
#   fuzz: N calls, E errors (by SQLSTATE: ...), F failures
# and the exit status is 0 iff F = 0.  Options are those of fuzz.py --help.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
if [ -z "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ]; then
    pgg_need_packages
    pgg_build_install
    pgg_start_cluster
    export PGG_FUZZ_SERVER_LOG="$PGG_TMP/server.log"
fi
python3 "$here/fuzz.py" "$@"
