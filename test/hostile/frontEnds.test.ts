// Issue 21 (C2): a small generated hostile corpus run through every front end — the CLI, the browser version's port
// and the task pane's pipeline (over the fake Excel): exit 0/2 with Russian sentences, no stack or library text, no
// raw control character in what is printed, outputs well-formed XML (xmllint), the input byte-identical.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { runCli } from '../cli/runCli';
import { runAnalysis } from '../../src/app/pipeline';
import { memorySettingsStore } from '../../src/app/settingsStore';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { InputFileError } from '../../src/adapters/files/fileKind';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { RawValue } from '../../src/ingest/grid';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { TaskpaneController } from '../../src/taskpane/controller/taskpaneController';
import { FilesPort } from '../../src/web/filesPort';

jest.setTimeout(120000);

const NOW = new Date('2024-11-23T10:00:00Z');
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LIBRARY_TEXT = /\n\s+at |TypeError|ReferenceError|Cannot read|is not a function|undefined|непредвиденная/;

function table(names: readonly string[]): RawValue[][] {
  return [['ВПР 2024, 5 класс, русский язык'], ['ОО', 'Участников', 'Доля «2», %'], ...names.map((n, i) => [n, 20, [35, 10, 40, 5][i % 4]])];
}

function xlsx(sheets: readonly { name: string; rows: RawValue[][]; formulas?: Record<string, string> }[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    for (const [cell, f] of Object.entries(s.formulas ?? {})) ws[cell] = { ...ws[cell], f };
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function duplicateEntries(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx([{ name: 'ВПР 5', rows: table(['Лесная СОШ', 'Полевая ООШ']) }]));
  zip.file('xl/worksheets/sheetX.xml', (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '');
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
  const from = Buffer.from('xl/worksheets/sheetX.xml');
  const to = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  return new Uint8Array(bytes);
}

const HOSTILE_NAMES = ['Лес\u200Bная СОШ', 'Лесная СОШ', 'Школа\u001b]0;title\u0007 № 3', 'Гимназия\uFFFE № 1\uFFFF', 'Лицей\u202e № 2', 'ООШ\u009b2J № 4'];

const CASES: readonly { name: string; file: string; bytes: () => Promise<Uint8Array> | Uint8Array }[] = [
  { name: 'control, bidi, zero-width and non-XML characters in school and sheet names', file: 'район.xlsx', bytes: () => xlsx([{ name: 'ВПР\u200B 5', rows: table(HOSTILE_NAMES) }]) },
  { name: 'a CSV whose name makes an invalid sheet name', file: 'Результаты [2024].csv', bytes: () => new TextEncoder().encode(table(['Лесная СОШ', 'Полевая ООШ']).map((r) => r.join(';')).join('\n')) },
  { name: 'a package with two entries of one name', file: 'двойной.xlsx', bytes: duplicateEntries },
  { name: 'formulas that reach outside the workbook', file: 'ссылки.xlsx', bytes: () => xlsx([{ name: 'ВПР 5', rows: table(['Лесная СОШ', 'Полевая ООШ']), formulas: { C3: 'WEBSERVICE("http://example.org")', C4: "cmd|'/c calc'!A0" } }]) },
];

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-c2-fe-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

async function malformedParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const bad: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(name)) continue;
    const part = path.join(dir, 'part.xml');
    fs.writeFileSync(part, await entry.async('uint8array'));
    if (spawnSync('xmllint', ['--noout', part]).status !== 0) bad.push(name);
  }
  return bad;
}

describe.each(CASES)('$name', ({ file, bytes }) => {
  it('CLI: exit 0/2, Russian sentences only, nothing raw printed, outputs well-formed, input unchanged', async () => {
    const input = path.join(dir, file);
    const original = Buffer.from(await bytes());
    fs.writeFileSync(input, original);
    const out = path.join(dir, 'out.xlsx');
    const r = await runCli(['analyze', input, '--out', out, '--report', path.join(dir, 'справка.docx'), '--json', '-']);
    expect([0, 2]).toContain(r.code);
    expect(r.err).not.toMatch(LIBRARY_TEXT);
    expect(r.out + r.err).not.toMatch(TERMINAL_ACTIVE);
    if (r.code === 0) {
      expect(() => JSON.parse(r.out) as unknown).not.toThrow();
      expect(await malformedParts(new Uint8Array(fs.readFileSync(out)))).toEqual([]);
      expect(await malformedParts(new Uint8Array(fs.readFileSync(path.join(dir, 'справка.docx'))))).toEqual([]);
    }
    expect(Buffer.compare(fs.readFileSync(input), original)).toBe(0);
  });

  it('browser version: the port refuses with one Russian sentence or writes a well-formed workbook', async () => {
    const original = Buffer.from(await bytes());
    const given = new Uint8Array(original);
    let workbook: XlsxWorkbook;
    try {
      workbook = await XlsxWorkbook.open(given, file);
    } catch (e) {
      expect(e).toBeInstanceOf(InputFileError);
      expect((e as Error).message).toMatch(/^[а-яё]/);
      return;
    }
    const port = await FilesPort.open([{ name: file, workbook }]);
    await runAnalysis(port, { parameters: DEFAULT_PARAMETERS, now: NOW, version: 't', files: [file] });
    expect(await malformedParts(await port.target.toBytes())).toEqual([]);
    expect(Buffer.compare(Buffer.from(given), original)).toBe(0);
  });

  it('task pane: the run over the fake Excel ends without an error message', async () => {
    let grids;
    try {
      grids = readSpreadsheet(await bytes(), file).grids;
    } catch (e) {
      expect(e).toBeInstanceOf(InputFileError);
      return;
    }
    const fake = createFakeExcel(FakeWorkbook.fromGrids(grids), { isSetSupported: () => true });
    const pane = new TaskpaneController({ port: new ExcelWorkbook(fake.run, { isSetSupported: () => true }), settings: memorySettingsStore(), version: 't', now: () => NOW, createWorker: () => undefined });
    await pane.start();
    await pane.run();
    const state = pane.getState();
    expect(state.messages.filter((m) => m.intent === 'error')).toEqual([]);
    expect(state.result).toBeDefined();
  });
});
