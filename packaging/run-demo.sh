#!/usr/bin/env bash
# Builds OneWindow (Release) and starts the demo: the reference online service hall on loopback
# with the demo PKI and seeded citizens, and the kiosk enrolled with it over mutual TLS.
#   packaging/run-demo.sh [extra onewindow options, e.g. --mode backoffice --size 1920x1080]
# Demo staff (back office / admin): demo.clerk, demo.reviewer (GD-GAJ, public security), demo.supervisor,
# demo.admin, all with the password "OneWindow-demo-2026".
# Without a display it starts Xvfb and saves a screenshot to build-release/demo.png instead.
# ONEWINDOW_DEMO_OFFLINE=1 starts the kiosk without the hall (it works on and syncs later).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release
cmake --build --preset release

out="$PWD/build-release"
data="${ONEWINDOW_DEMO_DATA:-$out/demo-data}"
pki="$out/demo-pki"
port="${ONEWINDOW_DEMO_HALL_PORT:-18443}"
terminal=GZ-TH-KIOSK-0001
ctl=("$out/bin/onewindowctl" --data-dir "$data")
mkdir -p "$data"
"${ctl[@]}" terminal init >/dev/null
packaging/make-demo-pki.sh "$pki" >/dev/null

hall_pid=""
cleanup() { [ -n "$hall_pid" ] && kill "$hall_pid" 2>/dev/null && wait "$hall_pid" 2>/dev/null; true; }
trap cleanup EXIT

if [ -z "${ONEWINDOW_DEMO_OFFLINE:-}" ]; then
  mkdir -p "$out/demo-hall"
  # The demo's one terminal is the kiosk and (--mode backoffice) the desk: the hall takes staff
  # decisions only from a desk, so it knows the terminal as one. Its demo.* staff are seeded
  # from hall/demo-staff.json, like the accounts added below.
  printf '[{"terminalId": "%s", "townHall": "GZ-TH", "kind": "desk"}]\n' "$terminal" \
      >"$out/demo-hall/terminals.json"
  "$out/bin/onewindow-hall" --listen 127.0.0.1 --port "$port" \
      --cert "$pki/hall.pem" --key "$pki/hall.key" --ca "$pki/ca.pem" \
      --ocsp-response "$pki/hall.ocsp.der" --issuer-keys "$pki/issuers" \
      --registry "$out/demo-hall/terminals.json" \
      --data-dir "$out/demo-hall" --seed-demo >"$out/demo-hall.out" 2>"$out/demo-hall.log" &
  hall_pid=$!
  for _ in $(seq 100); do
    grep -q "^listening on" "$out/demo-hall.out" 2>/dev/null && break
    kill -0 "$hall_pid" 2>/dev/null || { cat "$out/demo-hall.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$(cat "$out/demo-hall.out") (log: $out/demo-hall.log)"

  # Enrol the way a town hall does: the terminal makes its key and request, the hall CA signs.
  if [ ! -s "$data/terminal.pem" ]; then
    LC_ALL=C.UTF-8 "${ctl[@]}" terminal enroll --id "$terminal" --url "https://127.0.0.1:$port" >/dev/null
    openssl x509 -req -in "$data/terminal.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" \
        -CAcreateserial -days 825 -sha256 -out "$data/terminal-signed.pem" \
        -extfile <(printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n') \
        2>/dev/null
    "${ctl[@]}" terminal enroll --install "$data/terminal-signed.pem" --ca "$pki/ca.pem"
  fi
  "${ctl[@]}" hall check || echo "The hall check failed; the kiosk starts offline." >&2
fi

# The demo catalog, signed with openssl (SM2-SM3) and loaded as an administrator loads one.
packaging/make-demo-catalog.sh "$out/demo-catalog" >/dev/null
"${ctl[@]}" trust add-publisher gd-catalog-2026 "$out/demo-catalog/publisher-sm2.pub.pem" >/dev/null
"${ctl[@]}" catalog versions 2>/dev/null | grep -q '^\*' \
  || "${ctl[@]}" catalog import "$out/demo-catalog/demo-catalog.json" >/dev/null

# Demo staff accounts, made once, through the same command an administrator uses.
add_staff() { # user role real-name [department]
  "${ctl[@]}" staff list 2>/dev/null | grep -q "^$1	" && return 0
  printf 'OneWindow-demo-2026\n' | "${ctl[@]}" staff add "$1" --role "$2" --real-name "$3" \
    ${4:+--department "$4"} >/dev/null
}
# The reviewer is the catalog's public security bureau (GD-GAJ), so it receives the demo's cases.
add_staff demo.clerk front_desk 王敏
add_staff demo.reviewer reviewer 李振华 GD-GAJ
add_staff demo.supervisor supervisor 刘芳
add_staff demo.admin admin 张伟

# The simulated ID card reader and QR scanner watch these files (packaging/demo-id-card.sh
# put|remove; packaging/demo-scan.sh RECEIPT.pdf).
args=(--data-dir "$data" --windowed --id-card-reader "file:$data/idcard.json"
      --qr-scanner "file:$data/scan.txt" "$@")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running under Xvfb and saving build-release/demo.png"
  # Portrait unless the options given say otherwise (the last --size counts).
  xvfb-run -a -s "-screen 0 1920x1920x24" "$out/bin/onewindow" --size 1080x1920 "${args[@]}" \
    --screenshot "$out/demo.png" --exit-after-first-frame
  exit 0
fi
"$out/bin/onewindow" "${args[@]}"
