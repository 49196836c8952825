# Helpers of the sync fault scripts (sync_crash.sh, sync_hall_restart.sh); source after setting
# $hall (the onewindow-hall binary) and $pki (the demo PKI folder). Makes the scratch folder
# $work, kills $hall_pid and $driver_pid on exit, and seeds $RANDOM from SEED (or the clock)
# and prints the seed, so that a failing run can be repeated.
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
hall_pid=
driver_pid=
cleanup() {
  [ -z "$driver_pid" ] || kill -KILL "$driver_pid" 2>/dev/null || true
  [ -z "$hall_pid" ] || kill -KILL "$hall_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
seed=${SEED:-$(date +%s%N | cut -c10-18)}
seed=$((10#$seed))
echo "seed: $seed (SEED=$seed repeats this run)"
RANDOM=$seed

hall_runs=0
# start_hall [PORT]: the hall on loopback with its store in $work/hall (kept across restarts);
# sets hall_pid, hall_port and hall_url (the base URL the terminal is given).
start_hall() {
  local port=${1:-0} out
  hall_runs=$((hall_runs + 1))
  out="$work/hall-$hall_runs.out"
  "$hall" --listen 127.0.0.1 --port "$port" --cert "$pki/hall.pem" --key "$pki/hall.key" \
    --ca "$pki/ca.pem" --data-dir "$work/hall" >"$out" 2>"$work/hall-$hall_runs.err" &
  hall_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^listening on ' "$out" && break
    kill -0 "$hall_pid" 2>/dev/null || { cat "$work/hall-$hall_runs.err" >&2; fail "the hall exited early"; }
    sleep 0.1
  done
  hall_port=$(sed -n 's|^listening on https://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$out")
  [ -n "$hall_port" ] || fail "no readiness line from the hall: $(cat "$out")"
  # By name, as a terminal is enrolled: the hall certificate is for localhost.
  hall_url="https://localhost:$hall_port"
}

stop_hall() {
  kill -TERM "$hall_pid"
  local rc=0
  wait "$hall_pid" || rc=$?
  [ "$rc" = 0 ] || fail "the hall exited $rc after SIGTERM"
  hall_pid=
}

kill_hall() {
  kill -KILL "$hall_pid"
  { wait "$hall_pid"; } 2>/dev/null || true
  hall_pid=
}

# pause_ms LOW HIGH: sleeps a random time between LOW and HIGH milliseconds (from $RANDOM, which
# the script seeds).
pause_ms() {
  local ms=$(($1 + RANDOM % ($2 - $1 + 1)))
  sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
}

# check_exactly_once ACKS TERMINAL-DB: with the hall stopped, every case id listed in ACKS (one
# per line) is at the hall exactly once, no case is there twice, and the hall has every case
# the terminal filed and nothing else. Prints the counts.
check_exactly_once() {
  local acks=$1 terminal_db=$2 result
  result=$(sqlite3 -batch -separator ' ' ":memory:" <<EOF
ATTACH '$work/hall/hall.sqlite' AS hall;
ATTACH '$terminal_db' AS terminal;
CREATE TABLE acked (case_id TEXT);
.import $acks acked
SELECT (SELECT count(*) FROM acked),
       (SELECT count(DISTINCT case_id) FROM acked),
       (SELECT count(*) FROM acked a WHERE (SELECT count(*) FROM hall.events e
            WHERE e.case_id = a.case_id AND e.type = 'submitted') != 1),
       (SELECT count(*) FROM (SELECT case_id FROM hall.events WHERE type = 'submitted'
            GROUP BY case_id HAVING count(*) > 1)),
       (SELECT count(*) FROM hall.events WHERE type = 'submitted'),
       (SELECT count(*) FROM terminal.cases),
       (SELECT count(*) FROM terminal.cases c WHERE NOT EXISTS (SELECT 1 FROM hall.events e
            WHERE e.case_id = c.case_id)),
       (SELECT count(*) FROM hall.events e WHERE NOT EXISTS (SELECT 1 FROM terminal.cases c
            WHERE c.case_id = e.case_id));
EOF
  ) || fail "sqlite3 could not compare the stores"
  local acked distinct missing doubled at_hall filed unsent phantom
  read -r acked distinct missing doubled at_hall filed unsent phantom <<<"$result"
  echo "acknowledged $acked (distinct $distinct); at the hall $at_hall submitted events;" \
    "filed at the terminal $filed"
  [ "$acked" = "$distinct" ] || fail "the terminal acknowledged a case twice"
  [ "$missing" = 0 ] || fail "$missing acknowledged cases are not at the hall exactly once"
  [ "$doubled" = 0 ] || fail "$doubled cases are at the hall more than once"
  [ "$unsent" = 0 ] || fail "$unsent filed cases never reached the hall"
  [ "$phantom" = 0 ] || fail "$phantom events at the hall are of no case the terminal has"
  [ "$at_hall" = "$filed" ] || fail "$at_hall cases at the hall, $filed filed"
}
