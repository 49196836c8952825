#!/usr/bin/env bash
# The terminal refuses every hall it must not trust, with openssl s_server as the peer, and sends
# it nothing: expired, wrong host, self-signed, other CA, TLS 1.0/1.1 only, revoked (OCSP).
set -euo pipefail
ctl="$1"; pki_script="$2"
work=$(mktemp -d)
server_pid=""
cleanup() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

bash "$pki_script" "$work/pki" >/dev/null
pki="$work/pki"
export LC_ALL=en_US.UTF-8 2>/dev/null  # English messages from onewindowctl (Qt reads the variable)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)); }

start_server() { # name, extra s_server options…
  local name=$1; shift
  port=$(free_port)
  openssl s_server -accept "127.0.0.1:$port" -Verify 1 -CAfile "$pki/ca.pem" "$@" \
    < <(exec sleep 300 2>/dev/null) >"$work/$name.server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 50); do
    grep -q ACCEPT "$work/$name.server.log" 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$work/$name.server.log" >&2; fail "s_server for $name did not start"
}

"$ctl" --data-dir "$work/data" terminal init >/dev/null || fail "terminal init"

check_refused() { # name, expected words in the message, [extra hall check options], -- s_server options
  local name=$1 words=$2; shift 2
  local ctl_opts=()
  while [ "$1" != "--" ]; do ctl_opts+=("$1"); shift; done; shift
  start_server "$name" "$@"
  set +e
  "$ctl" --data-dir "$work/data" hall check --url "https://localhost:$port" --ca "$pki/ca.pem" \
    --cert "$pki/terminal-GZ-TH-KIOSK-0001.pem" --key "$pki/terminal-GZ-TH-KIOSK-0001.key" \
    "${ctl_opts[@]}" >"$work/$name.out" 2>"$work/$name.err"
  local rc=$?
  set -e
  kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""
  [ "$rc" = 3 ] || { cat "$work/$name.out" "$work/$name.err" >&2; fail "$name: exit $rc, expected 3"; }
  grep -qi "$words" "$work/$name.err" || { cat "$work/$name.err" >&2; fail "$name: message lacks '$words'"; }
  if grep -q "GET /api" "$work/$name.server.log"; then fail "$name: a request reached the server"; fi
  echo "ok: $name refused: $(head -n1 "$work/$name.err")"
}

check_refused expired "expired" -- -cert "$pki/expired-hall.pem" -key "$pki/expired-hall.key"
check_refused wronghost "another host" -- -cert "$pki/wronghost-hall.pem" -key "$pki/wronghost-hall.key"
check_refused selfsigned "not signed by the hall CA" -- -cert "$pki/selfsigned-hall.pem" -key "$pki/selfsigned-hall.key"
check_refused otherca "not signed by the hall CA" -- -cert "$pki/otherca-hall.pem" -key "$pki/otherca-hall.key"
check_refused tls11 "outdated TLS" -- -cert "$pki/hall.pem" -key "$pki/hall.key" -tls1_1 -cipher 'DEFAULT@SECLEVEL=0'
# Stapling is required by default (hall.ocspStapling): a stapled "revoked" and a missing staple
# are refused without any option.
check_refused revoked "revoked" -- -cert "$pki/revoked-hall.pem" -key "$pki/revoked-hall.key" -status_file "$pki/revoked-hall.ocsp.der"
check_refused revoked-required "revoked" --require-ocsp -- -cert "$pki/revoked-hall.pem" -key "$pki/revoked-hall.key" -status_file "$pki/revoked-hall.ocsp.der"
check_refused no-ocsp "OCSP" -- -cert "$pki/hall.pem" -key "$pki/hall.key"
# The terminal's own language is Chinese: the same refusal, in zh_CN.
LC_ALL=zh_CN.UTF-8 check_refused expired-zh "已过期" -- -cert "$pki/expired-hall.pem" -key "$pki/expired-hall.key"
LC_ALL=zh_CN.UTF-8 check_refused revoked-zh "已被吊销" -- -cert "$pki/revoked-hall.pem" -key "$pki/revoked-hall.key" -status_file "$pki/revoked-hall.ocsp.der"

check_accepted() { # name, [hall check options], -- s_server options: the -WWW peer answers /health
  local name=$1; shift
  local ctl_opts=()
  while [ "$1" != "--" ]; do ctl_opts+=("$1"); shift; done; shift
  mkdir -p "$work/www/api/v1"
  echo '{"status":"ok","version":"s_server","serverTime":"2026-11-23T09:00:00+08:00"}' >"$work/www/api/v1/health"
  cd "$work/www"  # s_server -WWW serves files below its working folder
  start_server "$name" -WWW "$@"
  cd - >/dev/null
  set +e
  "$ctl" --data-dir "$work/data" hall check --url "https://localhost:$port" --ca "$pki/ca.pem" \
    --cert "$pki/terminal-GZ-TH-KIOSK-0001.pem" --key "$pki/terminal-GZ-TH-KIOSK-0001.key" \
    "${ctl_opts[@]}" >"$work/$name.out" 2>"$work/$name.err"
  local rc=$?
  set -e
  kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""
  [ "$rc" = 0 ] || { cat "$work/$name.out" "$work/$name.err" >&2; fail "$name: exit $rc, expected 0"; }
  grep -q "^ok: hall .* version s_server" "$work/$name.out" || fail "$name: $(cat "$work/$name.out")"
  echo "ok: $name accepted"
}
# A good staple is accepted; so is a hall without one when stapling is turned off for it. The
# -WWW peer answers HTTP/1.0 without Content-Length (issue 23, item 10).
check_accepted good-staple -- -cert "$pki/hall.pem" -key "$pki/hall.key" -status_file "$pki/hall.ocsp.der"
check_accepted no-ocsp-off --no-ocsp-stapling -- -cert "$pki/hall.pem" -key "$pki/hall.key"

echo "hall_tls_matrix: all refusals and acceptances correct"
