#!/usr/bin/env bash
# onewindowctl ecert verify / trust add-issuer|revoke|list with envelopes made only by the openssl
# command line: every outcome of shared/formats/e-certificate.md and its exit code.
set -euo pipefail
ctl="$1"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export LC_ALL=en_US.UTF-8
source "$(dirname "$0")/testlib.sh"
d="$work/data"
run() { "$ctl" --data-dir "$d" "$@"; }
terminal_init "$d"
holder=440106199001011235
other=44010619920304123X

key() { # name curve
  openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" -out "$work/$1.key" 2>/dev/null
  openssl pkey -in "$work/$1.key" -pubout -out "$work/$1.pub"
}
key sm2 SM2; key p256 P-256; key p384 secp384r1; key stranger SM2

payload() { # holder certNumber validUntil(JSON) -> payload bytes on stdout (no trailing newline)
  printf '{"certType":"MARRIAGE_CERT","certTypeName":"结婚证","certNumber":"%s","issuer":{"code":"11440106MB2C12345E","name":"广州市天河区民政局"},"holder":{"name":"张三","idType":"RESIDENT_ID","idNumber":"%s"},"issuedOn":"2019-05-20","validFrom":"2019-05-20","validUntil":%s,"fields":{"spouseName":"李四","spouseIdNumber":"44010619920304123X"},"status":"valid"}' "$2" "$1" "$3"
}
envelope() { # alg kid payloadfile sigfile -> envelope JSON
  printf '{"format":"onewindow-ecert","formatVersion":1,"alg":"%s","kid":"%s","payload":"%s","sig":"%s"}\n' \
    "$1" "$2" "$(base64 -w0 "$3")" "$(base64 -w0 "$4")"
}
sign_sm2() { openssl dgst -sm3 -sign "$work/$1.key" -sigopt distid:1234567812345678 -out "$3" "$2"; }
sign_es() { openssl dgst -sha256 -sign "$work/$1.key" -out "$3" "$2"; }
make() { # name signer key alg kid holder number validUntil
  payload "$6" "$7" "$8" >"$work/$1.payload"
  "$2" "$3" "$work/$1.payload" "$work/$1.sig"
  envelope "$4" "$5" "$work/$1.payload" "$work/$1.sig" >"$work/$1.json"
}

