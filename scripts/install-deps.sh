#!/usr/bin/env bash
# Installs the Debian 12 packages ReviewDesk builds and tests with, when any is
# missing. Runs as root (or through sudo when available).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  # Qt Charts needs Qt's OpenGL module, which qt6-base-dev only recommends
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev libqt6sql6-sqlite libsqlite3-dev
  # the app reads fontconfig's configuration ahead of Qt
  libfontconfig-dev
  catch2 sqlite3 python3 util-linux
  # time zones, for the test of a day that starts at 01:00
  tzdata
  xvfb xauth poppler-utils qpdf python3-icalendar
  # the .deb and its checks: dpkg-shlibdeps and file for cpack, lintian, validators, man
  dpkg-dev file lintian desktop-file-utils appstream man-db
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)
echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
