// Real-browser check of the Content-Security-Policy (issue 21): the browser version (from disk) and the task pane's
// preview run the sample end to end and the page logs no CSP violation; the built pages carry the policy.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { StaticServer, serveStatic } from './staticServer';

const ROOT = path.join(__dirname, '../..');
const WEB = path.join(ROOT, 'dist/web/index.html');
const ADDIN = path.join(ROOT, 'dist/addin');
const SAMPLE = process.env.SHNOR_E2E_SAMPLE ?? path.join(ROOT, 'assets/sample/severo-ozersky.xlsx');
const NOW = '2024-11-23T10:00:00.000Z';
const STRICT = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

let server: StaticServer;
let profile: string;
let context: BrowserContext;
const outside: string[] = [];

function policyOf(html: string): string | undefined {
  return /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1];
}

beforeAll(async () => {
  server = await serveStatic(ADDIN);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-csp-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'ru-RU',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (['file:', 'data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  // Every violation the page sees (scripts, styles, workers, requests), recorded before any page script runs.
  await context.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { __csp: typeof seen }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

async function watched(page: Page): Promise<() => Promise<{ violations: Violation[]; console: string[] }>> {
  const console: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) console.push(m.text()); });
  return async () => ({ violations: await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp), console });
}

describe('Content-Security-Policy', () => {
  it('the built pages carry the strict policy (the pane also allows the Office.js host)', () => {
    expect(policyOf(fs.readFileSync(WEB, 'utf8'))).toBe(STRICT);
    const office = STRICT.replace("script-src 'self'", "script-src 'self' https://appsforoffice.microsoft.com");
    expect(policyOf(fs.readFileSync(path.join(ADDIN, 'taskpane.html'), 'utf8'))).toBe(office);
    expect(policyOf(fs.readFileSync(path.join(ADDIN, 'commands.html'), 'utf8'))).toBe(office);
    expect(policyOf(fs.readFileSync(path.join(ADDIN, 'help.html'), 'utf8'))).toBe(STRICT);
    // The preview fetches its bundled sample from its own folder.
    expect(policyOf(fs.readFileSync(path.join(ADDIN, 'preview.html'), 'utf8'))).toBe(STRICT.replace("connect-src 'none'", "connect-src 'self'"));
  });

  it('the browser version runs the sample and downloads the workbook with no violation and no request', async () => {
    const page = await context.newPage();
    const report = await watched(page);
    await page.goto(`file://${WEB}?now=${encodeURIComponent(NOW)}`);
    await page.getByTestId('web-files').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Выявить ШНОР' }).click();
    await page.getByRole('tab', { name: 'Результат', selected: true }).waitFor({ timeout: 60000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать книгу' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await report()).toEqual({ violations: [], console: [] });
    expect(outside).toEqual([]);
    // The watcher does see a violation: an inline script (what an injected one would be) is refused and recorded.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.appendChild(script);
    });
    await page.waitForFunction(() => (window as unknown as { __csp: unknown[] }).__csp.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await report()).violations.map((v) => v.directive)).toEqual([expect.stringMatching(/^script-src/)]);
    await page.close();
  });

  it('the task pane (preview over the fake Excel) runs «Выявить ШНОР» with no violation', async () => {
    const page = await context.newPage();
    const report = await watched(page);
    await page.goto(`${server.origin}/preview.html?now=${encodeURIComponent(NOW)}`);
    const pane = page.locator('#taskpane-root');
    await pane.getByRole('button', { name: 'Выявить ШНОР' }).click({ timeout: 60000 });
    await pane.getByText(/зона риска/i).first().waitFor({ timeout: 60000 });
    expect(await report()).toEqual({ violations: [], console: [] });
    expect(outside).toEqual([]);
    await page.close();
  });
});
