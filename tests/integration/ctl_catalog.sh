#!/usr/bin/env bash
# onewindowctl catalog/trust against the demo catalog, signed by the openssl command line only:
# exit codes 0 (applied, dry run), 2 (invalid, one line per problem with its JSON path),
# 3 (signature or trust), 1 (other), and a database left alone by every refusal.
set -euo pipefail
ctl="$1"; source_dir="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/testlib.sh"
export LC_ALL=en_US.UTF-8
data="$work/data"
run() { "$ctl" --data-dir "$data" "$@"; }
terminal_init "$data"
db="$data/onewindow.sqlite"
# What an import may change; a refusal must leave it exactly as it was.
state() {
  sqlite3 "$db" "SELECT count(*) FROM catalog_versions; SELECT active_version FROM catalog_state;
                 SELECT code, snapshot FROM catalog_items ORDER BY code;" | sha256sum
}

"$source_dir/packaging/make-demo-catalog.sh" "$work/demo" >/dev/null
demo="$work/demo/demo-catalog.json"

# Nothing is trusted yet: refused as a trust failure, nothing applied.
expect_exit 3 run catalog import "$demo"
grep -q "gd-catalog-2026" "$work/err" || fail "the refusal does not name the unknown key"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM catalog_versions')" = 0 ] || fail "applied untrusted"

# A key's last valid day: one already past is refused, one that is no date too.
expect_exit 2 run trust add-publisher gd-catalog-2026 "$work/demo/publisher-sm2.pub.pem" \
  --valid-until 2020-01-01
expect_exit 2 run trust add-publisher gd-catalog-2026 "$work/demo/publisher-sm2.pub.pem" \
  --valid-until someday
expect_exit 0 run trust add-publisher gd-catalog-2026 "$work/demo/publisher-sm2.pub.pem" \
  --valid-until 2099-12-31
grep -q "SM2-SM3" "$work/out" || fail "SM2 key not recognised"
expect_exit 0 run trust list
grep -q "gd-catalog-2026  SM2-SM3  .*2099-12-31" "$work/out" || fail "trust list: valid until"
expect_exit 0 run trust add-publisher gd-catalog-es256-2026 "$work/demo/publisher-p256.pub.pem"
grep -q "ES256" "$work/out" || fail "P-256 key not recognised"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out "$work/rsa.key" 2>/dev/null
expect_exit 3 run trust add-publisher weak "$work/rsa.key"
expect_exit 2 run trust add-publisher "bad id" "$work/demo/publisher-sm2.pub.pem"

# Dry run: verified and valid, nothing changed.
expect_exit 0 run catalog import "$demo" --dry-run
grep -q "^dry run: catalog 2026.12.1 (86 items)" "$work/out" || fail "dry run: $(head -1 "$work/out")"
grep -q "^changes: 86 added, 0 removed, 0 changed" "$work/out" || fail "dry run diff"
# One line per item only with --verbose (a province catalog has 200,000): the first 20 otherwise.
[ "$(grep -c '^+ ' "$work/out")" = 20 ] || fail "item lines without --verbose: $(grep -c '^+ ' "$work/out")"
grep -q "and 66 more" "$work/out" || fail "no count of the items not listed"
expect_exit 0 "$ctl" --verbose --data-dir "$data" catalog import "$demo" --dry-run
[ "$(grep -c '^+ ' "$work/out")" = 86 ] || fail "--verbose does not list every item"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM catalog_versions')" = 0 ] || fail "dry run applied"

# SM2-SM3 (distinguishing ID 1234567812345678) and ES256, as catalog.md says.
expect_exit 0 run catalog import "$demo"
grep -q "^applied: catalog 2026.12.1 (86 items) is now active as version 1" "$work/out" || fail "SM2 import"
expect_exit 0 run catalog import "$work/demo/demo-catalog-es256.json"
grep -q "is now active as version 2" "$work/out" || fail "ES256 import"
grep -q "^changes: 0 added, 0 removed, 0 changed" "$work/out" || fail "same items should be no change"
before=$(state)