# Trust: two issuers, one revocation; a P-384 key and a missing file are refused.
expect_exit 0 run trust add-issuer gd-mzj-2026 "$work/sm2.pub"
grep -q "SM2-SM3" "$work/out" || fail "add-issuer should name SM2-SM3"
expect_exit 0 run trust add-issuer gd-scjg-2026 "$work/p256.key"   # a private key gives its public half
grep -q "ES256" "$work/out" || fail "add-issuer should name ES256"
expect_exit 3 run trust add-issuer weak "$work/p384.pub"
expect_exit 2 run trust add-issuer "bad id" "$work/sm2.pub"
expect_exit 1 run trust add-issuer gd-x "$work/missing.pub"
# A revocation: a dry run says what would change and changes nothing; a key that is not trusted
# (a typo) and a number already revoked are refused; a revocation made here can be lifted,
# audited (acceptance: a mistyped key ID was "revoked" silently, and nothing could be lifted).
expect_exit 0 run trust revoke gd-mzj-2026 J-REVOKED-1 --dry-run
grep -q "^dry run: .*J-REVOKED-1" "$work/out" || fail "revoke dry run: $(cat "$work/out")"
[ "$(sqlite3 "$d/onewindow.sqlite" 'SELECT count(*) FROM certificate_revocations')" = 0 ] || fail "a dry run revoked"
expect_exit 2 run trust revoke gd-mzj-2062 J-REVOKED-1
grep -q "gd-mzj-2062" "$work/err" || fail "the unknown key is not named"
expect_exit 0 run trust revoke gd-mzj-2026 J-REVOKED-1
expect_exit 2 run trust revoke gd-mzj-2026 J-REVOKED-1
expect_exit 2 run trust revoke gd-mzj-2026
expect_exit 0 run trust revoke gd-mzj-2026 J-LIFTED-1
expect_exit 0 run trust unrevoke gd-mzj-2026 J-LIFTED-1 --dry-run
[ "$(sqlite3 "$d/onewindow.sqlite" 'SELECT count(*) FROM certificate_revocations')" = 2 ] || fail "a dry run lifted"
expect_exit 0 run trust unrevoke gd-mzj-2026 J-LIFTED-1
expect_exit 2 run trust unrevoke gd-mzj-2026 J-LIFTED-1
expect_exit 0 run audit show
grep -q "trust.change	gd-mzj-2026	lift revocation sha256:" "$work/out" || fail "lifting not audited"
expect_exit 0 run trust remove-issuer gd-scjg-2026 --dry-run
grep -q "^dry run: " "$work/out" || fail "remove-issuer dry run"
expect_exit 2 run trust remove-issuer gd-nobody --dry-run
# trust list as a script reads it: every key with its whole SHA-256 fingerprint.
expect_exit 0 run trust list --json
python3 - "$work/out" "$(openssl pkey -pubin -in "$work/sm2.pub" -outform DER | sha256sum | cut -c1-64)" <<'PY' || fail "trust list --json"
import json, sys
doc = json.load(open(sys.argv[1]))
issuers = {i["keyId"]: i for i in doc["issuers"]}
assert issuers["gd-scjg-2026"]["source"] == "local", issuers
assert issuers["gd-mzj-2026"]["algorithm"] == "SM2-SM3"
fingerprint = issuers["gd-mzj-2026"]["sha256"].replace(" ", "").replace(":", "").lower()
assert fingerprint == sys.argv[2], (fingerprint, sys.argv[2])
assert {"keyId": "gd-mzj-2026", "certNumber": "J-REVOKED-1"} in doc["revoked"], doc["revoked"]
assert doc["trustListFetchedAt"] is None
PY
expect_exit 0 run trust list
grep -q "gd-mzj-2026  SM2-SM3  local" "$work/out" || fail "trust list: issuer"
grep -q "gd-scjg-2026  ES256  local" "$work/out" || fail "trust list: ES256 issuer"
grep -q "gd-mzj-2026 J-REVOKED-1" "$work/out" || fail "trust list: revocation"

# A key file that is no key is answered in the issuer's words (acceptance 30: the publisher's).
printf -- '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' >"$work/cert.pem"
expect_exit 3 run trust add-issuer gd-x "$work/cert.pem"
grep -qi "issuer" "$work/err" || fail "bad issuer key: $(cat "$work/err")"
grep -qi "publisher" "$work/err" && fail "bad issuer key speaks of publishers: $(cat "$work/err")"
# The hall's trust list is fetched on demand; without a hall, the command says so (exit 2).
expect_exit 2 run trust refresh
expect_exit 2 run trust refresh extra

# Genuine SM2 and ES256.
make sm2ok sign_sm2 sm2 SM2-SM3 gd-mzj-2026 $holder J-1 null
expect_exit 0 run ecert verify "$work/sm2ok.json" --holder $holder
grep -q "^genuine" "$work/out" || fail "sm2 genuine"
grep -q "J-1" "$work/out" || fail "certificate number shown"
expect_exit 0 run ecert verify "$work/sm2ok.json"
make esok sign_es p256 ES256 gd-scjg-2026 $holder J-2 '"2099-12-31"'
expect_exit 0 run ecert verify "$work/esok.json" --holder $holder

# Tampered: one byte of the payload changed after signing.
sed 's/J-1/J-9/' "$work/sm2ok.payload" >"$work/tampered.payload"
envelope SM2-SM3 gd-mzj-2026 "$work/tampered.payload" "$work/sm2ok.sig" >"$work/tampered.json"
expect_exit 3 run ecert verify "$work/tampered.json" --holder $holder
grep -q "does not match" "$work/out" || fail "tampered reason"

