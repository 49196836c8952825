#!/usr/bin/env bash
# Makes the demo PKI of the reference online service hall with the openssl command line only.
#   packaging/make-demo-pki.sh OUTDIR [TERMINAL-ID ...]
# Default terminal ids: GZ-TH-KIOSK-0001 GZ-TH-KIOSK-0002 GZ-TH-DESK-0001.
#
# OUTDIR receives:
#   ca.pem ca.key                   hall CA (EC P-256); index.txt serial newcerts/ are its openssl ca database
#   hall.pem hall.key               hall server, DNS:localhost IP:127.0.0.1
#   hall.ocsp.der                   a 'good' OCSP response for hall.pem (for stapling tests)
#   terminal-<ID>.pem .key          terminal client certificates, CN = terminal id
#   expired-hall.pem .key           validity entirely in the past
#   wronghost-hall.pem .key         SAN DNS:another.example only
#   selfsigned-hall.pem .key        self-signed, SAN localhost/127.0.0.1
#   otherca.pem otherca.key         an unrelated CA; otherca-hall.pem .key and otherca-terminal.pem .key
#   revoked-hall.pem .key           revoked in index.txt; revoked-hall.ocsp.der is its 'revoked' response
#   ocsp.pem ocsp.key               OCSP responder (OCSPSigning), e.g.
#       openssl ocsp -index index.txt -CA ca.pem -rsigner ocsp.pem -rkey ocsp.key \
#           -issuer ca.pem -cert revoked-hall.pem -respout resp.der -ndays 1
#   issuers/<kid>.key .pub.pem      e-certificate issuer signing keys (SM2 or P-256), see issuers/README
# Idempotent: a complete OUTDIR is left alone; missing pieces, and those not valid at this moment
# (an OCSP response is good for 30 days), are made. Concurrent runs on one OUTDIR are serialised
# with flock.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 OUTDIR [TERMINAL-ID ...]" >&2
    exit 2