# Signature and trust failures: exit 3, database unchanged.
sed '0,/社会保障卡申领/s//社会保障卡申办/' "$demo" >"$work/tampered.json"
cp "$demo.sig" "$work/tampered.json.sig"
expect_exit 3 run catalog import "$work/tampered.json"
# Cut short after signing: a signature failure, not a syntax error.
head -c 5000 "$demo" >"$work/cut.json"; cp "$demo.sig" "$work/cut.json.sig"
expect_exit 3 run catalog import "$work/cut.json"
openssl dgst -sm3 -sign "$work/demo/publisher-sm2.key" "$demo" | base64 -w0 >"$work/noid.sig"
expect_exit 3 run catalog import "$demo" --signature "$work/noid.sig"
openssl dgst -sm3 -sign "$work/demo/publisher-sm2.key" -sigopt distid:8765432187654321 "$demo" \
  | base64 -w0 >"$work/otherid.sig"
expect_exit 3 run catalog import "$demo" --signature "$work/otherid.sig"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/stranger.key" 2>/dev/null
sed 's/"gd-catalog-2026"/"gd-stranger-2026"/' "$demo" >"$work/stranger.json"
openssl dgst -sha256 -sign "$work/stranger.key" "$work/stranger.json" | base64 -w0 >"$work/stranger.json.sig"
expect_exit 3 run catalog import "$work/stranger.json"
grep -q "gd-stranger-2026" "$work/err" || fail "unknown key not named"
openssl dgst -sha256 -sign "$work/stranger.key" "$demo" | base64 -w0 >"$work/wrongkey.sig"
expect_exit 3 run catalog import "$demo" --signature "$work/wrongkey.sig"
expect_exit 3 run catalog import "$demo" --signature "$work/missing.sig"
[ "$(state)" = "$before" ] || fail "a refused signature changed the database"

# Invalid catalogs, correctly signed: exit 2, each problem on a line starting with its path.
invalid() { # name sed-script expected-path
  sed "$2" "$demo" >"$work/$1.json"
  openssl dgst -sm3 -sign "$work/demo/publisher-sm2.key" -sigopt distid:1234567812345678 \
    "$work/$1.json" | base64 -w0 >"$work/$1.json.sig"
  expect_exit 2 run catalog import "$work/$1.json"
  grep -q "^$3: " "$work/err" || { cat "$work/err" >&2; fail "$1: no line starting with $3"; }
  [ "$(state)" = "$before" ] || fail "$1 changed the database"
}
invalid promise '0,/"promisedLimitDays": 10/s//"promisedLimitDays": 99/' 'items\[0\]\.promisedLimitDays'
invalid future 's/"formatVersion": 1/"formatVersion": 7/' 'formatVersion'
invalid duplicate '0,/"code": "11440000006939800X4442111807002"/s//"code": "11440000006939800X4442111800001"/' 'items\[1\]\.code'
invalid unknown_dept '0,/"department": "GD-YBJ"/s//"department": "GD-NOWHERE"/' 'items\[17\]\.department'
invalid key_type '0,/"type": "phone"/s//"type": "number"/' 'items\[1\]\.form\[2\]\.type'
invalid bad_type '0,/"type": "text"/s//"type": "colour"/' 'items\[0\]\.form\[0\]\.type'
invalid truncated '$d' '\$'
printf '{"format": "onewindow-catalog", "publisherKeyId": "gd-catalog-2026", "x": "\xff"}' >"$work/utf8.json"
openssl dgst -sm3 -sign "$work/demo/publisher-sm2.key" -sigopt distid:1234567812345678 \
  "$work/utf8.json" | base64 -w0 >"$work/utf8.json.sig"
expect_exit 2 run catalog import "$work/utf8.json"
grep -q "UTF-8" "$work/err" || fail "invalid UTF-8 not explained"
# Several problems at once: every one is listed.
sed -e '0,/"promisedLimitDays": 10/s//"promisedLimitDays": 99/' -e 's/"level": "town"/"level": "hamlet"/' \
  -e 's/"gd-catalog-2026"/"gd-catalog-es256-2026"/' "$demo" >"$work/many.json"
