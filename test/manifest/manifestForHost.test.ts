// The production manifest for a department's host: every URL on that host, valid against the offline schemas.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

// A CommonJS script shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForHost } = require('../../scripts/manifestForHost') as { manifestForHost: (xml: string, url: string) => string };

const root = path.resolve(__dirname, '../..');
const dev = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('manifest for a host', () => {
  it('points every URL at the host, the app domain at its origin, and validates offline', () => {
    const xml = manifestForHost(dev, 'https://edu.example.ru/shnor/');
    expect(xml).not.toContain('localhost');
    const urls = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://edu.example.ru/shnor/')).toBe(true);
    expect(xml).toContain('<AppDomain>https://edu.example.ru</AppDomain>');
    expect(xml).toContain('DefaultValue="https://edu.example.ru/shnor/taskpane.html"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      fs.writeFileSync(file, xml);
      execFileSync('bash', [path.join(root, 'scripts/validate-manifest.sh'), file], { stdio: 'pipe' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a host Office cannot load from, in Russian', () => {
    expect(() => manifestForHost(dev, 'http://edu.example.ru/shnor')).toThrow('ADDIN_URL «http://edu.example.ru/shnor»: Office загружает надстройки только по https');
    expect(() => manifestForHost(dev, 'edu.example.ru')).toThrow(/не адрес/);
  });
});
