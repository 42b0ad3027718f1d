#!/usr/bin/env bash
# Renders an .xlsx through LibreOffice (headless) to PDF, then to PNG pages at 60 dpi: a visual check of the writer.
# Usage: scripts/render-xlsx.sh <file.xlsx> <outdir>   → <outdir>/<name>.pdf and <outdir>/<name>-<page>.png
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 <file.xlsx> <outdir>" >&2
  exit 2
fi
input="$1"
outdir="$2"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc" >&2; exit 3; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y poppler-utils" >&2; exit 3; }
mkdir -p "$outdir"
name="$(basename "${input%.*}")"
# A private profile: no clash with a running LibreOffice, no first-run dialogs.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# ExportNotes: cell notes become PDF annotations, so the pictures show a note icon on every annotated cell.
filter='pdf:calc_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to "$filter" --outdir "$outdir" "$input" >/dev/null 2>&1
if [ ! -s "$outdir/$name.pdf" ]; then
  echo "LibreOffice produced no PDF for $input" >&2
  exit 1
fi
# poppler warns about LibreOffice's note annotation boxes ("Bad bounding box"); the pages render fine.
pdftoppm -png -r 60 "$outdir/$name.pdf" "$outdir/$name" 2> >(grep -v 'Bad bounding box' >&2)
echo "$outdir/$name.pdf"
