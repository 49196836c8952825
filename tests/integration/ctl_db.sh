#!/usr/bin/env bash
# onewindowctl db info and the start-up refusals, checked from the outside with sqlite3.
set -euo pipefail
ctl="$1"; gui="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_exit() { # expected-code command...
  local want=$1; shift
  set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}

# A mistyped --data-dir is refused, naming the folder, and never becomes a new terminal: not a
# missing folder, not an empty one (found in acceptance: an empty staff list, exit 0).
LC_ALL=en_US.UTF-8 expect_exit 2 "$ctl" --data-dir "$work/no/such/dir" staff list
grep -q "$work/no/such/dir" "$work/err" || fail "the refusal does not name the folder"
grep -q "terminal init" "$work/err" || fail "the refusal does not say how to set one up"
[ ! -e "$work/no" ] || fail "a mistyped --data-dir made a folder"
mkdir -m 700 "$work/empty"
for command in "db info" "staff list" "trust list" "catalog versions" "sync status" "audit verify"; do
  # shellcheck disable=SC2086
  LC_ALL=en_US.UTF-8 expect_exit 2 "$ctl" --data-dir "$work/empty" $command
done
[ -z "$(ls -A "$work/empty")" ] || fail "a command wrote into a folder without a terminal"

# terminal init: the explicit first start makes the folder, the database and the data key; again,
# it changes nothing.
LC_ALL=en_US.UTF-8 expect_exit 0 "$ctl" --data-dir "$work/fresh" terminal init
[ -f "$work/fresh/data.key" ] || fail "terminal init made no data key"
# The migration log is for --verbose (acceptance: 15 lines of it in every script's output).
grep -q "migrated" "$work/err" && fail "migration lines without --verbose: $(cat "$work/err")"
LC_ALL=en_US.UTF-8 expect_exit 0 "$ctl" --verbose --data-dir "$work/verbose" terminal init
grep -q "migrated to schema version 1 " "$work/err" || fail "--verbose shows no migration"
LC_ALL=en_US.UTF-8 expect_exit 0 "$ctl" --data-dir "$work/fresh" terminal init
grep -q "nothing was changed" "$work/out" || fail "a second init: $(cat "$work/out")"

# A fresh terminal: migrated, reported.
LC_ALL=en_US.UTF-8 expect_exit 0 "$ctl" --data-dir "$work/fresh" db info
grep -q "schema version: [1-9]" "$work/out" || fail "no schema version in: $(cat "$work/out")"
grep -q "integrity: ok" "$work/out" || fail "integrity not ok"
[ "$(sqlite3 "$work/fresh/onewindow.sqlite" 'PRAGMA user_version')" -ge 1 ] || fail "user_version not set"
[ "$(sqlite3 "$work/fresh/onewindow.sqlite" 'PRAGMA journal_mode')" = wal ] || fail "not WAL"
[ "$(stat -c %a "$work/fresh")" = 700 ] || fail "data folder is not 0700"
grep -q "page size: 8192 bytes" "$work/out" || fail "no page size in: $(cat "$work/out")"
[ "$(sqlite3 "$work/fresh/onewindow.sqlite" 'PRAGMA page_size')" = 8192 ] || fail "not 8 KB pages"

# A database made with 4 KB pages (before OneWindow chose 8 KB) is rebuilt once, rows kept.
mkdir -m 700 "$work/older"
sqlite3 "$work/older/onewindow.sqlite" "PRAGMA page_size=4096; PRAGMA journal_mode=WAL;
  CREATE TABLE kept (x TEXT); INSERT INTO kept VALUES ('still here');" >/dev/null
LC_ALL=en_US.UTF-8 expect_exit 0 "$ctl" --data-dir "$work/older" db info
grep -q "page size: 8192 bytes" "$work/out" || fail "older database not rebuilt: $(cat "$work/out")"
[ "$(sqlite3 "$work/older/onewindow.sqlite" 'SELECT x FROM kept')" = "still here" ] || fail "row lost"
[ "$(sqlite3 "$work/older/onewindow.sqlite" 'PRAGMA journal_mode')" = wal ] || fail "not WAL again"

# Messages follow the locale: Chinese by default, English for an English locale.
LC_ALL=zh_CN.UTF-8 expect_exit 0 "$ctl" --data-dir "$work/fresh" db info
grep -q "结构版本" "$work/out" || fail "no Chinese output"

# What a script reads: db info and sync status as JSON.
expect_exit 0 "$ctl" --data-dir "$work/fresh" db info --json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["ok"] and d["integrity"] == "ok" and d["schemaVersion"] >= 15 and d["journalMode"] == "wal", d' "$work/out" \
  || fail "db info --json: $(cat "$work/out")"
expect_exit 0 "$ctl" --data-dir "$work/fresh" sync status --json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["queue"] == 0 and d["lastSuccess"] is None and d["parkedEvents"] == [], d' "$work/out" \
  || fail "sync status --json: $(cat "$work/out")"

