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

# A fresh folder: created, migrated, reported.
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
