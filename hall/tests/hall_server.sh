#!/usr/bin/env bash
# onewindow-hall from the outside: mutual TLS with curl and openssl, the store with sqlite3.
#   hall_server.sh ONEWINDOW-HALL MAKE-DEMO-PKI PKI-DIR [ONEWINDOWCTL]
# With ONEWINDOWCTL, the terminal's own TLS client checks the hall too (hall check).
set -euo pipefail
hall="$1"; pki_script="$2"; pki="$3"; ctl="${4:-}"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

bash "$pki_script" "$pki" >/dev/null
t=GZ-TH-KIOSK-0001
tls=(--cacert "$pki/ca.pem" --cert "$pki/terminal-$t.pem" --key "$pki/terminal-$t.key")

start_hall() { # name, extra options… → sets url and hall_pid
  local name=$1; shift
  "$hall" --listen 127.0.0.1 --port 0 --cert "$pki/hall.pem" --key "$pki/hall.key" --ca "$pki/ca.pem" \
    --data-dir "$work/$name" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  hall_pid=$!
  pids+=("$hall_pid")
  for _ in $(seq 1 300); do
    if grep -q '^listening on ' "$work/$name.out"; then break; fi
    kill -0 "$hall_pid" 2>/dev/null || { cat "$work/$name.err" >&2; fail "$name: hall exited early"; }
    sleep 0.1
  done
  [ "$(wc -l <"$work/$name.out")" = 1 ] || fail "$name: not exactly one readiness line"
  url=$(sed -n 's|^listening on \(https://127\.0\.0\.1:[0-9]*\)$|\1|p' "$work/$name.out")
  [ -n "$url" ] || fail "$name: bad readiness line: $(cat "$work/$name.out")"
  url="$url/api/v1"
}

stop_hall() { # name
  kill -TERM "$hall_pid"
  local rc=0
  wait "$hall_pid" || rc=$?
  [ "$rc" = 0 ] || fail "$1: exit $rc after SIGTERM, expected a clean 0"
}

start_hall main --seed-demo --issuer-keys "$pki/issuers"

# Health over mutual TLS; the server certificate is checked by name (localhost) and by IP.
curl -sSf "${tls[@]}" "$url/health" | grep -q '"status":"ok"' || fail "health"
curl -sSf "${tls[@]}" "${url/127.0.0.1/localhost}/health" >/dev/null || fail "health via localhost"

# A batch pushed twice is acknowledged twice and stored once.
events=""
for i in 1 2 3; do
  events+="${events:+,}{\"eventId\":\"evt-$i\",\"caseId\":\"case-7\",\"seq\":$i,\"type\":\"submitted\",\"at\":\"2026-11-23T09:0$i:00+08:00\",\"actor\":\"kiosk\",\"body\":{}}"
done
batch="{\"terminalId\":\"$t\",\"events\":[$events]}"
for attempt in 1 2; do
  curl -sSf "${tls[@]}" -H 'Content-Type: application/json' -H "Idempotency-Key: key-$attempt" \
    -H "X-Request-Id: req-$attempt" --data "$batch" "$url/events:batch" >"$work/ack$attempt"
  grep -q '"acked":\["evt-1","evt-2","evt-3"\]' "$work/ack$attempt" || fail "attempt $attempt: $(cat "$work/ack$attempt")"
done
[ "$(sqlite3 "$work/main/hall.sqlite" "SELECT count(*) FROM events WHERE case_id = 'case-7'")" = 3 ] \
  || fail "events stored more than once"
[ "$(sqlite3 "$work/main/hall.sqlite" 'PRAGMA journal_mode')" = wal ] || fail "store not in WAL mode"

# The same key and body again: the first answer, byte for byte, marked as a replay.
curl -sSf "${tls[@]}" -D "$work/replay.h" -H "Idempotency-Key: key-1" --data "$batch" \
  "$url/events:batch" >"$work/replay"
