// The CLI's annotated workbook printed by LibreOffice: A4, every output page with its footer (title, date, page
// numbers), the header of «Динамика» on each of its pages, tables fitted to the page width.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { sampleWorkbookBytes } from '../../src/cli/sample/generateSample';

const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];

describe('printing the annotated sample (LibreOffice → PDF)', () => {
  let dir: string;
  let pdf: string;
  let pages: { text: string; width: number; height: number }[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-print-'));
    const input = path.join(dir, 'district.xlsx');
    fs.writeFileSync(input, await sampleWorkbookBytes());
    const out = path.join(dir, 'annotated.xlsx');
    const code = await main(['analyze', input, '--out', out], { stdout: () => undefined, stderr: () => undefined, now: () => new Date('2024-11-23T10:00:00Z') });
    expect(code).toBe(0);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore' });
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    pdf = path.join(dir, 'annotated.pdf');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8', stdio: QUIET });
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
    pages = sizes.map((s, i) => ({ ...s, text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8', stdio: QUIET }) }));
  }, 180_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pagesOf = (title: string): { text: string; width: number; height: number }[] => pages.filter((p) => p.text.includes(title) && /Стр\. \d+ из \d+/.test(p.text));

  it('prints every output sheet on A4 with its footer: title, date, «Стр. N из M»', () => {
    for (const title of ['Перечень ШНОР на 2024 г.', 'Динамика доли «2» по школам и процедурам', 'Сводка по муниципалитету', 'Параметры расчёта и прочитанные листы']) {
      const own = pagesOf(title);
      expect({ title, pages: own.length > 0 }).toEqual({ title, pages: true });
      for (const p of own) {
        expect(p.text).toContain('23.11.2024');
        expect(Math.round(Math.min(p.width, p.height))).toBe(595);
        expect(Math.round(Math.max(p.width, p.height))).toBe(842);
      }
    }
  });

  it('lays the sample out on a handful of pages: the ШНОР list one page across (its compact form), the others as their width asks', () => {
    // 15 schools: the compact list (print area; the procedure matrix is for the screen) prints one page wide, landscape.
    const list = pagesOf('Перечень ШНОР на 2024 г.');
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list.length).toBeLessThanOrEqual(4);
    for (const p of list) expect(p.width).toBeGreaterThan(p.height);
    for (const p of list) expect(p.text).not.toMatch(/ВПР-5 русский язык 2024/);
    expect(pagesOf('Сводка по муниципалитету').length).toBeLessThanOrEqual(3);
    expect(pagesOf('Аналитическая справка, ШНОР 2024 г.').length).toBeLessThanOrEqual(6);
    for (const p of pagesOf('Аналитическая справка, ШНОР 2024 г.')) expect(p.height).toBeGreaterThan(p.width);
  });

  it('repeats the header of «Динамика» on each of its pages', () => {
    const own = pagesOf('Динамика доли «2» по школам и процедурам');
    expect(own.length).toBeGreaterThan(1);
    for (const p of own) expect(p.text).toMatch(/Образовательная организация\s+Статус\s+Процедура/);
  });
});

describe('the справка as .docx, opened by LibreOffice Writer', () => {
  it('converts to A4 pages that show the title, the list and page numbers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-docx-'));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-lo-profile-'));
    try {
      const input = path.join(dir, 'district.xlsx');
      fs.writeFileSync(input, await sampleWorkbookBytes());
      const docx = path.join(dir, 'spravka.docx');
      let json = '';
      const code = await main(['analyze', input, '--report', docx, '--json', '-'], { stdout: (t) => { json += t; }, stderr: () => undefined, now: () => new Date('2024-11-23T10:00:00Z') });
      expect(code).toBe(0);
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore' });
      const pdf = path.join(dir, 'spravka.pdf');
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', stdio: QUIET });
      expect(text).toContain('Аналитическая справка по результатам выявления школ');
      expect(text).toMatch(/Стр\. 1 из \d+/);
      const shnor = (JSON.parse(json) as { schools: { name: string; status: string }[] }).schools.filter((s) => s.status === 'shnor');
      expect(shnor.length).toBeGreaterThan(0);
      for (const s of shnor) expect(text.replace(/\s+/g, ' ')).toContain(s.name);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8', stdio: QUIET });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
