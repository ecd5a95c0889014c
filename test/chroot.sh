#!/usr/bin/env bash
# test/chroot.sh: run the whole test suite (test/test.sh) on another Debian
# release, and so on another PostgreSQL major version, inside a chroot.
#
# Usage (as root):
#   bash test/chroot.sh SUITE [PG_MAJOR]
#   bash test/chroot.sh --rebuild SUITE [PG_MAJOR]
#
#   SUITE     a Debian suite: bookworm (PostgreSQL 15), trixie (17), sid (18)
#   PG_MAJOR  the PostgreSQL major version to test; by default the highest
#             one that the suite ships with its server-dev and pgTAP packages
#             (PG_MAJOR in the environment works too)
#   --rebuild remove the cached chroot of SUITE and bootstrap it again
#
# What it does:
#   1. debootstraps a minbase Debian SUITE into $PGG_CHROOT_DIR/SUITE
#      (default /var/tmp/pg_growth-chroot/SUITE), or reuses it when a previous
#      run completed it;
#   2. mounts /proc, /dev, /dev/pts and a fresh /dev/shm inside (and the
#      shared CDNOW data set, read-only, when it is found), and always
#      unmounts them again on exit (trap);
#   3. lists the postgresql-NN packages that the suite ships and picks one;
#   4. copies a clean `git archive HEAD` (or $PGG_GIT_REF) of this repository
#      (committed work only) into /root/pg_growth in the chroot;
#   5. runs `PG_MAJOR=NN bash test/test.sh` there with a clean environment;
#      test/lib.sh installs the server, headers, pgTAP, gcc and make with
#      apt-get inside the chroot (kept in the cache for the next run).
# The exit status is the test suite's (2 for a failure of this script).
#
# Environment:
#   PGG_CHROOT_DIR   cache directory of the chroots
#   PGG_MIRROR       Debian mirror (default http://deb.debian.org/debian)
#   PGG_CDNOW_DIR    the CDNOW data set to mount (default: shared/datasets/cdnow
#                    beside the repository or beside its main work tree)
#   PGG_GIT_REF      the commit, branch or tag to test (default HEAD)
set -u

usage() { sed -n '5,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { printf 'chroot.sh: error: %s\n' "$*" >&2; exit 2; }
log() { printf '%s\n' "== chroot: $*" >&2; }

rebuild=0
if [ "${1:-}" = --rebuild ]; then rebuild=1; shift; fi
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
suite=$1
major=${2:-${PG_MAJOR:-}}
case $suite in *[!a-z0-9-]* | '') die "bad suite name: $suite" ;; esac
case $major in *[!0-9]*) die "bad PostgreSQL major version: $major" ;; esac

