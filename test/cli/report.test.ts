// `--report справка.docx`: the аналитическая справка as a Word document with the numbers of the analysis; bad paths refused.
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { ResultJson } from '../../src/cli/resultJson';
import { sampleWorkbookBytes } from '../../src/cli/sample/generateSample';
import { runCli } from './runCli';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-report-'));
  input = path.join(dir, 'район.xlsx');
  fs.writeFileSync(input, await sampleWorkbookBytes());
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function documentXml(file: string): Promise<string> {
  return (await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
}

/** The document's text: its runs joined by paragraph, non-breaking spaces read as spaces. */
async function docxText(file: string): Promise<string> {
  const xml = await documentXml(file);
  return xml.replace(/\u00A0/g, ' ').split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')
    .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

describe('shnor analyze --report', () => {
  it('writes the справка with the list, the counts, each ШНОР with its low results, and partner schools', async () => {
    const docx = path.join(dir, 'справка.docx');
    const r = await runCli(['analyze', input, '--report', docx, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    const shnor = json.schools.filter((s) => s.status === 'shnor');
    const text = await docxText(docx);
    expect(text).toContain(`Аналитическая справка по результатам выявления школ с низкими образовательными результатами (ШНОР) в ${json.targetYear} г.`);
    const k1 = shnor.filter((s) => s.criteria.includes('K1')).length;
    const k2 = shnor.filter((s) => s.criteria.includes('K2')).length;
    expect(text).toMatch(new RegExp(`выявлено ${shnor.length} школ[аы]? с низкими образовательными результатами \\(доля «2» не ниже 30 %\\): по критерию К1 — ${k1}, по критерию К2 — ${k2}\\.`));
    for (const s of shnor) {
      expect(text).toContain(s.name);
      const low = s.low.find((l) => l.year === json.targetYear);
      if (low) expect(text).toContain(` ${String(Math.round(low.share2 * 10) / 10).replace('.', ',')} %`);
      for (const p of s.partners ?? []) expect(text).toContain(p.reason.replace(/\u00A0/g, ' '));
    }
    const entered = json.schools.filter((s) => s.listChange === 'entered').map((s) => s.name);
    if (entered.length > 0) expect(text).toMatch(/вошли в перечень — /);
    for (const heading of ['Перечень ШНОР', 'Доля «2»', 'Динамика по сравнению', 'Зона риска, объективность, малые выборки', 'Школы-кураторы']) {
      expect(text).toMatch(new RegExp(`^\\d\\. ${heading}`, 'm'));
    }
  }, 30_000);

  it('takes the header and signature fields from --settings ({ "*": { "note": … } }) and keeps non-breaking spaces', async () => {
    const docx = path.join(dir, 'подписанная.docx');
    const settings = path.join(dir, 'settings.json');
    const note = { organ: 'Отдел образования администрации Северо-Озёрского района', addressee: 'Начальнику управления образования', position: 'Главный специалист', executor: 'П. П. Петрова', date: '01.12.2024' };
    fs.writeFileSync(settings, JSON.stringify({ '*': { note } }));
    expect((await runCli(['analyze', input, '--report', docx, '--settings', settings])).code).toBe(0);
    const text = await docxText(docx);
    for (const value of Object.values(note)) expect(text).toContain(value);
    expect(text.indexOf(note.organ)).toBeLessThan(text.indexOf('Аналитическая справка'));
    expect(text.indexOf(note.executor)).toBeGreaterThan(text.indexOf('Выводы и предложения'));
    const xml = await documentXml(docx);
    expect(xml).toMatch(/№\u00A0\d/);
    expect(xml).toMatch(/\d\u00A0%/);
    expect(xml).toMatch(/\d{4}\u00A0г\./);
  }, 30_000);

  it('refuses a report path that is not .docx or that is an input', async () => {
    expect((await runCli(['analyze', input, '--report', path.join(dir, 'справка.pdf')])).err).toMatch(/справка записывается документом Word \(\.docx\)/);
    const docxInput = path.join(dir, 'вход.docx');
    fs.writeFileSync(docxInput, 'x');
    const r = await runCli(['analyze', input, docxInput, '--report', docxInput]);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(docxInput, 'utf8')).toBe('x');
  });
});
