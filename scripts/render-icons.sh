#!/usr/bin/env bash
# Renders the toolbar and store icons from their SVG sources (run after editing them, and
# commit the PNGs): extension/assets/icon/icon.svg at 32, 48 and 128 px, and icon-16.svg, the
# same mark drawn on the 16-pixel grid, at 16 px. WXT copies extension/public/ into the build;
# wxt.config.ts declares the files. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
src=extension/assets/icon
out=extension/public/icon
mkdir -p "$out"
rsvg-convert -w 16 -h 16 "$src/icon-16.svg" -o "$out/16.png"
for size in 32 48 128; do
  rsvg-convert -w "$size" -h "$size" "$src/icon.svg" -o "$out/$size.png"
done
