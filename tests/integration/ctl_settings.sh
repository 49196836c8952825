#!/usr/bin/env bash
# onewindowctl settings set-town-hall: the service centre receipts and notices print, checked,
# audited, with --dry-run and --json (issue 32 item 12: it could not be set at all).
set -euo pipefail
ctl="$1"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export LC_ALL=en_US.UTF-8
source "$(dirname "$0")/testlib.sh"
d="$work/data"
run() { "$ctl" --data-dir "$d" "$@"; }
stored() { sqlite3 "$d/onewindow.sqlite" "SELECT value FROM terminal_settings WHERE key = 'terminal.townHall'"; }
terminal_init "$d"

# Refused before anything is touched: no name, a name too long for a receipt, two lines.
expect_exit 2 run settings set-town-hall
expect_exit 2 run settings set-town-hall "   "
expect_exit 2 run settings set-town-hall "$(printf '区%.0s' $(seq 61))"
expect_exit 2 run settings set-town-hall "$(printf '天河区\n政务服务中心')"
[ -z "$(stored)" ] || fail "a refused name was stored"

expect_exit 0 run settings set-town-hall 天河区政务服务中心 --dry-run
grep -q "^dry run: .*天河区政务服务中心" "$work/out" || fail "dry run: $(cat "$work/out")"
[ -z "$(stored)" ] || fail "a dry run stored the name"

expect_exit 0 run settings set-town-hall " 天河区政务服务中心 " --json
python3 - "$work/out" <<'PY' || fail "set-town-hall --json: $(cat "$work/out")"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc == {"townHall": "天河区政务服务中心", "previous": None, "changed": True, "dryRun": False}, doc
PY
[ "$(stored)" = '["天河区政务服务中心"]' ] || fail "stored: $(stored)"
expect_exit 0 run settings set-town-hall 天河区政务服务中心
grep -q "nothing was changed" "$work/out" || fail "same name: $(cat "$work/out")"
expect_exit 0 run settings set-town-hall 越秀区政务服务中心 --dry-run --json
python3 - "$work/out" <<'PY' || fail "dry run --json: $(cat "$work/out")"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["previous"] == "天河区政务服务中心" and doc["dryRun"] is True, doc
PY

# One audit entry, for the one change.
expect_exit 0 run audit show
[ "$(grep -c "settings.change	terminal	terminal.townHall" "$work/out")" = 1 ] || fail "audit: $(cat "$work/out")"
expect_exit 0 run audit verify
expect_exit 0 run settings set-town-hall --help
echo "ctl_settings: ok"
