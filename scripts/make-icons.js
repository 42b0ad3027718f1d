// Renders assets/icon.svg to the PNG icons the manifest names (16, 32, 64, 80 px) with headless Chromium.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const svgPath = path.join(root, 'assets', 'icon.svg');
const sizes = [16, 32, 64, 80];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage', '--disable-quic'];

async function main() {
  const svg = fs.readFileSync(svgPath, 'utf8');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-icons-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true });
  try {
    // Nothing leaves the machine: every request except the inline page is refused.
    await context.route('**/*', (route) => route.abort());
    const page = context.pages()[0] || (await context.newPage());
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('width="64" height="64"', `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const out = path.join(root, 'assets', `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: out, omitBackground: true });
      console.log(`wrote ${path.relative(root, out)}`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
