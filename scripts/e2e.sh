#!/usr/bin/env bash
# Real-browser test of the preview page: Debian chromium + playwright-core over the production build, served locally.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "e2e: chromium missing — installing the Debian package" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "e2e: $CHROMIUM not found; install chromium (apt-get install -y chromium) or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="$CHROMIUM"

# The preview bundles the sample workbook; a clean clone may not have generated it yet.
if [ ! -f assets/sample/severo-ozersky.xlsx ]; then
  echo "e2e: generating the sample workbook" >&2
  npm run --silent generate:sample
fi

mkdir -p out/e2e
# Build unless dist/addin/preview.html is newer than every input (CI has just run `npm run build`).
built=dist/addin/preview.html
stale=yes
if [ -f "$built" ] && [ -z "$(find src assets webpack.config.js package.json tsconfig.json -newer "$built" -type f -print -quit 2>/dev/null)" ]; then
  stale=no
fi
if [ "$stale" = yes ] || [ "${E2E_REBUILD:-}" = 1 ]; then
  echo "e2e: building the add-in (webpack, production; log in out/e2e/webpack.log)" >&2
  npx webpack --mode production >out/e2e/webpack.log 2>&1 || { tail -n 60 out/e2e/webpack.log >&2; exit 1; }
else
  echo "e2e: dist/addin is up to date (E2E_REBUILD=1 forces a build)" >&2
fi
[ -f dist/addin/preview.html ] && [ -f dist/web/index.html ] || { echo "e2e: dist/addin/preview.html or dist/web/index.html was not built" >&2; exit 1; }

npx jest -c jest.e2e.config.js "$@"