# SM2 signed without the distinguishing ID, and with another one.
openssl dgst -sm3 -sign "$work/sm2.key" -out "$work/nodistid.sig" "$work/sm2ok.payload"
envelope SM2-SM3 gd-mzj-2026 "$work/sm2ok.payload" "$work/nodistid.sig" >"$work/nodistid.json"
expect_exit 3 run ecert verify "$work/nodistid.json"
openssl dgst -sm3 -sign "$work/sm2.key" -sigopt distid:8765432187654321 -out "$work/otherid.sig" "$work/sm2ok.payload"
envelope SM2-SM3 gd-mzj-2026 "$work/sm2ok.payload" "$work/otherid.sig" >"$work/otherid.json"
expect_exit 3 run ecert verify "$work/otherid.json"

# Unknown kid (a key nobody trusted), algorithm that does not match the key.
make unknown sign_sm2 stranger SM2-SM3 gd-unknown-2026 $holder J-3 null
expect_exit 3 run ecert verify "$work/unknown.json"
grep -q "gd-unknown-2026" "$work/out" || fail "unknown kid named"
envelope ES256 gd-mzj-2026 "$work/sm2ok.payload" "$work/sm2ok.sig" >"$work/algmismatch.json"
expect_exit 3 run ecert verify "$work/algmismatch.json"
grep -q "SM2-SM3" "$work/out" || fail "alg mismatch names the key's algorithm"
sign_es p256 "$work/sm2ok.payload" "$work/es-under-sm2.sig"
envelope SM2-SM3 gd-mzj-2026 "$work/sm2ok.payload" "$work/es-under-sm2.sig" >"$work/es-under-sm2.json"
expect_exit 3 run ecert verify "$work/es-under-sm2.json"

# Expired, revoked, someone else's.
make expired sign_sm2 sm2 SM2-SM3 gd-mzj-2026 $holder J-4 '"2020-01-01"'
expect_exit 4 run ecert verify "$work/expired.json" --holder $holder
grep -q "2020-01-01" "$work/out" || fail "expiry date shown"
make revoked sign_sm2 sm2 SM2-SM3 gd-mzj-2026 $holder J-REVOKED-1 null
expect_exit 5 run ecert verify "$work/revoked.json" --holder $holder
expect_exit 6 run ecert verify "$work/sm2ok.json" --holder $other
make others sign_es p256 ES256 gd-scjg-2026 $other J-5 null
expect_exit 6 run ecert verify "$work/others.json" --holder $holder

# Invalid base64, a signed payload that is not JSON, not an envelope at all.
sed 's/"payload":"/"payload":"*%/' "$work/sm2ok.json" >"$work/badbase64.json"
expect_exit 3 run ecert verify "$work/badbase64.json"
grep -q "base64" "$work/out" || fail "base64 reason"
printf 'this is not JSON' >"$work/notjson.payload"
sign_sm2 sm2 "$work/notjson.payload" "$work/notjson.sig"
envelope SM2-SM3 gd-mzj-2026 "$work/notjson.payload" "$work/notjson.sig" >"$work/notjson.json"
expect_exit 3 run ecert verify "$work/notjson.json"
expect_exit 2 run ecert verify "$work/sm2.pub"
printf '{"format":"onewindow-catalog"}' >"$work/catalog.json"
expect_exit 2 run ecert verify "$work/catalog.json"
head -c 300000 /dev/urandom >"$work/big.bin"
expect_exit 2 run ecert verify "$work/big.bin"
expect_exit 2 run ecert verify "$work/none.json"
expect_exit 2 run ecert verify
# Nothing personal on the screen beyond what the administrator typed: the holder's name is not printed.
run ecert verify "$work/sm2ok.json" --holder $holder | grep -q "张三" && fail "holder name printed"
echo "ctl_ecert: all outcomes ok"
