#!/usr/bin/env bash
# Holds a code under the demo kiosk's simulated QR scanner.
#   packaging/demo-scan.sh RECEIPT.pdf   decodes the receipt's QR code (pdftoppm + zbarimg)
#   packaging/demo-scan.sh IMAGE.png     decodes a picture of a code
#   packaging/demo-scan.sh 'OW1|…|…'     scans this text
# The demo kiosk (packaging/run-demo.sh) watches build-release/demo-data/scan.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
scan="${ONEWINDOW_DEMO_SCAN:-build-release/demo-data/scan.txt}"
[ $# -eq 1 ] || { echo "usage: $0 RECEIPT.pdf | IMAGE.png | TEXT" >&2; exit 2; }
what="$1"
if [ -f "$what" ]; then
  case "$what" in
    *.pdf)
      tmp=$(mktemp -d)
      trap 'rm -rf "$tmp"' EXIT
      pdftoppm -r 200 -png "$what" "$tmp/page"
      text=$(zbarimg --quiet --raw "$tmp"/page*.png | head -n 1) ;;
    *) text=$(zbarimg --quiet --raw "$what" | head -n 1) ;;
  esac
else
  text="$what"
fi
[ -n "$text" ] || { echo "no QR code found in $what" >&2; exit 1; }
printf '%s\n' "$text" > "$scan.part"
mv "$scan.part" "$scan"
echo "scanned: ${text%%|*}|…"
