#!/usr/bin/env bash
# onewindowctl id, staff and audit from the outside: a row edited with the sqlite3 command line
# is found by "audit verify"; key-file problems are refused with a clear message.
set -euo pipefail
ctl="$1"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export LC_ALL=en_US.UTF-8
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_exit() { # expected-code command...
  local want=$1; shift
  set +e; "$@" <"${STDIN:-/dev/null}" >"$work/out" 2>"$work/err"; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
d="$work/data"; db="$d/onewindow.sqlite"

# id check: kinds, reasons, exit codes.
expect_exit 0 "$ctl" id check 11010519491231002X; grep -q "resident ID" "$work/out" || fail "kind"
expect_exit 0 "$ctl" id check 91350100M000100Y43; grep -q "credit code" "$work/out" || fail "credit"
expect_exit 0 "$ctl" id check 110105491231002; grep -q "11010519491231002X" "$work/out" || fail "legacy"
expect_exit 2 "$ctl" id check 110105194912310021; grep -q "check digit" "$work/out" || fail "why"
expect_exit 2 "$ctl" id check 11010519491231002; grep -q "17" "$work/out" || fail "length"
expect_exit 2 "$ctl" id check 110105194902300021; grep -q "date" "$work/out" || fail "date"
LC_ALL=zh_CN.UTF-8 expect_exit 2 "$ctl" id check 110105194912310021
grep -q "校验" "$work/out" || fail "no Chinese reason: $(cat "$work/out")"

# staff: add (password from standard input), list, refusals.
echo 'Tide-pool 42' >"$work/pw"
expect_exit 0 "$ctl" --data-dir "$d" terminal init
STDIN="$work/pw" expect_exit 0 "$ctl" --data-dir "$d" staff add li.wei --role front_desk
# No catalog is loaded here, so no department exists yet (ctl_catalog adds one of the catalog's).
STDIN="$work/pw" expect_exit 2 "$ctl" --data-dir "$d" staff add zhang --role reviewer --department police
grep -q "police" "$work/err" || fail "unknown department not named"
STDIN="$work/pw" expect_exit 2 "$ctl" --data-dir "$d" staff add "x'; DROP TABLE staff_accounts;--" --role admin
STDIN="$work/pw" expect_exit 2 "$ctl" --data-dir "$d" staff add wang --role reviewer
echo 'short' >"$work/weak"
STDIN="$work/weak" expect_exit 2 "$ctl" --data-dir "$d" staff add wang --role admin
grep -q "too short" "$work/err" || fail "no password policy message"
expect_exit 0 "$ctl" --data-dir "$d" staff list
grep -q "^li.wei	front_desk	-	active" "$work/out" || fail "list: $(cat "$work/out")"
grep -q "^zhang" "$work/out" && fail "a reviewer of an unknown department was added"
# The last active administrator cannot be locked (acceptance: staff lock did it); a dry run
# says what would happen and changes nothing.
STDIN="$work/pw" expect_exit 0 "$ctl" --data-dir "$d" staff add chief --role admin
expect_exit 2 "$ctl" --data-dir "$d" staff lock chief
grep -q "last active administrator" "$work/err" || fail "last admin: $(cat "$work/err")"
expect_exit 2 "$ctl" --data-dir "$d" staff lock chief --dry-run
expect_exit 0 "$ctl" --data-dir "$d" staff lock li.wei --dry-run
grep -q "^dry run: " "$work/out" || fail "lock dry run: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$d" staff list --json
python3 -c 'import json,sys; d={a["user"]: a for a in json.load(open(sys.argv[1]))}; assert d["li.wei"]["state"] == "active" and d["chief"]["role"] == "admin", d' "$work/out" \
  || fail "staff list --json: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$d" staff lock li.wei
expect_exit 0 "$ctl" --data-dir "$d" staff list; grep -q "^li.wei.*locked" "$work/out" || fail "lock"
expect_exit 0 "$ctl" --data-dir "$d" staff unlock li.wei
echo 'Second tide 77' >"$work/pw2"
STDIN="$work/pw2" expect_exit 0 "$ctl" --data-dir "$d" staff passwd li.wei
expect_exit 2 "$ctl" --data-dir "$d" staff passwd ghost

# Deactivation and real names (issue 32 item 12): a dry run changes nothing, the last
# administrator stays, a deactivated account stays listed and can come back; a real name is
# shown but stored sealed, and never written to the audit log.
STDIN="$work/pw" expect_exit 0 "$ctl" --data-dir "$d" staff add wu.min --role front_desk --real-name "吴敏"
STDIN="$work/pw" expect_exit 2 "$ctl" --data-dir "$d" staff add long.name --role front_desk \
  --real-name "$(printf 'a%.0s' $(seq 51))"
grep -q "50" "$work/err" || fail "long real name: $(cat "$work/err")"
expect_exit 0 "$ctl" --data-dir "$d" staff list
grep -q "^wu.min	front_desk	-	active	吴敏$" "$work/out" || fail "real name: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$d" staff deactivate wu.min --dry-run
grep -q "^dry run: " "$work/out" || fail "deactivate dry run: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$d" staff list; grep -q "^wu.min	front_desk	-	active" "$work/out" || fail "dry run changed"
expect_exit 2 "$ctl" --data-dir "$d" staff deactivate chief
grep -q "last active administrator" "$work/err" || fail "deactivated the last admin: $(cat "$work/err")"
expect_exit 2 "$ctl" --data-dir "$d" staff reactivate wu.min
expect_exit 0 "$ctl" --data-dir "$d" --yes staff deactivate wu.min
expect_exit 0 "$ctl" --data-dir "$d" staff list
grep -q "^wu.min	front_desk	-	deactivated	吴敏$" "$work/out" || fail "deactivated: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$d" staff list --json
python3 -c 'import json,sys; d={a["user"]: a for a in json.load(open(sys.argv[1]))}; w=d["wu.min"]; assert w["state"] == "deactivated" and w["realName"] == "吴敏" and w["deactivatedAt"], w; assert d["chief"]["realName"] == "" and d["chief"]["deactivatedAt"] is None, d' "$work/out" \
  || fail "staff list --json: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$d" staff reactivate wu.min
expect_exit 0 "$ctl" --data-dir "$d" staff real-name wu.min "吴晓敏"
expect_exit 0 "$ctl" --data-dir "$d" staff list; grep -q "^wu.min	front_desk	-	active	吴晓敏$" "$work/out" || fail "renamed"
sqlite3 "$db" "SELECT real_name FROM staff_accounts" | grep -q "吴" && fail "a real name in clear"
expect_exit 0 "$ctl" --data-dir "$d" audit show --since 2000-01-01
for what in "wu.min	deactivate" "wu.min	reactivate" "wu.min	real_name"; do
  grep -q "staff.change	$what" "$work/out" || fail "not audited: $what"
done
grep -q "吴" "$work/out" && fail "a real name in the audit log"
[ "$(stat -c %a "$d/data.key")" = 600 ] || fail "data.key is not 0600"
sqlite3 "$db" "SELECT password_hash FROM staff_accounts" | grep -q "Tide" && fail "plain password"

# audit: verify ok, show, then a row edited with sqlite3 is found.
expect_exit 0 "$ctl" --data-dir "$d" audit verify; grep -q "^ok" "$work/out" || fail "verify ok"
expect_exit 0 "$ctl" --data-dir "$d" audit show --since 2000-01-01
grep -q "staff.change	li.wei	lock" "$work/out" || fail "show: $(cat "$work/out")"
expect_exit 2 "$ctl" --data-dir "$d" audit show --since yesterday
sqlite3 "$db" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = 'nobody' WHERE seq = 3;"
expect_exit 1 "$ctl" --data-dir "$d" audit verify
grep -q "entry 3 was changed" "$work/out" || fail "tamper not found: $(cat "$work/out")"
cp -r "$d" "$work/deleted"
sqlite3 "$work/deleted/onewindow.sqlite" "DROP TRIGGER audit_log_no_delete; UPDATE audit_log SET subject = 'li.wei' WHERE seq = 3; DELETE FROM audit_log WHERE seq = 2;" 2>/dev/null || true
expect_exit 1 "$ctl" --data-dir "$work/deleted" audit verify
grep -q "entry 2" "$work/out" || fail "deletion not found: $(cat "$work/out")"

# The data key: wrong permissions and a missing key are refused, no new key is made.
chmod 644 "$d/data.key"
expect_exit 1 "$ctl" --data-dir "$d" staff list; grep -q "chmod 600" "$work/err" || fail "perm msg"
chmod 600 "$d/data.key"; mv "$d/data.key" "$work/saved.key"
expect_exit 1 "$ctl" --data-dir "$d" staff list; grep -q "missing" "$work/err" || fail "missing msg"
[ ! -e "$d/data.key" ] || fail "a new key was made over existing data"
mv "$work/saved.key" "$d/data.key"
expect_exit 0 "$ctl" --data-dir "$d" staff list

echo "ctl_identity: all checks passed"
