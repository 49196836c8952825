# Helpers shared by the integration scripts; source after setting $work (a scratch folder).
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE COMMAND...: runs COMMAND with stdout in $work/out and stderr in $work/err.
expect_exit() {
  local want=$1; shift
  set +e; "$@" <"${STDIN:-/dev/null}" >"$work/out" 2>"$work/err"; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
# terminal_init DIR: the explicit first start every other command needs (a mistyped --data-dir
# is refused, never made a terminal).
terminal_init() { expect_exit 0 "$ctl" --data-dir "$1" terminal init; }
# demo_terminal DIR: a terminal data folder that trusts the demo catalog's publisher and has the
# demo catalog (with its 2026 and 2027 holidays) active; needs $ctl and $source_dir.
demo_terminal() {
  expect_exit 0 "$ctl" --data-dir "$1" terminal init
  "$source_dir/packaging/make-demo-catalog.sh" "$work/demo" >/dev/null
  expect_exit 0 "$ctl" --data-dir "$1" trust add-publisher gd-catalog-2026 \
    "$work/demo/publisher-sm2.pub.pem"
  expect_exit 0 "$ctl" --data-dir "$1" catalog import "$work/demo/demo-catalog.json"
}
