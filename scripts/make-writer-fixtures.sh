#!/usr/bin/env bash
# Re-creates test/fixtures/writers/: the same small district written by the tools departments use (openpyxl,
# LibreOffice as .xls/.ods/.csv) and the product's own output re-saved by openpyxl. Needs Debian's python3-openpyxl
# and libreoffice-calc; the files are committed, so tests and CI do not need either.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=test/fixtures/writers
mkdir -p "$dir"
/usr/bin/python3 - "$dir" <<'PY'
import sys
from openpyxl import Workbook
from openpyxl.comments import Comment
out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "ВПР 5 кл 2024 рус"
rows = [
    ["Результаты ВПР 2024, 5 класс, русский язык"],
    [],
    ["ОО", "Участников", "Доля «2», %"],
    ["МБОУ «Ивановская СОШ»", 20, 35],
    ["Петровская ООШ", 8, 50],
    ["Сидоровская СОШ", 40, 5],
    ["Ивановский район", 68, 16.18],
]
for r in rows:
    ws.append(r)
ws["C4"].comment = Comment("проверено", "методист")
wb.save(f"{out}/openpyxl-district.xlsx")
PY
npm run build:cli --silent
node bin/shnor.js analyze "$dir/openpyxl-district.xlsx" --out "$dir/.product-output.xlsx" >/dev/null 2>&1
/usr/bin/python3 - "$dir" <<'PY'
import sys
from openpyxl import load_workbook
out = sys.argv[1]
wb = load_workbook(f"{out}/.product-output.xlsx")
wb.save(f"{out}/openpyxl-resaved-output.xlsx")
PY
rm -f "$dir/.product-output.xlsx"
tmp=$(mktemp -d)
libreoffice --headless --convert-to xls --outdir "$tmp" "$dir/openpyxl-district.xlsx" >/dev/null 2>&1
libreoffice --headless --convert-to ods --outdir "$tmp" "$dir/openpyxl-district.xlsx" >/dev/null 2>&1
libreoffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76' --outdir "$tmp" "$dir/openpyxl-district.xlsx" >/dev/null 2>&1
cp "$tmp/openpyxl-district.xls" "$dir/libreoffice-district.xls"
cp "$tmp/openpyxl-district.ods" "$dir/libreoffice-district.ods"
cp "$tmp/openpyxl-district.csv" "$dir/libreoffice-district-utf8.csv"
# The same table as Excel in Russia saves "CSV (разделители — запятые)": ";" and Windows-1251.
iconv -f UTF-8 -t WINDOWS-1251 "$dir/libreoffice-district-utf8.csv" > "$dir/excel-district-1251.csv"
rm -rf "$tmp"
ls -l "$dir"
