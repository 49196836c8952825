#!/usr/bin/env bash
# Signs the demo service catalog as a catalog authority would, with the openssl command line only.
#   packaging/make-demo-catalog.sh OUTDIR [CATALOG.json]
# CATALOG.json defaults to resources/catalog/demo-catalog.json (publisherKeyId gd-catalog-2026).
#
# OUTDIR receives (keys are made once and kept; signatures are always remade):
#   publisher-sm2.key publisher-sm2.pub.pem       demo publisher key gd-catalog-2026 (SM2)
#   publisher-p256.key publisher-p256.pub.pem     demo publisher key gd-catalog-es256-2026 (P-256)
#   demo-catalog.json demo-catalog.json.sig       SM2-SM3 signature, distinguishing ID 1234567812345678
#   demo-catalog-es256.json demo-catalog-es256.json.sig   same items, publisherKeyId
#                                                 gd-catalog-es256-2026, ES256 signature
# Then on a terminal:
#   onewindowctl trust add-publisher gd-catalog-2026 OUTDIR/publisher-sm2.pub.pem
#   onewindowctl catalog import OUTDIR/demo-catalog.json
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 OUTDIR [CATALOG.json]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
out=$1
catalog=${2:-$here/../resources/catalog/demo-catalog.json}
[ -s "$catalog" ] || { echo "no catalog at $catalog" >&2; exit 2; }
mkdir -p "$out"

key() { # name curve
    if [ ! -s "$out/$1.key" ]; then
        (umask 077; openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" -out "$out/$1.key")
    fi
    openssl pkey -in "$out/$1.key" -pubout -out "$out/$1.pub.pem"
}
key publisher-sm2 SM2
key publisher-p256 P-256

# The signature covers the exact bytes: copy, never re-serialise.
cp "$catalog" "$out/demo-catalog.json"
openssl dgst -sm3 -sign "$out/publisher-sm2.key" -sigopt distid:1234567812345678 \
    "$out/demo-catalog.json" | base64 -w0 >"$out/demo-catalog.json.sig"

sed 's/"publisherKeyId": "gd-catalog-2026"/"publisherKeyId": "gd-catalog-es256-2026"/' \
    "$catalog" >"$out/demo-catalog-es256.json"
grep -q '"gd-catalog-es256-2026"' "$out/demo-catalog-es256.json" \
    || { echo "the catalog does not name publisher key gd-catalog-2026" >&2; exit 1; }
openssl dgst -sha256 -sign "$out/publisher-p256.key" "$out/demo-catalog-es256.json" \
    | base64 -w0 >"$out/demo-catalog-es256.json.sig"
echo "signed demo catalogs in $out"
