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

/** The document's text: its runs joined by paragraph. */
async function docxText(file: string): Promise<string> {
  const xml = (await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
  return xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')
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
      if (low) expect(text).toContain(`— ${String(Math.round(low.share2 * 10) / 10).replace('.', ',')} %`);
      for (const p of s.partners ?? []) expect(text).toContain(p.reason);
    }
    const entered = json.schools.filter((s) => s.listChange === 'entered').map((s) => s.name);
    if (entered.length > 0) expect(text).toMatch(/вошли в перечень — /);
    for (const heading of ['Перечень ШНОР', 'Доля «2»', 'Динамика по сравнению', 'Зона риска, объективность, малые выборки', 'Школы-кураторы']) {
      expect(text).toMatch(new RegExp(`^\\d\\. ${heading}`, 'm'));
    }
  });

  it('refuses a report path that is not .docx or that is an input', async () => {
    expect((await runCli(['analyze', input, '--report', path.join(dir, 'справка.pdf')])).err).toMatch(/справка записывается документом Word \(\.docx\)/);
    const docxInput = path.join(dir, 'вход.docx');
    fs.writeFileSync(docxInput, 'x');
    const r = await runCli(['analyze', input, docxInput, '--report', docxInput]);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(docxInput, 'utf8')).toBe('x');
  });
});
