// Schools, sheets, municipalities and settings keys named after every Object.prototype member («constructor»,
// «__proto__», «toString», …) go through every front end — CLI, the pipeline over the fake Excel, the browser port,
// the task pane — as ordinary names: nothing aborts, every school is listed, settings under such keys are applied.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { runAnalysis, RunResult } from '../../src/app/pipeline';
import { memorySettingsStore, SETTINGS_KEYS } from '../../src/app/settingsStore';
import { WorkbookPort } from '../../src/app/workbookPort';
import { ResultJson } from '../../src/cli/resultJson';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { RawValue, cellAddress } from '../../src/ingest/grid';
import { partnerChoicesOf, sanitizeSourceSettings, sheetSettingsOf } from '../../src/ingest/settings';
import { IngestSettings } from '../../src/ingest/types';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook as FakeExcelBook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { TaskpaneController } from '../../src/taskpane/controller/taskpaneController';
import { FilesPort } from '../../src/web/filesPort';
import { FakeWorkbook, grid } from '../taskpane/fakeWorkbook';
import { runCli } from '../cli/runCli';

/** Every member of Object.prototype, as the running engine has them (constructor, __proto__, toString, …). */
const PROTO = Object.getOwnPropertyNames(Object.prototype).sort();
/** The sheet whose settings exclude it: its school must not be read. */
const EXCLUDED = '__proto__';
const EXCLUDED_SCHOOL = 'Исключённая СОШ';
const PARTNER = 'Петровская СОШ';
const HEADER: readonly RawValue[] = ['Год', 'ОО', 'Муниципалитет', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %'];

/** Two years, two procedures; every other school is ШНОР in 2024 (two low procedures), the rest are not. */
function rowsOf(school: string, municipality: string, weak: boolean): RawValue[][] {
  return [2023, 2024].flatMap((y) => [
    [y, school, municipality, 'ВПР', 5, 'Русский язык', 20, weak && y === 2024 ? 45 : 5],
    [y, school, municipality, 'ОГЭ', 9, 'Математика', 18, weak && y === 2024 ? 40 : 4],
  ]);
}

/** One sheet per prototype name; sheet i holds school PROTO[i] in municipality PROTO[i + 3]; «Результаты» the others. */
function sheets(): { name: string; values: RawValue[][] }[] {
  const out = PROTO.map((name, i) => ({
    name,
    values: [[...HEADER], ...(name === EXCLUDED ? rowsOf(EXCLUDED_SCHOOL, 'Энский район', true) : rowsOf(name, PROTO[(i + 3) % PROTO.length], i % 2 === 0))],
  }));
  out.push({
    name: 'Результаты',
    values: [[...HEADER], ...rowsOf(EXCLUDED, PROTO[0], true), ...rowsOf(PARTNER, PROTO[0], false), ...rowsOf('Лесная ООШ', PROTO[1], false)],
  });
  return out;
}

/** Settings as a saved JSON text holds them: every prototype name a sheet key and a partner-choice key. */
function settingsJson(): string {
  const perSheet = PROTO.map((name) => `${JSON.stringify(name)}: ${name === EXCLUDED ? '{ "excluded": true }' : '{ "columns": { "A": "year" } }'}`);
  const partners = PROTO.map((name) => `${JSON.stringify(name)}: [${JSON.stringify(PARTNER)}]`);
  return `{ ${perSheet.join(', ')}, "*": { "partners": { ${partners.join(', ')} } } }`;
}

function settings(): IngestSettings {
  return sanitizeSourceSettings(JSON.parse(settingsJson()));
}

const WEAK = PROTO.filter((name, i) => i % 2 === 0 && name !== EXCLUDED).concat(EXCLUDED);
const ALL_SCHOOLS = [...PROTO, PARTNER, 'Лесная ООШ'].sort();

/** Every prototype-named school read and judged, the excluded sheet's school absent, chosen partners applied. */
function expectRun(run: RunResult): void {
  const verdicts = run.analysis.identification.verdicts;
  expect(verdicts.map((v) => v.name).sort()).toEqual(ALL_SCHOOLS);
  expect(verdicts.filter((v) => v.status === 'shnor').map((v) => v.name).sort()).toEqual([...WEAK].sort());
  for (const v of verdicts.filter((x) => x.status === 'shnor')) {
    expect([v.name, (run.analysis.partners?.get(v.schoolKey) ?? []).map((p) => p.name)]).toEqual([v.name, [PARTNER]]);
  }
  const municipalities = new Map(run.analysis.dataset.schools.map((s) => [s.name, s.municipality]));
  PROTO.forEach((name, i) => { if (name !== EXCLUDED) expect([name, municipalities.get(name)]).toEqual([name, PROTO[(i + 3) % PROTO.length]]); });
  expect(run.plan.add.map((a) => a.name)).toContain('ШНОР 2024');
}

function runOn(port: WorkbookPort, files: readonly string[] = []): Promise<RunResult> {
  const s = settings();
  return runAnalysis(port, {
    parameters: { ...DEFAULT_PARAMETERS, partnerChoices: partnerChoicesOf(s) }, settings: s, now: new Date('2024-11-23T10:00:00Z'), version: 't', files,
  });
}

describe('names after Object.prototype members', () => {
  it('are own entries of saved settings, and nothing else is', () => {
    const s = settings();
    for (const name of PROTO) expect(sheetSettingsOf(s, name)).toBeDefined();
    expect(sheetSettingsOf(s, EXCLUDED)?.excluded).toBe(true);
    expect(sheetSettingsOf(sanitizeSourceSettings({}), 'constructor')).toBeUndefined();
    expect(partnerChoicesOf(s)?.get('constructor')).toEqual([PARTNER]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(JSON.parse(settingsJson()));
  });

  it('go through the CLI: every school in the JSON, the excluded sheet skipped, chosen partners kept', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-proto-'));
    try {
      const file = path.join(dir, 'район.xlsx');
      const settingsFile = path.join(dir, 'settings.json');
      fs.writeFileSync(file, await newWorkbookBytes(sheets()));
      fs.writeFileSync(settingsFile, settingsJson());
      const r = await runCli(['analyze', file, '--settings', settingsFile, '--json', '-', '--out', path.join(dir, 'out.xlsx')]);
      expect(r.err).not.toMatch(/непредвиденная/);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out) as ResultJson;
      expect(json.schools.map((s) => s.name).sort()).toEqual(ALL_SCHOOLS);
      const weak = json.schools.filter((s) => s.status === 'shnor');
      expect(weak.map((s) => s.name).sort()).toEqual([...WEAK].sort());
      for (const s of weak) expect([s.name, (s.partners ?? []).map((p) => p.name)]).toEqual([s.name, [PARTNER]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('go through the pipeline over the fake Excel', async () => {
    const book = new FakeExcelBook();
    for (const sheet of sheets()) {
      sheet.values.forEach((row, r) => row.forEach((v, c) => book.setCell(sheet.name, cellAddress(r + 1, c + 1), v as string | number | null)));
    }
    const fake = createFakeExcel(book);
    expectRun(await runOn(new ExcelWorkbook(fake.run)));
    expect(book.sheetNames()).toContain('ШНОР 2024');
  });

  it('go through the browser version\'s port', async () => {
    const workbook = await XlsxWorkbook.open(await newWorkbookBytes(sheets()), 'район.xlsx');
    expectRun(await runOn(await FilesPort.open([{ name: 'район.xlsx', workbook }]), ['район.xlsx']));
  });

  it('go through the task pane: a sheet named «__proto__» excluded and partners chosen for «constructor» are saved and applied', async () => {
    const store = memorySettingsStore();
    const port = new FakeWorkbook(sheets().map((s) => grid(s.name, s.values)));
    const c = new TaskpaneController({ port, settings: store, version: '1', now: () => new Date('2024-11-23T10:00:00Z') });
    await c.start();
    for (const name of PROTO) await c.changeSheetSettings(name, name === EXCLUDED ? { excluded: true } : { columns: { A: 'year' } });
    for (const name of PROTO) await c.choosePartners(name, [PARTNER]);
    await c.choosePartners('toString', undefined);
    const saved = sanitizeSourceSettings(store.load(SETTINGS_KEYS.sources));
    expect(sheetSettingsOf(saved, EXCLUDED)).toEqual({ excluded: true });
    expect([...(partnerChoicesOf(saved)?.keys() ?? [])].sort()).toEqual(PROTO.filter((n) => n !== 'toString'));
    await c.run();
    const s = c.getState();
    expect(s.phase).toBe('ready');
    expect(port.writes.at(-1)?.add.map((a) => a.name)).toContain('ШНОР 2024');
  });
});
