#!/usr/bin/env bash
# The hall killed (SIGKILL) and restarted on the same store and port while a kiosk pushes a
# large outbox: every case arrives exactly once. `onewindowctl sync status` on the kiosk's data
# folder shows the outage (last error, events waiting) and then the recovery (nothing waiting,
# nothing parked, a recent success).
#   sync_hall_restart.sh ONEWINDOW-HALL SYNC-CRASH-TERMINAL ONEWINDOWCTL MAKE-DEMO-PKI PKI-DIR
#       [CASES] [OUTAGES]
# SEED=n repeats a run (the seed is printed).
set -euo pipefail
hall="$1"; driver="$2"; ctl="$3"; pki_script="$4"; pki="$5"; cases="${6:-1200}"; outages="${7:-4}"
source "$(dirname "$0")/synctestlib.sh"

t=GZ-TH-KIOSK-0002
bash "$pki_script" "$pki" >/dev/null
start_hall
port=$hall_port
terminal="$work/terminal"

# The outbox fills while the kiosk is offline from the hall's point of view (no sync).
"$driver" --data-dir "$terminal" --hall "$hall_url" --ca "$pki/ca.pem" \
  --cert "$pki/terminal-$t.pem" --key "$pki/terminal-$t.key" --terminal-id "$t" \
  --file "$cases" --no-sync >"$work/acks" 2>"$work/driver.err" \
  || { cat "$work/driver.err" >&2; fail "filing"; }
[ "$(grep -c '^ack ' "$work/acks")" = "$cases" ] || fail "not every filing was acknowledged"

status() { # the kiosk's sync status, as the administrator sees it (in English, for the script)
  LC_ALL=en_US.UTF-8 "$ctl" --data-dir "$terminal" sync status >"$work/status" 2>"$work/status.err" \
    || fail "sync status: $(cat "$work/status.err")"
}
field() { sed -n "s/^$1: //p" "$work/status"; }

# Small batches: many pushes, so the hall dies in the middle of some.
"$driver" --data-dir "$terminal" --until-synced --batch-size 5 --poll-ms 50 \
  >"$work/sync.out" 2>"$work/sync.err" &
driver_pid=$!
outages_done=0
for outage in $(seq 1 "$outages"); do
  if [ "$outage" = 1 ]; then pause_ms 300 700; else pause_ms 100 600; fi
  # A kiosk that has pushed everything has nothing more to lose.
  kill -0 "$driver_pid" 2>/dev/null || break
  kill_hall
  # While the hall is down the status says why and how much is waiting.
  for _ in $(seq 1 100); do
    status
    [ "$(field 'last error')" != none ] && break
    kill -0 "$driver_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "outage $outage: $(tr '\n' ';' <"$work/status")"
  if [ "$outage" = 1 ]; then
    [ "$(field 'last error')" != none ] || fail "outage 1: no error in the sync status"
    [ "$(field queue | cut -d' ' -f1)" -gt 0 ] || fail "outage 1: nothing waiting while the hall is down"
  fi
  pause_ms 200 600
  start_hall "$port"
  outages_done=$((outages_done + 1))
done
echo "$outages_done outages of the hall"

rc=0
for _ in $(seq 1 900); do kill -0 "$driver_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$driver_pid" 2>/dev/null && fail "the kiosk is still syncing after 90 s"
{ wait "$driver_pid"; } 2>/dev/null || rc=$?
driver_pid=
[ "$rc" = 0 ] || { tail -5 "$work/sync.err" >&2; fail "the kiosk did not finish syncing ($rc)"; }
grep -q '^synced$' "$work/sync.out" || fail "the kiosk did not report synced"

# After the hall came back and sync finished: nothing waiting or parked, a recent success.
status
echo "after: $(tr '\n' ';' <"$work/status")"
[ "$(field queue)" = "0 events waiting" ] || fail "events still waiting"
[ "$(field parked)" = "0 events" ] || fail "events parked"
[ "$(field 'last error')" = none ] || fail "an error is still shown"
success=$(date -d "$(field 'last success')" +%s) || fail "last success: $(field 'last success')"
[ $(($(date +%s) - success)) -lt 60 ] || fail "the last success is not recent"

stop_hall
sed -n 's/^ack //p' "$work/acks" >"$work/acked-ids"
check_exactly_once "$work/acked-ids" "$terminal/onewindow.sqlite"
echo "sync_hall_restart: ok"
