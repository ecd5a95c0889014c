#!/usr/bin/env bash
# test/fuzz/crafted.sh [--calls N] [--seed S] [--known FILE]: item 3 of issue
# #17, crafted states and summaries fed to every reader (fuzz.py --crafted).
# Ends with "crafted: N calls, E errors (by SQLSTATE: ...), F failures".
exec "$(dirname "$0")/run.sh" --crafted "$@"