# The language follows the locale the POSIX way, whether or not the machine has that locale:
# C gives English, zh_CN Chinese.
expect_exit 2 env -u LC_ALL -u LC_MESSAGES LANG=C "$ctl" --data-dir "$work/no/such/dir" db info
grep -q "There is no folder" "$work/err" || fail "LANG=C is not English: $(cat "$work/err")"
expect_exit 2 env -u LC_MESSAGES LC_ALL=zh_CN.UTF-8 "$ctl" --data-dir "$work/no/such/dir" db info
grep -q "terminal init" "$work/err" && ! grep -q "There is no folder" "$work/err" \
  || fail "zh_CN is not Chinese: $(cat "$work/err")"

# Each command's own help; a mistyped command gets a suggestion.
expect_exit 0 "$ctl" staff lock --help
grep -q "staff lock USER \[--dry-run\]" "$work/out" || fail "staff lock --help: $(cat "$work/out")"
expect_exit 0 "$ctl" trust --help
[ "$(grep -c "^  trust " "$work/out")" -ge 7 ] || fail "trust --help lists the group: $(cat "$work/out")"
expect_exit 2 "$ctl" --data-dir "$work/fresh" stafff list
grep -q 'Did you mean "onewindowctl staff list"' "$work/err" || fail "no suggestion: $(cat "$work/err")"

# Version and help.
expect_exit 0 "$ctl" --version; grep -q "^onewindowctl [0-9]" "$work/out" || fail "--version"
expect_exit 0 "$ctl" --help; grep -q "db info" "$work/out" || fail "--help lists no commands"

# Unknown command or option: one sentence, exit 2.
expect_exit 2 "$ctl" --data-dir "$work/fresh" --frobnicate
[ "$(wc -l <"$work/err")" -le 2 ] || fail "more than a sentence for an unknown option"
expect_exit 2 "$gui" --frobnicate
grep -q "frobnicate" "$work/err" || fail "onewindow does not name the unknown option"
# Help, version and a mistyped option need no display (an administrator's ssh session).
expect_exit 0 env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$gui" --help
grep -q -- "--data-dir" "$work/out" || fail "onewindow --help without a display"
expect_exit 0 env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$gui" --version
expect_exit 2 env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$gui" --frobnicate

# A file that is not a database is refused and left alone.
mkdir -p "$work/foreign"; printf 'my notes\n' >"$work/foreign/onewindow.sqlite"
before=$(sha256sum "$work/foreign/onewindow.sqlite")
expect_exit 1 "$ctl" --data-dir "$work/foreign" db info
grep -q "onewindow.sqlite" "$work/err" || fail "the refusal does not name the file"
[ "$(sha256sum "$work/foreign/onewindow.sqlite")" = "$before" ] || fail "foreign file changed"
expect_exit 1 "$gui" --data-dir "$work/foreign" --windowed
[ "$(sha256sum "$work/foreign/onewindow.sqlite")" = "$before" ] || fail "foreign file changed by onewindow"

# A database from a newer OneWindow is refused and left alone.
cp -r "$work/fresh" "$work/newer"
sqlite3 "$work/newer/onewindow.sqlite" 'PRAGMA user_version = 9999'
before=$(sha256sum "$work/newer/onewindow.sqlite")
expect_exit 1 "$ctl" --data-dir "$work/newer" db info
grep -q "9999" "$work/err" || fail "the refusal does not say which version"
[ "$(sha256sum "$work/newer/onewindow.sqlite")" = "$before" ] || fail "newer database changed"

# A data directory that is a file.
printf 'x' >"$work/afile"
expect_exit 1 "$ctl" --data-dir "$work/afile" db info
grep -q -- "--data-dir" "$work/err" || fail "no advice on --data-dir"

# A database this user may only read is refused, and SQLite leaves no -wal/-shm behind with the
# file's read-only mode (they would lock the terminal's own user out later). Run as nobody: root
# may write any file.
if command -v runuser >/dev/null && [ "$(id -u)" = 0 ]; then
  mkdir -p "$work/readonly"; cp "$work/fresh/onewindow.sqlite" "$work/readonly/"
  chmod 755 "$work"; chmod 777 "$work/readonly"; chmod 444 "$work/readonly/onewindow.sqlite"
  before=$(sha256sum "$work/readonly/onewindow.sqlite")
  expect_exit 1 runuser -u nobody -- "$ctl" --data-dir "$work/readonly" db info
  grep -q "readonly/onewindow.sqlite" "$work/err" || fail "read-only refusal: $(cat "$work/err")"
  [ ! -e "$work/readonly/onewindow.sqlite-wal" ] || fail "a -wal left next to a read-only database"
  [ ! -e "$work/readonly/onewindow.sqlite-shm" ] || fail "a -shm left next to a read-only database"
  [ "$(sha256sum "$work/readonly/onewindow.sqlite")" = "$before" ] || fail "read-only file changed"
  chmod 700 "$work"
fi

echo "ctl_db: all checks passed"