openssl dgst -sha256 -sign "$work/demo/publisher-p256.key" "$work/many.json" | base64 -w0 >"$work/many.sig"
expect_exit 2 run catalog import "$work/many.json" --signature "$work/many.sig"
[ "$(grep -c '^items\[[0-9]*\]\.level: ' "$work/err")" -ge 10 ] || fail "not every level error listed"
grep -q '^items\[0\]\.promisedLimitDays: ' "$work/err" || fail "promise error missing among many"
[ "$(state)" = "$before" ] || fail "an invalid catalog changed the database"

# Versions and rollback.
expect_exit 0 run catalog versions
[ "$(grep -c . "$work/out")" = 2 ] || fail "two versions expected"
grep -q '^\* 2' "$work/out" || fail "version 2 not active"
expect_exit 0 run catalog versions --json
python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); assert [x["active"] for x in v] == [False, True] and v[0]["catalogVersion"] == "2026.12.1" and v[0]["items"] == 86 and len(v[0]["sha256"]) == 64, v' "$work/out" \
  || fail "catalog versions --json: $(cat "$work/out")"
# A dry run of the rollback says what would change, and changes nothing.
expect_exit 0 run catalog rollback 1 --dry-run
grep -q "^dry run: version 1 (catalog 2026.12.1, 86 items)" "$work/out" || fail "rollback dry run: $(cat "$work/out")"
expect_exit 0 run catalog versions
grep -q '^\* 2' "$work/out" || fail "a rollback dry run changed the active version"
expect_exit 0 run catalog rollback 1
expect_exit 0 run catalog versions
grep -q '^\* 1' "$work/out" || fail "rollback did not activate version 1"
expect_exit 1 run catalog rollback 99
expect_exit 2 run catalog rollback one

# An older catalog, genuine and valid, does not replace the active one (found in acceptance: a
# stale copy became active): exit 4 naming both versions, unless asked for with --allow-older,
# which is audited as such. A newer one is taken as before.
signed() { # name sed-script: a correctly signed variant of the demo catalog
  sed "$2" "$demo" >"$work/$1.json"
  openssl dgst -sm3 -sign "$work/demo/publisher-sm2.key" -sigopt distid:1234567812345678 \
    "$work/$1.json" | base64 -w0 >"$work/$1.json.sig"
}
signed older 's/"catalogVersion": "2026.12.1"/"catalogVersion": "2026.11.3"/; s/"issuedAt": "2026-12-04T09:00:00+08:00"/"issuedAt": "2026-11-20T09:00:00+08:00"/'
signed renumbered 's/"catalogVersion": "2026.12.1"/"catalogVersion": "2026.9.30"/'
signed newer 's/"catalogVersion": "2026.12.1"/"catalogVersion": "2026.12.10"/; s/"issuedAt": "2026-12-04T09:00:00+08:00"/"issuedAt": "2026-12-06T09:00:00+08:00"/'
before=$(state)
expect_exit 4 run catalog import "$work/older.json"
grep -q "2026.11.3" "$work/err" && grep -q "2026.12.1" "$work/err" || fail "older: $(cat "$work/err")"
grep -q -- "--allow-older" "$work/err" || fail "the refusal does not say how to insist"
expect_exit 4 run catalog import "$work/renumbered.json"
[ "$(state)" = "$before" ] || fail "an older catalog changed the database"
expect_exit 0 run catalog import "$work/older.json" --dry-run
grep -q "older than the active catalog 2026.12.1" "$work/out" || fail "dry run: $(cat "$work/out")"
LC_ALL=zh_CN.UTF-8 expect_exit 4 run catalog import "$work/older.json"
grep -q "2026.11.3.*旧" "$work/err" || fail "zh: $(cat "$work/err")"
expect_exit 0 run catalog import "$work/older.json" --allow-older
grep -q "catalog 2026.11.3 .* is now active as version 3" "$work/out" || fail "allowed: $(cat "$work/out")"
expect_exit 0 run audit show
grep -q "catalog.load	2026.11.3	version 3.*older than active 2026.12.1, allowed explicitly" "$work/out" \
  || fail "an allowed older catalog is not audited as such"