fi
out=$1
shift
if [ $# -gt 0 ]; then ids=("$@"); else ids=(GZ-TH-KIOSK-0001 GZ-TH-KIOSK-0002 GZ-TH-DESK-0001); fi
for id in "${ids[@]}"; do
    [[ $id =~ ^[A-Za-z0-9-]{1,64}$ ]] || { echo "bad terminal id: $id" >&2; exit 2; }
done

# kid:algorithm:issuing authority. SM2 keys sign SM2-SM3 envelopes, P-256 keys sign ES256.
issuers=(
    "gd-gaj-2026:sm2:广东省公安厅"
    "gd-mzj-2026:p256:广东省民政厅"
    "gd-scjg-2026:p256:广东省市场监督管理局"
    "gd-rsj-2026:sm2:广东省人力资源和社会保障厅"
    "gd-zrzy-2026:sm2:广东省自然资源厅"
)

mkdir -p "$out"
out=$(cd "$out" && pwd)
exec 9>"$out/.lock"
flock 9

complete() {
    local f
    for f in ca.pem ca.key hall.pem hall.key hall.ocsp.der expired-hall.pem expired-hall.key \
        wronghost-hall.pem wronghost-hall.key selfsigned-hall.pem selfsigned-hall.key \
        otherca.pem otherca.key otherca-hall.pem otherca-hall.key otherca-terminal.pem \
        otherca-terminal.key revoked-hall.pem revoked-hall.key revoked-hall.ocsp.der \
        ocsp.pem ocsp.key index.txt; do
        [ -s "$out/$f" ] || return 1
    done
    for id in "${ids[@]}"; do
        [ -s "$out/terminal-$id.pem" ] && [ -s "$out/terminal-$id.key" ] || return 1
    done
    local spec
    for spec in "${issuers[@]}"; do
        [ -s "$out/issuers/${spec%%:*}.key" ] || return 1
    done
    return 0
}

# A set kept from an earlier run may not be valid at this moment: an OCSP response lasts 30 days,
# a certificate 825, and a run under faketime moves the clock by years either way. What is not
# valid now is made again (a CA with all it signed), so that no test depends on the day OUTDIR
# was first made.
valid_now() { # CA CERT: CERT verifies against CA, dates included
    [ -s "$out/$1" ] && [ -s "$out/$2" ] \
        && openssl verify -CAfile "$out/$1" "$out/$2" >/dev/null 2>&1
}
fresh_ocsp() { # CERT RESPONSE: the response is signed and inside its validity period
    local said
    [ -s "$out/$2" ] && [ -s "$out/ocsp.pem" ] || return 1
    said=$(openssl ocsp -respin "$out/$2" -CAfile "$out/ca.pem" -issuer "$out/ca.pem" \
        -cert "$out/$1" -no_nonce 2>&1) || return 1
    [[ $said == *"Response verify OK"* && $said != *"Status times invalid"* ]]
}
if [ -s "$out/ca.pem" ]; then
    valid_now ca.pem ca.pem || rm -f "$out/ca.pem" # and below, everything it signed
    for name in hall ocsp wronghost-hall revoked-hall "${ids[@]/#/terminal-}"; do
        valid_now ca.pem "$name.pem" || rm -f "$out/$name.pem" "$out/$name.key"
    done
    fresh_ocsp hall.pem hall.ocsp.der || rm -f "$out/hall.ocsp.der"
    fresh_ocsp revoked-hall.pem revoked-hall.ocsp.der || rm -f "$out/revoked-hall.ocsp.der"
fi
valid_now selfsigned-hall.pem selfsigned-hall.pem || rm -f "$out/selfsigned-hall.pem"
valid_now otherca.pem otherca.pem || rm -f "$out/otherca.pem"
for name in otherca-hall otherca-terminal; do
    valid_now otherca.pem "$name.pem" || rm -f "$out/$name.pem" "$out/$name.key"
done
if complete; then exit 0; fi

cd "$out"
umask 077
work=$(mktemp -d "$out/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT
subj_base="/C=CN/ST=Guangdong/O=OneWindow Demo"

newkey() { # file
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

# A CA without its key has nothing to sign with: start the whole set again.
if [ ! -s ca.key ] || [ ! -s ca.pem ]; then
    rm -rf ca.pem ca.key index.txt index.txt.* serial serial.* newcerts ./*.pem ./*.key ./*.der
    newkey ca.key
    openssl req -x509 -new -key ca.key -out ca.pem -days 3650 -sha256 \
        -subj "$subj_base/CN=OneWindow Demo Hall CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi
mkdir -p newcerts
[ -f index.txt ] || : >index.txt
[ -f index.txt.attr ] || echo "unique_subject = no" >index.txt.attr
[ -s serial ] || openssl rand -hex 16 >serial

cat >"$work/ca.cnf" <<EOF
[ca]
default_ca = hall_ca
[hall_ca]
dir = $out
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir/newcerts
certificate = \$dir/ca.pem
private_key = \$dir/ca.key
default_md = sha256
default_days = 825
policy = any_policy
unique_subject = no
email_in_dn = no
[any_policy]
countryName = optional
stateOrProvinceName = optional
organizationName = optional
commonName = supplied
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[wronghost]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:another.example
[client]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ocsp]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,OCSPSigning
EOF

# sign NAME CN SECTION [extra openssl ca options]: NAME.key and NAME.pem through the CA database.
sign() {
    local name=$1 cn=$2 section=$3
    shift 3
    [ -s "$name.pem" ] && [ -s "$name.key" ] && return 0
    newkey "$name.key"
    openssl req -new -key "$name.key" -out "$work/$name.csr" -subj "$subj_base/CN=$cn" 2>/dev/null
    openssl ca -batch -notext -config "$work/ca.cnf" -extensions "$section" \
        -in "$work/$name.csr" -out "$name.pem" "$@" 2>"$work/$name.log" \
        || { cat "$work/$name.log" >&2; exit 1; }
}

sign hall localhost server
for id in "${ids[@]}"; do sign "terminal-$id" "$id" client; done
sign expired-hall localhost server -startdate 20200101000000Z -enddate 20210101000000Z
sign wronghost-hall another.example wronghost
sign ocsp "OneWindow Demo OCSP Responder" ocsp
if [ ! -s revoked-hall.pem ] || [ ! -s revoked-hall.key ]; then
    sign revoked-hall localhost server
    openssl ca -config "$work/ca.cnf" -revoke revoked-hall.pem -crl_reason keyCompromise 2>/dev/null
fi

ocsp_response() { # cert out
    openssl ocsp -index index.txt -CA ca.pem -rsigner ocsp.pem -rkey ocsp.key \
        -issuer ca.pem -cert "$1" -no_nonce -respout "$2" -ndays 30 >/dev/null 2>&1
}
[ -s hall.ocsp.der ] || ocsp_response hall.pem hall.ocsp.der
[ -s revoked-hall.ocsp.der ] || ocsp_response revoked-hall.pem revoked-hall.ocsp.der

if [ ! -s selfsigned-hall.pem ] || [ ! -s selfsigned-hall.key ]; then
    newkey selfsigned-hall.key
    openssl req -x509 -new -key selfsigned-hall.key -out selfsigned-hall.pem -days 825 -sha256 \
        -subj "$subj_base/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -addext "extendedKeyUsage=serverAuth" 2>/dev/null
fi

# An unrelated CA: its certificates must be refused by both sides.
if [ ! -s otherca.pem ] || [ ! -s otherca.key ]; then
    rm -f otherca-hall.pem otherca-terminal.pem
    newkey otherca.key
    openssl req -x509 -new -key otherca.key -out otherca.pem -days 3650 -sha256 \
        -subj "/C=CN/O=Some Other Authority/CN=Other Demo CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi
other_sign() { # name cn section
    [ -s "$1.pem" ] && [ -s "$1.key" ] && return 0
    newkey "$1.key"
    openssl req -new -key "$1.key" -out "$work/$1.csr" -subj "$subj_base/CN=$2" 2>/dev/null
    openssl x509 -req -in "$work/$1.csr" -CA otherca.pem -CAkey otherca.key -sha256 -days 825 \
        -set_serial "0x$(openssl rand -hex 16)" -extfile "$work/ca.cnf" -extensions "$3" \
        -out "$1.pem" 2>/dev/null
}
other_sign otherca-hall localhost server
other_sign otherca-terminal "${ids[0]}" client

# E-certificate issuer keys: the hall signs demo envelopes with them and publishes the public
# halves in /api/v1/trust.
mkdir -p issuers
for spec in "${issuers[@]}"; do
    IFS=: read -r kid alg name <<<"$spec"
    if [ ! -s "issuers/$kid.key" ]; then
        if [ "$alg" = sm2 ]; then
            openssl genpkey -algorithm SM2 -out "issuers/$kid.key" 2>/dev/null
        else
            newkey "issuers/$kid.key"
        fi
        openssl pkey -in "issuers/$kid.key" -pubout -out "issuers/$kid.pub.pem"
    fi
done
{
    echo "# kid  algorithm  issuing authority (the hall reads only the *.key files)"
    for spec in "${issuers[@]}"; do
        IFS=: read -r kid alg name <<<"$spec"
        [ "$alg" = sm2 ] && alg=SM2-SM3 || alg=ES256
        echo "$kid  $alg  $name"
    done
} >issuers/README

chmod 0644 ./*.pem issuers/*.pub.pem
echo "demo PKI in $out"