cmp -s "$work/ack1" "$work/replay" || fail "replay differs: $(cat "$work/replay")"
grep -qi '^Idempotent-Replayed: true' "$work/replay.h" || fail "replay not marked"
# A write without an Idempotency-Key is refused with the contract's error body.
code=$(curl -sS "${tls[@]}" -o "$work/nokey" -w '%{http_code}' --data "$batch" "$url/events:batch")
[ "$code" = 400 ] && grep -q '"code":"idempotency_key_required"' "$work/nokey" || fail "no key: $code"

# Same Idempotency-Key, other body: 409 with an error body.
code=$(curl -sS "${tls[@]}" -o "$work/409" -w '%{http_code}' -H "Idempotency-Key: key-1" \
  --data "{\"terminalId\":\"$t\",\"events\":[]}" "$url/events:batch")
[ "$code" = 409 ] && grep -q '"code":"idempotency_key_reused"' "$work/409" || fail "reused key: $code"

# The feed pages by cursor: 25 more events, read 10 at a time, each exactly once, in order.
events=""
for i in $(seq 1 25); do
  events+="${events:+,}{\"eventId\":\"page-$i\",\"caseId\":\"case-p$((i % 4))\",\"seq\":$(( (i + 3) / 4 )),\"type\":\"submitted\",\"at\":\"2026-11-23T10:00:00+08:00\",\"actor\":\"kiosk\",\"body\":{}}"
done
curl -sSf "${tls[@]}" -H "Idempotency-Key: key-page" --data "{\"terminalId\":\"$t\",\"events\":[$events]}" \
  "$url/events:batch" | grep -q '"rejected":\[\]' || fail "page batch"
