// The CLI end to end on the shared examples and the bundled sample: JSON shape, --out copy, exit codes.
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { ResultJson } from '../../src/cli/resultJson';
import { Captured, runCli } from './runCli';

const root = path.resolve(__dirname, '..', '..');
const examples = path.resolve(root, '..', 'shared', 'examples');
const exampleFiles = fs.readdirSync(examples).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(examples, f));

const run = runCli;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('shnor analyze on the shared examples', () => {
  let result: ResultJson;
  let captured: Captured;
  beforeAll(async () => {
    captured = await run(['analyze', ...exampleFiles, '--json', '-']);
    result = JSON.parse(captured.out) as ResultJson;
  });

  it('exits 0 and prints the JSON of cli.md', () => {
    expect(captured.code).toBe(0);
    expect(result.targetYear).toBe(2024);
    expect(result.parameters.threshold).toBe(30);
    expect(result.parameters.procedures).toContain('ВПР|Русский язык|5');
    expect(result.parameters.smallSample).toBe(5);
  });

  it('finds the twelve invented schools and no aggregate among them', () => {
    const names = result.schools.map((s) => s.name);
    expect(names).toHaveLength(12);
    expect(names).toContain('Ключевская СОШ (филиал Малоключевская ООШ)');
    expect(names.some((n) => /район|область|обл\.|итого|выборка/i.test(n))).toBe(false);
    expect(result.aggregates.map((a) => a.name)).toEqual(expect.arrayContaining(['Северо-Озёрский район']));
  });

  it('gives every ШНОР its criteria and low results with source cells that hold the share', () => {
    const shnor = result.schools.filter((s) => s.status === 'shnor');
    expect(shnor.length).toBeGreaterThan(0);
    for (const s of shnor) {
      expect(s.criteria.length).toBeGreaterThan(0);
      expect(s.low.every((l) => l.share2 >= 30 && /^[A-Z]+\d+$/.test(l.source.cell) && l.source.sheet !== '')).toBe(true);
    }
    for (const s of result.schools.filter((x) => x.status !== 'shnor')) expect(s.criteria).toEqual([]);
  });

  it('prints warnings to stderr naming file and sheet one by one, conflicts summed up per pair of sheets', () => {
    const isConflict = (m: string): boolean => /расходится|расхождений со значениями/.test(m);
    const conflicts = result.warnings.filter((w) => isConflict(w.message));
    const plain = result.warnings.filter((w) => !isConflict(w.message));
    const counted = conflicts.reduce((sum, w) => sum + Number(/и ещё (\d+) расхождений/.exec(w.message)?.[1] ?? 1), 0);
    expect(conflicts.length).toBeGreaterThan(200);
    for (const w of plain.slice(0, 200)) expect(captured.err).toContain(w.message);
    for (const w of conflicts) expect(captured.err).not.toContain(w.message);
    // One line per pair of sheets; the counts add up to every conflict of the JSON.
    const lines = captured.err.split('\n').filter((l) => / расходится с листом /.test(l));
    const total = lines.reduce((sum, l) => sum + Number(/ в (\d+) ячейк/.exec(l)?.[1] ?? NaN), 0);
    expect(total).toBe(counted);
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('shnor analyze --out', () => {
  it('writes an annotated copy with the output sheets and leaves the input file unchanged', async () => {
    const input = path.join(examples, 'long.xlsx');
    const before = fs.readFileSync(input);
    const out = path.join(tmp, 'annotated.xlsx');
    const r = await run(['analyze', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ШНОР');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Результаты');
    expect(names).toEqual(expect.arrayContaining(['ШНОР 2024', 'Динамика', 'Когорты', 'Сводка', 'Рейтинг', 'Параметры', 'Справка']));
  });

  it('replaces its own sheets on a re-run of the annotated copy instead of adding more', async () => {
    const first = path.join(tmp, 'first.xlsx');
    const second = path.join(tmp, 'second.xlsx');
    expect((await run(['analyze', path.join(examples, 'wide.xlsx'), '--out', first])).code).toBe(0);
    expect((await run(['analyze', first, '--out', second])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(['Динамика', 'Когорты', 'ОГЭ 2024', 'Параметры', 'Рейтинг', 'Сводка', 'Справка', 'ШНОР 2024'].sort());
  });
});

describe('exit codes', () => {
  it('1 on bad usage', async () => {
    expect((await run(['analyze'])).code).toBe(1);
    expect((await run(['frobnicate'])).code).toBe(1);
  });

  it('2 with a clear message for a missing or broken file, never a stack trace', async () => {
    const missing = await run(['analyze', path.join(tmp, 'нет.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('файл не найден');
    const broken = path.join(tmp, 'broken.xlsx');
    fs.writeFileSync(broken, 'это не xlsx');
    const r = await run(['analyze', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken.xlsx');
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('2 with the reason per sheet when no sheet holds results', async () => {
    const empty = path.join(tmp, 'empty.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Заметки').addRow(['Просто текст']);
    await wb.xlsx.writeFile(empty);
    const r = await run(['analyze', empty]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('«Заметки»');
  });
});

describe('shnor sample', () => {
  it('writes the bundled sample workbook that analyses to all three years', async () => {
    const file = path.join(tmp, 'sample.xlsx');
    expect((await run(['sample', file])).code).toBe(0);
    const r = await run(['analyze', file, '--json', '-']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ResultJson;
    expect(json.targetYear).toBe(2024);
    expect(json.schools).toHaveLength(15);
    const changes = new Set(json.schools.map((s) => s.listChange));
    expect(changes.has('entered') || changes.has('stayed')).toBe(true);
  });
});

describe('text is text, end to end', () => {
  it('writes a school named like a formula as text in the annotated copy, never as a formula', async () => {
    const input = path.join(tmp, 'formula-names.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Результаты');
    ws.addRow(['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %']);
    for (const [name, share] of [['=SUM(A1)', 45], ['+7 школа', 40], ['Обычная СОШ', 10]] as const) {
      ws.addRow([2024, name, 'ВПР', 5, 'Русский язык', 20, share]);
      ws.addRow([2024, name, 'ВПР', 5, 'Математика', 20, share]);
    }
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp, 'formula-names-out.xlsx');
    const r = await run(['analyze', input, '--out', out]);
    expect(r.code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const sheet = back.getWorksheet('ШНОР 2024');
    expect(sheet).toBeDefined();
    const names: unknown[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      if (cell.value === '=SUM(A1)' || cell.value === '+7 школа') names.push(cell.value);
    }));
    // In the table, and again in the partner schools' block under it: always as text.
    expect([...new Set(names)].sort()).toEqual(['+7 школа', '=SUM(A1)']);
  });
});

describe('--settings (per-sheet corrections, as the task pane saves them)', () => {
  it('excludes a sheet and corrects a context the sheet does not give', async () => {
    const input = path.join(tmp, 'no-year.xlsx');
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('ВПР 5 кл');
    a.addRow(['ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %']);
    a.addRow(['Ивановская СОШ', 'ВПР', 5, 'Русский язык', 20, 40]);
    a.addRow(['Ивановская СОШ', 'ВПР', 5, 'Математика', 20, 35]);
    const b = wb.addWorksheet('Черновик 2024');
    b.addRow(['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %']);
    b.addRow([2024, 'Петровская СОШ', 'ВПР', 5, 'Русский язык', 20, 50]);
    await wb.xlsx.writeFile(input);

    const without = await run(['analyze', input, '--json', '-']);
    const before = JSON.parse(without.out) as ResultJson;
    expect(before.schools.map((s) => s.name)).toEqual(['Петровская СОШ']);

    const settings = path.join(tmp, 'sheets.json');
    fs.writeFileSync(settings, JSON.stringify({ 'ВПР 5 кл': { context: { year: 2023 } }, 'Черновик 2024': { excluded: true } }));
    const r = await run(['analyze', input, '--settings', settings, '--json', '-']);
    expect(r.code).toBe(0);
    const after = JSON.parse(r.out) as ResultJson;
    expect(after.targetYear).toBe(2023);
    expect(after.schools.map((s) => [s.name, s.status, s.criteria])).toEqual([['Ивановская СОШ', 'shnor', ['K1']]]);
  });

  it('refuses a settings file it cannot understand, with exit 2 and the file named', async () => {
    const settings = path.join(tmp, 'bad-sheets.json');
    fs.writeFileSync(settings, JSON.stringify({ 'Лист': { columns: { C: 'доля' } } }));
    const r = await run(['analyze', path.join(examples, 'wide.xlsx'), '--settings', settings]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad-sheets.json');
  });
});
