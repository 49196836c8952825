#!/usr/bin/env bash
# Puts a demo citizen's ID card on the demo kiosk's simulated reader, or takes it off.
#   packaging/demo-id-card.sh put [N]   N-th demo citizen of the reference hall (default 1)
#   packaging/demo-id-card.sh remove
# The demo kiosk (packaging/run-demo.sh) reads build-release/demo-data/idcard.json.
set -euo pipefail
cd "$(dirname "$0")/.."
card="${ONEWINDOW_DEMO_CARD:-build-release/demo-data/idcard.json}"
case "${1:-}" in
  put)
    n="${2:-1}"
    python3 - "$n" hall/demo-citizens.json > "$card.tmp" <<'PY'
import json, sys
n = int(sys.argv[1])
people = json.load(open(sys.argv[2], encoding="utf-8"))["citizens"]
p = people[(n - 1) % len(people)]
print(json.dumps({
    "type": "resident_id", "name": p["name"],
    "sex": "女" if p.get("gender") == "female" else "男", "ethnicity": "汉",
    "birthDate": p["birthDate"], "address": p.get("regionName", "广东省") + "体育西路1号",
    "idNumber": p["idNumber"], "issuingAuthority": "广州市公安局",
    "validFrom": "2020-01-01", "validUntil": "2040-01-01"}, ensure_ascii=False))
PY
    mv "$card.tmp" "$card"
    echo "card of demo citizen $n is on the reader" ;;
  remove)
    rm -f "$card"
    echo "card removed" ;;
  *) echo "usage: $0 put [N] | remove" >&2; exit 2 ;;
esac
