#!/usr/bin/env bash
# onewindowctl terminal enroll: a key and request, signed by the demo CA with the openssl command
# line, then installed; the installation is in the audit log (it was not) and the chain verifies.
set -euo pipefail
ctl="$1"; pki_script="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/testlib.sh"
export LC_ALL=en_US.UTF-8
data="$work/data"
run() { "$ctl" --data-dir "$data" "$@"; }
terminal_init "$data"
bash "$pki_script" "$work/pki" >/dev/null

expect_exit 0 run terminal enroll --id GZ-TH-KIOSK-0042 --url https://127.0.0.1:18443
csr=$(sed -n 's/^certificate request: //p' "$work/out" | head -1)
[ -s "$csr" ] || fail "no certificate request: $(cat "$work/out")"
printf 'basicConstraints=critical,CA:FALSE\nextendedKeyUsage=clientAuth\n' >"$work/ext"
openssl x509 -req -in "$csr" -CA "$work/pki/ca.pem" -CAkey "$work/pki/ca.key" -CAcreateserial \
  -days 30 -sha256 -extfile "$work/ext" -out "$work/terminal.pem" 2>/dev/null
expect_exit 0 run terminal enroll --install "$work/terminal.pem" --ca "$work/pki/ca.pem"
expect_exit 0 run audit show
grep -q "settings.change	hall	install terminal certificate" "$work/out" \
  || fail "the installation is not audited: $(cat "$work/out")"
fingerprint=$(openssl x509 -in "$work/terminal.pem" -noout -fingerprint -sha256 | cut -d= -f2)
grep -q "$fingerprint" "$work/out" || fail "the audit entry does not name the certificate"
expect_exit 0 run audit verify
echo "ctl_enroll: all checks passed"