[ "$(id -u)" = 0 ] || die "must run as root (debootstrap, mount and chroot need it)"
for tool in debootstrap chroot mount umount git tar mountpoint; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install debootstrap git)"
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ref=${PGG_GIT_REF:-HEAD}
git -C "$repo" rev-parse --verify -q "$ref^{commit}" >/dev/null || die "no commit $ref in $repo"
cache=${PGG_CHROOT_DIR:-/var/tmp/pg_growth-chroot}
root=$cache/$suite
mirror=${PGG_MIRROR:-http://deb.debian.org/debian}
stamp=.pg_growth-bootstrapped

# Mount points below a directory (deepest first), from /proc/self/mounts.
mounts_below() {
    awk -v d="$1" '{ gsub(/\\040/, " ", $2); if ($2 == d || index($2, d "/") == 1) print $2 }' \
        /proc/self/mounts | sort -r
}

# Remove a directory tree, but never while anything is mounted in it (a
# bind-mounted /dev would take the host's device nodes with it).
safe_rm() {
    local left
    left=$(mounts_below "$1")
    [ -z "$left" ] || die "refusing to remove $1: still mounted: $left"
    rm -rf --one-file-system "$1"
}

# (The two functions below run from the EXIT trap.)
# shellcheck disable=SC2317
# End the processes (started by this script) whose root is the chroot.
kill_chroot_procs() {
    local p pid r sig
    for sig in TERM KILL; do
        for p in /proc/[0-9]*; do
            pid=${p#/proc/}
            r=$(readlink "$p/root" 2>/dev/null) || continue
            if [ "$r" = "$root" ]; then kill -s "$sig" "$pid" 2>/dev/null || true; fi
        done
        [ "$sig" = TERM ] && sleep 1
    done
}

mounted=()
# shellcheck disable=SC2317
cleanup() {
    local i
    [ ${#mounted[@]} -gt 0 ] || return 0
    kill_chroot_procs
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" ||
            printf 'chroot.sh: warning: could not unmount %s\n' "${mounted[i]}" >&2
    done
    mounted=()
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# do_mount TARGET MOUNT-ARGS...: mount and remember it for cleanup.
do_mount() {
    local target=$1
    shift
    mkdir -p "$target"
    mount "$@" "$target" || die "mount $* $target failed"
    mounted+=("$target")
}

# ---- 1. bootstrap (or reuse) ------------------------------------------------
mkdir -p "$cache"
if [ -n "$(mounts_below "$root")" ]; then
    die "something is still mounted below $root (another run in progress?): $(mounts_below "$root" | tr '\n' ' ')"
fi
if [ "$rebuild" = 1 ] && [ -e "$root" ]; then
    log "removing $root (--rebuild)"
    safe_rm "$root"
fi
if [ ! -f "$root/$stamp" ]; then
    [ -e "$root" ] && { log "removing the incomplete $root"; safe_rm "$root"; }
    tmp=$root.partial
    [ -e "$tmp" ] && safe_rm "$tmp"
    log "debootstrap --variant=minbase $suite $root $mirror"
    start=$(date +%s)
    if ! debootstrap --variant=minbase "$suite" "$tmp" "$mirror" >"$cache/$suite.debootstrap.log" 2>&1; then
        tail -n 30 "$cache/$suite.debootstrap.log" >&2
        for m in $(mounts_below "$tmp"); do umount -l "$m"; done
        die "debootstrap of $suite failed (log: $cache/$suite.debootstrap.log)"
    fi
    mv "$tmp" "$root"
    date -u +%FT%TZ >"$root/$stamp"
    log "bootstrapped $suite in $(($(date +%s) - start)) s"
else
    log "reusing $root (bootstrapped $(cat "$root/$stamp"))"
fi

# ---- 2. mounts ----------------------------------------------------------------
do_mount "$root/proc" -t proc proc
do_mount "$root/dev" --bind /dev
mount --make-private "$root/dev" 2>/dev/null || true
do_mount "$root/dev/pts" -t devpts -o newinstance,gid=5,mode=620,ptmxmode=0666 devpts
do_mount "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev tmpfs
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# Packages installed in the chroot must not start services (the postgresql
# package would start its "main" cluster): the usual policy-rc.d for chroots.
printf '%s\n' '#!/bin/sh' '# written by pg_growth test/chroot.sh: start no services in this chroot' 'exit 101' \
    >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
# sid's Release file carries a Valid-Until date; a snapshot mirror or a proxy
# cache serves it past that date, and apt would refuse it.  Signatures are
# still checked; this is a throwaway test system.
printf '%s\n' '// written by pg_growth test/chroot.sh: accept an expired Release file (snapshot mirrors)' \
    'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99pg-growth-valid-until"

cdnow=${PGG_CDNOW_DIR:-}
if [ -z "$cdnow" ]; then
    common=$(cd "$repo" && cd "$(git rev-parse --git-common-dir)/.." && pwd)
    for d in "$repo/../shared/datasets/cdnow" "$common/../shared/datasets/cdnow"; do
        if [ -d "$d" ]; then cdnow=$(cd "$d" && pwd); break; fi
    done
fi
cdnow_env=()
if [ -n "$cdnow" ] && [ -d "$cdnow" ]; then
    do_mount "$root/root/shared/datasets/cdnow" --bind "$cdnow"
    mount -o remount,bind,ro "$root/root/shared/datasets/cdnow" || true
    cdnow_env=(PGG_CDNOW_DIR=/root/shared/datasets/cdnow)
fi

# A command inside the chroot with a clean environment (no PGHOST and the
# like leaking in from the caller).
in_chroot() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# ---- 3. which PostgreSQL versions the suite ships --------------------------------
log "apt-get update in the $suite chroot"
in_chroot apt-get update -qq >/dev/null || die "apt-get update failed in the $suite chroot"
available=()
for n in $(in_chroot apt-cache search --names-only '^postgresql-[0-9]+$' | sed -n 's/^postgresql-\([0-9][0-9]*\) .*/\1/p' | sort -n); do
    if in_chroot apt-cache show "postgresql-server-dev-$n" >/dev/null 2>&1 &&
        in_chroot apt-cache show "postgresql-$n-pgtap" >/dev/null 2>&1; then
        available+=("$n")
    fi
done
for n in "${available[@]}"; do
    v=$(in_chroot apt-cache show --no-all-versions "postgresql-$n" | sed -n 's/^Version: //p' | head -n 1)
    log "$suite ships postgresql-$n $v (with server-dev and pgTAP)"
done
[ ${#available[@]} -gt 0 ] || die "$suite ships no postgresql-NN with server-dev and pgTAP packages"
if [ -z "$major" ]; then
    major=${available[${#available[@]} - 1]}
else
    found=0
    for n in "${available[@]}"; do [ "$n" = "$major" ] && found=1; done
    [ "$found" = 1 ] || die "$suite does not ship PostgreSQL $major (it has: ${available[*]})"
fi

# ---- 4. a clean copy of the committed tree ---------------------------------------
if [ "$ref" = HEAD ] && [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    log "warning: uncommitted changes in $repo are NOT tested (git archive HEAD)"
fi
rm -rf --one-file-system "$root/root/pg_growth"
git -C "$repo" archive --format=tar --prefix=pg_growth/ "$ref" | tar -x -C "$root/root" ||
    die "git archive failed"
log "testing $ref ($(git -C "$repo" rev-parse --short "$ref")) on Debian $suite, PostgreSQL $major"

# ---- 5. the test suite -------------------------------------------------------------
in_chroot "${cdnow_env[@]}" PG_MAJOR="$major" bash -c 'cd /root/pg_growth && bash test/test.sh' 2>&1
rc=$?
log "Debian $suite, PostgreSQL $major: test/test.sh exited with $rc"
exit "$rc"