cursor=0; : >"$work/feed-ids"; pages=0
while :; do
  curl -sSf "${tls[@]}" "$url/events?cursor=$cursor&limit=10" >"$work/page"
  pages=$((pages + 1))
  read -r cursor more < <(python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
assert len(p["events"]) <= 10
with open(sys.argv[2], "a") as out:
    for e in p["events"]:
        out.write(e["eventId"] + "\n")
print(p["nextCursor"], "yes" if p["hasMore"] else "no")' "$work/page" "$work/feed-ids")
  [ "$more" = yes ] || break
  [ "$pages" -lt 20 ] || fail "the feed does not end"
done
[ "$(wc -l <"$work/feed-ids")" = 28 ] || fail "feed: $(wc -l <"$work/feed-ids") events, expected 28"
[ "$(sort -u "$work/feed-ids" | wc -l)" = 28 ] || fail "feed repeats events"
[ "$pages" = 3 ] || fail "feed: $pages pages of 10 for 28 events"
curl -sSf "${tls[@]}" "$url/events?cursor=$cursor&limit=10" | grep -q '"events":\[\]' \
  || fail "the last cursor still has events"

# Keep-alive: two requests, one connection.
curl -sSv "${tls[@]}" "$url/health" "$url/trust" -o /dev/null -o /dev/null 2>"$work/keepalive"
grep -q 'Re-using existing connection' "$work/keepalive" || fail "no keep-alive"

# Personal data goes in bodies only, and never into the hall's output.
id=440106198503121018; name=陈志强
curl -sSf "${tls[@]}" -H 'X-Citizen-Session: attested-at-kiosk' --data "{\"idNumber\":\"$id\"}" \
  "$url/citizens/certificates:query" >"$work/certs.json"
curl -sSf "${tls[@]}" -H 'X-Citizen-Session: attested-at-kiosk' --data "{\"idNumber\":\"$id\"}" \
  "$url/citizens/social-security:query" >"$work/ss.json"
grep -q '"contributions"' "$work/ss.json" || fail "social security query"
# A typed ID number alone opens no records (a terminal that did not confirm the citizen).
typed='X-Citizen-Session: session=s1;proof=typed-number'
code=$(curl -sS "${tls[@]}" -H "$typed" --data "{\"idNumber\":\"$id\"}" -o /dev/null -w '%{http_code}' \
  "$url/citizens/social-security:query")
[ "$code" = 403 ] || fail "a typed number read a record: HTTP $code"
curl -sSf "${tls[@]}" -H "$typed;confirmed=1" --data "{\"idNumber\":\"$id\"}" \
  "$url/citizens/certificates:query" >/dev/null || fail "a confirmed citizen was refused"
# The identity check says only whether name and face match, never the name.
face=$(printf 'onewindow-simulated-face:%s' "$id" | sha256sum | cut -c1-32)
photo=$(printf 'P6\n# face %s\n1 1 255\nabc' "$face" | base64 -w0)
other=$(printf 'P6\n1 1 255\nabc' | base64 -w0)
confirm() { curl -sSf "${tls[@]}" -H "$typed" --data "{\"idNumber\":\"$id\",\"name\":\"$1\",\"photo\":\"$2\"}" \
  "$url/citizens/identity:confirm"; }
confirm "$name" "$photo" | grep -q '"faceMatches":true,"nameMatches":true' || fail "identity confirm: match"
confirm 王五 "$photo" | grep -q '"nameMatches":false' || fail "identity confirm: wrong name"
confirm "$name" "$other" | grep -q '"faceMatches":false' || fail "identity confirm: wrong face"
confirm 王五 "$photo" | grep -q "$name" && fail "identity confirm told the real name"

# The first SM2 envelope verifies with the openssl command line and the issuer's public key.
python3 - "$work/certs.json" "$work" <<'PY'
import base64, json, sys
envs = [e for e in json.load(open(sys.argv[1]))["certificates"] if e["alg"] == "SM2-SM3"]
assert envs, "no SM2 envelope"
open(sys.argv[2] + "/payload.bin", "wb").write(base64.b64decode(envs[0]["payload"]))
open(sys.argv[2] + "/sig.der", "wb").write(base64.b64decode(envs[0]["sig"]))
open(sys.argv[2] + "/kid", "w").write(envs[0]["kid"])
PY
openssl dgst -sm3 -verify "$pki/issuers/$(cat "$work/kid").pub.pem" -sigopt distid:1234567812345678 \
  -signature "$work/sig.der" "$work/payload.bin" >/dev/null || fail "SM2 envelope does not verify"
grep -q "$name" "$work/payload.bin" || fail "payload lacks the holder"
# The same for an ES256 envelope (marriage certificate, 民政).
python3 - "$work/certs.json" "$work" <<'PY'
import base64, json, sys
envs = [e for e in json.load(open(sys.argv[1]))["certificates"] if e["alg"] == "ES256"]
assert envs, "no ES256 envelope"
open(sys.argv[2] + "/payload256.bin", "wb").write(base64.b64decode(envs[0]["payload"]))
open(sys.argv[2] + "/sig256.der", "wb").write(base64.b64decode(envs[0]["sig"]))
open(sys.argv[2] + "/kid256", "w").write(envs[0]["kid"])
PY
openssl dgst -sha256 -verify "$pki/issuers/$(cat "$work/kid256").pub.pem" \
  -signature "$work/sig256.der" "$work/payload256.bin" >/dev/null || fail "ES256 envelope does not verify"

# Too large a body: 413 before it is read; malformed requests: 400.
head -c 9000000 /dev/zero | tr '\0' 'a' >"$work/big"
code=$(curl -sS "${tls[@]}" -o /dev/null -w '%{http_code}' --data-binary @"$work/big" "$url/events:batch" || true)
[ "$code" = 413 ] || fail "big body: $code"
hostport=${url#https://}; hostport=${hostport%%/*}
printf 'GARBAGE\r\n\r\n' | openssl s_client -quiet -connect "$hostport" -servername localhost \
  -CAfile "$pki/ca.pem" -cert "$pki/terminal-$t.pem" -key "$pki/terminal-$t.key" 2>/dev/null \
  | head -n1 >"$work/garbage" || true
grep -q '^HTTP/1.1 400' "$work/garbage" || fail "garbage: $(cat "$work/garbage")"
raw() { # bytes → the status line of the hall's answer
  printf '%b' "$1" | timeout 5 openssl s_client -quiet -connect "$hostport" -servername localhost \
    -CAfile "$pki/ca.pem" -cert "$pki/terminal-$t.pem" -key "$pki/terminal-$t.key" 2>/dev/null \
    | head -n1 | tr -d '\r' || true
}
# Path traversal, plain and percent-encoded, and an oversized header: 4xx, nothing served.
code=$(curl -sS "${tls[@]}" --path-as-is -o /dev/null -w '%{http_code}' "$url/../../../etc/passwd")
[ "$code" = 400 ] || fail "path traversal: $code"
code=$(curl -sS "${tls[@]}" -o /dev/null -w '%{http_code}' "$url/%2e%2e/%2e%2e/hall.sqlite")
[ "$code" = 400 ] || fail "encoded path traversal: $code"
[ "$(raw 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: '"$(head -c 20000 /dev/zero | tr '\0' a)"'\r\n\r\n')" \
  = 'HTTP/1.1 431 Request Header Fields Too Large' ] || fail "oversized header"
[ "$(raw 'POST /api/v1/events:batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')" \
  = 'HTTP/1.1 501 Not Implemented' ] || fail "chunked body"
[ "$(raw 'GET /api/v1/health HTTP/3.0\r\nHost: x\r\n\r\n')" = 'HTTP/1.1 505 HTTP Version Not Supported' ] \
  || fail "HTTP/3.0"
# A request cut off in its body: the hall waits, the client goes, nothing breaks.
raw 'POST /api/v1/events:batch HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"ter' >/dev/null
# After all of that the hall still answers.
curl -sSf "${tls[@]}" "$url/health" | grep -q '"status":"ok"' || fail "the hall died on bad input"
kill -0 "$hall_pid" || fail "the hall exited"

# No client certificate, or one from another CA: the handshake is refused, nothing is answered.
hostport=${url#https://}; hostport=${hostport%%/*}
if curl -sS --cacert "$pki/ca.pem" "$url/health" -o "$work/nocert" 2>"$work/nocert.err"; then
  fail "a client without a certificate was served"
fi
[ ! -s "$work/nocert" ] || fail "a client without a certificate got bytes"
if curl -sS --cacert "$pki/ca.pem" --cert "$pki/otherca-terminal.pem" --key "$pki/otherca-terminal.key" \
  "$url/health" -o "$work/otherca" 2>/dev/null; then
  fail "a client certificate from another CA was accepted"
fi
# A certificate of the right CA that is not a client certificate (the hall's own) is refused too.
if curl -sS --cacert "$pki/ca.pem" --cert "$pki/hall.pem" --key "$pki/hall.key" \
  "$url/health" -o "$work/servercert" 2>/dev/null; then
  fail "a server certificate was accepted as a terminal's"
fi
# TLS 1.2 and 1.3 are served; TLS 1.1 is refused.
curl -sSf "${tls[@]}" --tlsv1.2 --tls-max 1.2 "$url/health" >/dev/null || fail "TLS 1.2 refused"
curl -sSf "${tls[@]}" --tlsv1.3 "$url/health" >/dev/null || fail "TLS 1.3 refused"
if echo | openssl s_client -connect "$hostport" -tls1_1 -cipher 'DEFAULT@SECLEVEL=0' \
  -cert "$pki/terminal-$t.pem" -key "$pki/terminal-$t.key" >/dev/null 2>&1; then
  fail "TLS 1.1 accepted"
fi

stop_hall main
grep -q "$id" "$work/main.out" "$work/main.err" && fail "an ID number reached the hall's output"
grep -q "$name" "$work/main.out" "$work/main.err" && fail "a name reached the hall's output"
grep -q 'POST /api/v1/events:batch 200' "$work/main.err" || fail "requests are not logged"

# A restart keeps the store and seeds nothing twice.
start_hall main --seed-demo --issuer-keys "$pki/issuers"
[ "$(sqlite3 "$work/main/hall.sqlite" 'SELECT count(*) FROM citizens')" -ge 20 ] || fail "citizens"
[ "$(sqlite3 "$work/main/hall.sqlite" "SELECT count(*) FROM citizens WHERE id_number = '$id'")" = 1 ] || fail "reseeded"
stop_hall main

# The terminal's hall client (Qt, TLS 1.2+, only the hall CA, host name checked, stapled OCSP
# response required) accepts this hall by IP and by name.
if [ -n "$ctl" ]; then
  "$ctl" --data-dir "$work/terminal" terminal init >/dev/null || fail "terminal init"
  start_hall stapled --ocsp-response "$pki/hall.ocsp.der"
  for u in "$url" "${url/127.0.0.1/localhost}"; do
    "$ctl" --data-dir "$work/terminal" hall check --url "${u%/api/v1}" --ca "$pki/ca.pem" \
      --cert "$pki/terminal-$t.pem" --key "$pki/terminal-$t.key" --require-ocsp \
      >"$work/check" 2>&1 || fail "hall check $u: $(cat "$work/check")"
  done
  stop_hall stapled
  # Without --ocsp-response the hall staples hall.ocsp.der, found next to hall.pem, so a
  # terminal's default (stapling required) works; hall check writes nothing but its result
  # (issue 23: it printed a stray Qt warning).
  start_hall default
  "$ctl" --data-dir "$work/terminal" hall check --url "${url%/api/v1}" --ca "$pki/ca.pem" \
    --cert "$pki/terminal-$t.pem" --key "$pki/terminal-$t.key" \
    >"$work/check" 2>"$work/check.err" || fail "hall check: $(cat "$work/check" "$work/check.err")"
  [ -s "$work/check" ] || fail "hall check printed no result"
  # Under faketime (packaging/run-dated-tests.sh) Qt's thread pool sees its idle timeouts expire
  # at once, and a pool thread can end after Qt's thread storage is gone at exit; that one line
  # of Qt's own is not a message of ours.
  grep -v '^QThreadStorage: Thread .* exited after QThreadStorage .* destroyed$' "$work/check.err" \
    >"$work/check.ours" || true
  [ ! -s "$work/check.ours" ] || fail "hall check wrote to stderr: $(cat "$work/check.err")"
  stop_hall default
fi

# OCSP stapling and fault injection on a second, unseeded hall.
start_hall faults --ocsp-response "$pki/revoked-hall.ocsp.der" --fail-rate 0.5 --fail-seed 42
echo | openssl s_client -connect "$hostport" -status -CAfile "$pki/ca.pem" 2>/dev/null >/dev/null || true
hostport=${url#https://}; hostport=${hostport%%/*}
echo | openssl s_client -connect "$hostport" -status -CAfile "$pki/ca.pem" \
  -cert "$pki/terminal-$t.pem" -key "$pki/terminal-$t.key" 2>/dev/null >"$work/ocsp" || true
grep -q 'Cert Status: revoked' "$work/ocsp" || fail "no stapled OCSP response"
ok=0; failed=0
for i in $(seq 1 30); do
  code=$(curl -sS "${tls[@]}" -o /dev/null -w '%{http_code}' "$url/trust" 2>/dev/null || true)
  if [ "$code" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
done
[ "$ok" -gt 0 ] && [ "$failed" -gt 0 ] || fail "fail-rate 0.5: $ok ok, $failed failed"
# Injected 503s carry the error body; some ask for Retry-After. The same seed, the same faults.
unavailable=0; retry_after=0
for i in $(seq 1 40); do
  code=$(curl -sS "${tls[@]}" -D "$work/fault.h" -o "$work/fault" -w '%{http_code}' "$url/trust" 2>/dev/null || true)
  if [ "$code" = 503 ]; then
    unavailable=$((unavailable + 1))
    grep -q '"code":"unavailable"' "$work/fault" || fail "503 without an error body"
    grep -qi '^Retry-After: 1' "$work/fault.h" && retry_after=$((retry_after + 1))
  fi
done
[ "$unavailable" -gt 0 ] && [ "$retry_after" -gt 0 ] || fail "503s: $unavailable, Retry-After: $retry_after"
curl -sSf "${tls[@]}" "$url/health" >/dev/null || fail "health must not be failed by --fail-rate"
stop_hall faults

echo "hall_server: ok (feed: 28 events in $pages pages; faults: $failed of 30 requests, $unavailable 503s of 40)"
