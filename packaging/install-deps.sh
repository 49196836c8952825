#!/usr/bin/env bash
# Installs every Debian 12 package OneWindow needs to build, run, test and package.
# Idempotent: when everything is present it only runs dpkg-query and exits.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format ccache
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-virtualkeyboard-dev
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-wayland libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-virtualkeyboard qml6-module-qtcharts qml6-module-qttest
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick-dialogs
  qml6-module-qt-labs-settings qml6-module-qtquick-shapes
  qml6-module-qt-labs-folderlistmodel
  # libraries
  libsqlite3-dev libssl-dev libqrencode-dev libicu-dev
  # the allocator the programs link (cmake/OneWindowAllocator.cmake)
  libmimalloc-dev
  # fonts: Chinese must render (no tofu)
  fonts-noto-cjk fonts-noto-core
  # test peers and display
  xvfb xauth sqlite3 openssl poppler-utils zbar-tools curl imagemagick python3 faketime
  # sanitizer and fuzzing builds
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
