#!/usr/bin/env bash
# Sets up CIP Editor on a Debian/Ubuntu machine that has python3 and apt:
# the system libraries Qt needs, CJK fonts, a virtual environment in .venv with
# the project installed (editable) and its interface catalogs compiled.
#   bash .ci/setup.sh          what running the editor needs
#   bash .ci/setup.sh --test   also what the whole test suite needs
#                              (LibreOffice, poppler, a Java runtime for the HTML validator)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true

runtime_packages=(
  python3-venv python3-pip
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0
  fonts-noto-cjk
)
test_packages=(libreoffice-writer-nogui poppler-utils default-jre-headless)

packages=("${runtime_packages[@]}")
$with_tests && packages+=("${test_packages[@]}")

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); elif command -v sudo >/dev/null; then
    apt_get=(sudo apt-get); else apt_get=(); fi
  if [ "${#apt_get[@]}" -eq 0 ]; then
    echo "CIP Editor needs these Debian packages, and this user cannot install them:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]}"
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if $with_tests; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python -m cipeditor.catalogs compile
echo "CIP Editor is set up in .venv"
