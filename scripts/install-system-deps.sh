#!/usr/bin/env bash
# Install the Debian packages sourcebook needs, only when they are missing.
# Tesseract reads scans (English, simplified and traditional Chinese); the fonts let
# the tests and the demo render Chinese text into images to OCR.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-chi-tra
          fonts-dejavu-core fonts-wqy-zenhei)

missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "error: missing system packages (${missing[*]}) and no apt-get to install them." >&2
    echo "Install Tesseract with English and Chinese language data by hand, then re-run." >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing system packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