expect_exit 0 run catalog import "$work/newer.json"
grep -q "catalog 2026.12.10 .* is now active as version 4" "$work/out" || fail "newer: $(cat "$work/out")"

# Search: 社会保障卡 first for sbk, shebao and 社保; 养老 for yanglao.
for q in sbk shebao 社保 SBK; do
  expect_exit 0 run catalog search "$q" --limit 5
  head -1 "$work/out" | cut -f2 | grep -q '^社会保障卡' || fail "search $q: $(head -1 "$work/out")"
done
expect_exit 0 run catalog search yanglao
head -1 "$work/out" | cut -f2 | grep -q '养老' || fail "search yanglao: $(head -1 "$work/out")"
expect_exit 0 run catalog search "'; DROP TABLE catalog_items; --"
expect_exit 0 run catalog search 'sbk" OR *'
expect_exit 0 run catalog search "$(head -c 20000 /dev/zero | tr '\0' 'a')"
expect_exit 0 run catalog search sbk --limit 2
[ "$(grep -c . "$work/out")" = 2 ] || fail "--limit not honoured"
expect_exit 2 run catalog search sbk --limit 0
[ "$(sqlite3 "$db" 'SELECT count(*) FROM catalog_items')" = 86 ] || fail "items lost"

# Chinese messages by default.
LC_ALL=zh_CN.UTF-8 expect_exit 3 run catalog import "$work/tampered.json"
grep -q '签名' "$work/err" || fail "no Chinese message: $(cat "$work/err")"

# Every trust change from the command line is in the audit log, as the admin view's are, and the
# chain still verifies (issue: trust add-publisher, add-issuer and revoke wrote no entry).
expect_exit 0 run audit show
grep -q "trust.change	gd-catalog-2026	add publisher" "$work/out" || fail "add-publisher not audited"
grep -q "trust.change	gd-catalog-es256-2026	add publisher" "$work/out" || fail "second key not audited"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/issuer.key" 2>/dev/null
openssl pkey -in "$work/issuer.key" -pubout -out "$work/issuer.pub.pem"
expect_exit 0 run trust add-issuer test-issuer-1 "$work/issuer.pub.pem"
expect_exit 0 run trust revoke test-issuer-1 44010619580301123X
expect_exit 0 run trust remove-issuer test-issuer-1
expect_exit 2 run trust remove-issuer test-issuer-1
expect_exit 0 run trust remove-publisher gd-catalog-es256-2026
expect_exit 2 run trust remove-publisher gd-catalog-es256-2026
expect_exit 0 run audit show
for what in "test-issuer-1	add issuer" "test-issuer-1	revoke certificate sha256:" \
    "test-issuer-1	remove issuer" "gd-catalog-es256-2026	remove publisher"; do
  grep -q "trust.change	$what" "$work/out" || fail "not audited: $what"
done
# The revoked number may be a citizen's ID number: the audit log names only its hash.
grep -q 44010619580301123X "$work/out" && fail "a certificate number in clear in the audit log"
[ "$(grep -c "trust.change" "$work/out")" = 6 ] || fail "refused changes must not be audited"
expect_exit 0 run audit verify

# A reviewer's department is one of the catalog's (NO-SUCH-DEPT was accepted before).
echo 'Tide-pool 42' >"$work/pw"
STDIN="$work/pw" expect_exit 2 run staff add wang.fang --role reviewer --department NO-SUCH-DEPT
grep -q "NO-SUCH-DEPT" "$work/err" || fail "unknown department not named: $(cat "$work/err")"
# ... and the catalog's departments are listed (issue 24 item 8).
grep -q "GD-RSJ, .*GD-GAJ" "$work/err" || fail "the valid departments not listed: $(cat "$work/err")"
STDIN="$work/pw" expect_exit 0 run staff add wang.fang --role reviewer --department GD-GAJ

echo "ctl_catalog: all checks passed"
