#!/usr/bin/env bash
# The kiosk killed (SIGKILL) at random moments while it files cases and syncs them, restarted on
# the same data folder until 1,000 cases were acknowledged, then left to finish syncing: every
# acknowledged case is at the hall exactly once, nothing is there twice.
#   sync_crash.sh ONEWINDOW-HALL SYNC-CRASH-TERMINAL MAKE-DEMO-PKI PKI-DIR [CASES]
# SEED=n repeats a run (the seed is printed).
set -euo pipefail
hall="$1"; driver="$2"; pki_script="$3"; pki="$4"; cases="${5:-1000}"
source "$(dirname "$0")/synctestlib.sh"

t=GZ-TH-KIOSK-0001
bash "$pki_script" "$pki" >/dev/null
start_hall
terminal="$work/terminal"
# Enrolment: the hall's address and the terminal's certificate go into its database, as
# `onewindowctl terminal enroll` does; every later start reads them from there.
"$driver" --data-dir "$terminal" --hall "$hall_url" --ca "$pki/ca.pem" \
  --cert "$pki/terminal-$t.pem" --key "$pki/terminal-$t.key" --terminal-id "$t" \
  >"$work/enrol.out" 2>"$work/enrol.err" || { cat "$work/enrol.err" >&2; fail "enrolment"; }

acked() { grep -c '^ack ' "$work/acks" || true; }
: >"$work/acks"
runs=0; kills=0
while [ "$(acked)" -lt "$cases" ]; do
  runs=$((runs + 1))
  [ "$runs" -le 200 ] || fail "no progress after 200 runs"
  # Small batches and a short poll: many pushes, so kills land in every part of a sync.
  "$driver" --data-dir "$terminal" --file $((cases - $(acked))) --batch-size 20 --poll-ms 50 \
    --until-synced >>"$work/acks" 2>>"$work/driver.err" &
  driver_pid=$!
  # The kill comes at a random moment after this run's first acknowledgement, so that every
  # run makes progress however slowly the terminal starts (under ASan: slowly).
  before=$(acked)
  for _ in $(seq 1 1500); do
    [ "$(acked)" -gt "$before" ] && break
    kill -0 "$driver_pid" 2>/dev/null || break
    sleep 0.02
  done
  pause_ms 0 400
  kill -KILL "$driver_pid" 2>/dev/null || true
  rc=0; { wait "$driver_pid"; } 2>/dev/null || rc=$?
  driver_pid=
  [ "$rc" != 137 ] || kills=$((kills + 1))
  # 137: killed by us; 0: it filed and synced everything before the kill came.
  [ "$rc" = 137 ] || [ "$rc" = 0 ] || { tail -5 "$work/driver.err" >&2; fail "the terminal exited $rc"; }
  # A line cut off by the kill is no acknowledgement (the citizen saw nothing); drop it.
  if [ -s "$work/acks" ] && [ "$(tail -c1 "$work/acks" | od -An -c | tr -d ' ')" != '\n' ]; then
    sed -i '$ d' "$work/acks"
  fi
done
echo "$(acked) cases acknowledged in $runs runs, $kills killed"

# Let sync finish, undisturbed.
timeout 90 "$driver" --data-dir "$terminal" --until-synced --batch-size 100 >"$work/final.out" \
  2>>"$work/driver.err" || { tail -5 "$work/driver.err" >&2; fail "the last sync did not finish"; }
grep -q '^synced$' "$work/final.out" || fail "the last run did not report synced"
grep -v '^ack \|^synced$' "$work/acks" "$work/final.out" && fail "unexpected terminal output"

stop_hall
sed -n 's/^ack //p' "$work/acks" >"$work/acked-ids"
check_exactly_once "$work/acked-ids" "$terminal/onewindow.sqlite"
parked=$(sqlite3 "$terminal/onewindow.sqlite" 'SELECT count(*) FROM parked_events')
[ "$parked" = 0 ] || fail "$parked events parked"
echo "sync_crash: ok"
