#!/usr/bin/env bash
# Validates manifest.xml offline against Microsoft's XML manifest schemas kept in ../shared/office-schemas.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schemas="$(cd "$root/../shared/office-schemas" 2>/dev/null && pwd)" || {
  echo "validate-manifest: schemas not found at $root/../shared/office-schemas" >&2
  exit 2
}

if ! command -v xmllint >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "validate-manifest: installing libxml2-utils (xmllint)…" >&2
    apt-get install -y libxml2-utils >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y libxml2-utils >/dev/null 2>&1; }
  fi
fi
command -v xmllint >/dev/null 2>&1 || {
  echo "validate-manifest: xmllint is missing (apt-get install -y libxml2-utils)" >&2
  exit 2
}

cd "$root"
# A path may be given (dist/addin/manifest.xml of a production build); the dev manifest by default.
xmllint --noout --nonet --schema "$schemas/OfficeAppManifestV1_1.xsd" "${1:-manifest.xml}"
# With network access, Microsoft's own validator checks more: npx office-addin-manifest validate manifest.xml
