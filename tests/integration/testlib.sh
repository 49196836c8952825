# Helpers shared by the integration scripts; source after setting $work (a scratch folder).
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE COMMAND...: runs COMMAND with stdout in $work/out and stderr in $work/err.
expect_exit() {
  local want=$1; shift
  set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
