#!/usr/bin/env bash
# A terminal on a full disk (found in acceptance: even read-only commands were refused, and every
# message blamed permissions): db info and catalog search still answer, a write is refused naming
# the full disk and its free space, and no stray "rollback failed" line appears. Needs root to
# mount a small tmpfs; skipped (77) where that is not allowed.
set -euo pipefail
ctl="$1"; source_dir="$2"
work=$(mktemp -d)
disk="$work/disk"; mkdir -p "$disk"
cleanup() { umount "$disk" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
source "$(dirname "$0")/testlib.sh"
export LC_ALL=en_US.UTF-8
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=24m tmpfs "$disk" 2>/dev/null; then
  echo "ctl_full_disk: skipped (needs root to mount a tmpfs)"; exit 77
fi
data="$disk/terminal"
run() { "$ctl" --data-dir "$data" "$@"; }
terminal_init "$data"

"$source_dir/packaging/make-demo-catalog.sh" "$work/demo" >/dev/null
expect_exit 0 run trust add-publisher gd-catalog-2026 "$work/demo/publisher-sm2.pub.pem"
expect_exit 0 run catalog import "$work/demo/demo-catalog.json"
echo 'Tide-pool 42' >"$work/pw"

# Fill the disk to the last block.
dd if=/dev/zero of="$disk/filler" bs=64k 2>/dev/null || true
[ "$(df --output=avail "$disk" | tail -1 | tr -d ' ')" -lt 64 ] || fail "the disk is not full"

# Reading still works.
expect_exit 0 run db info
grep -q "schema" "$work/out" || fail "db info on a full disk: $(cat "$work/out" "$work/err")"
expect_exit 0 run catalog search yanglao
head -1 "$work/out" | cut -f2 | grep -q '养老' || fail "catalog search on a full disk"

# A write is refused for the right reason, with the free space, and without blaming permissions.
STDIN="$work/pw" expect_exit 1 run staff add li.wei --role front_desk
grep -qi "no space left" "$work/err" || fail "the refusal does not name the full disk: $(cat "$work/err")"
grep -q "free)" "$work/err" || fail "the refusal does not show the free space"
grep -qi "may read and write" "$work/err" && fail "a full disk blamed on permissions"
grep -q "rollback failed" "$work/err" && fail "a stray rollback warning"

# Space again: the same command works, nothing was half-written.
rm -f "$disk/filler"
STDIN="$work/pw" expect_exit 0 run staff add li.wei --role front_desk
expect_exit 0 run audit verify
echo "ctl_full_disk: all checks passed"
