// Every example workbook of ../shared/examples read through readSpreadsheet + ingest, checked against its cells.
import * as fs from 'fs';
import * as path from 'path';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { IngestResult } from '../../src/ingest/types';
import { SheetGrid, parseAddress } from '../../src/ingest/grid';
import { RawValue } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { findResult, num } from './helpers';

const EXAMPLES = path.join(__dirname, '../../../shared/examples');
const SCHOOLS = [
  'Берёзовская СОШ', 'Липовская ООШ', 'Сосновская СОШ', 'СОШ № 1 п. Озёрный', 'Гимназия № 2', 'Каменская ООШ', 'Ключевская СОШ',
  'Ключевская СОШ (филиал Малоключевская ООШ)', 'Лесная СОШ', 'Центр образования № 3', 'Ракитинская ООШ', 'Лицей № 5',
];

interface Loaded {
  readonly grids: readonly SheetGrid[];
  readonly result: IngestResult;
}
const loaded = new Map<string, Loaded>();

async function load(file: string): Promise<Loaded> {
  let got = loaded.get(file);
  if (!got) {
    const { grids } = readSpreadsheet(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, file))), file);
    got = { grids, result: ingest(grids) };
    loaded.set(file, got);
  }
  return got;
}

function cell(grids: readonly SheetGrid[], sheet: string, address: string): RawValue {
  const g = grids.find((x) => x.sheet === sheet) as SheetGrid;
  const p = parseAddress(address) as { row: number; col: number };
  return g.values[p.row - g.originRow]?.[p.col - g.originCol] ?? null;
}

const FILES = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')).sort();

describe('example workbooks', () => {
  it('are all here', () => {
    expect(FILES).toEqual(['blocks.xlsx', 'fisoko-vpr5-math-2024.xlsx', 'long.xlsx', 'wide.xlsx']);
  });

  it.each(FILES)('%s: all 12 schools found (the branch on its own), aggregates never taken for schools', async (file) => {
    const { result } = await load(file);
    expect(result.dataset.schools.map((s) => s.name).sort()).toEqual([...SCHOOLS].sort());
    const aggregateNames = new Set(result.dataset.aggregates.map((a) => a.name));
    for (const s of result.dataset.schools) expect(aggregateNames.has(s.name)).toBe(false);
    for (const sheet of result.sheets) expect(sheet.skippedReason).toBeUndefined();
  });

  it('long.xlsx: long layout, school years, text numbers, aggregates', async () => {
    const { grids, result } = await load('long.xlsx');
    expect(result.sheets[0]).toMatchObject({ layout: 'long', headerRow: 3, rowsRead: 434 });
    expect(cell(grids, 'Результаты', 'A14')).toBe('2021/2022');
    expect(cell(grids, 'Результаты', 'B14')).toBe('МБОУ «Берёзовская СОШ»');
    expect(findResult(result.dataset, 'Берёзовская СОШ', 2022, 'ОГЭ', 'Русский язык', 9)).toMatchObject({
      share2: num(cell(grids, 'Результаты', 'G14')), participants: num(cell(grids, 'Результаты', 'F14')), source: { cell: 'G14' },
    });
    expect(cell(grids, 'Результаты', 'G9')).toBe('16,67');
    expect(findResult(result.dataset, 'Берёзовская СОШ', 2022, 'ВПР', 'Математика', 6)?.share2).toBe(16.67);
    // every data row gives one result: 12 schools × 3 years × (5 ВПР grades + ОГЭ) × 2 subjects
    expect(result.dataset.results).toHaveLength(12 * 3 * 6 * 2);
    expect(new Set(result.dataset.results.map((r) => r.year))).toEqual(new Set([2022, 2023, 2024]));
    const district = result.dataset.aggregates.find((a) => a.name === 'Северо-Озёрский район');
    expect(district).toMatchObject({ level: 'municipality', year: 2024, share2: num(cell(grids, 'Результаты', 'G436')), procedure: { kind: 'ВПР', grade: 5, subject: 'Математика' } });
    expect(result.dataset.aggregates.find((a) => a.name === 'Итого')).toMatchObject({ level: 'total', participants: num(cell(grids, 'Результаты', 'F437')) });
    expect(result.dataset.warnings).toEqual([]);
  });

  it('wide.xlsx: wide layout from merged two-row headers; 0.3333 formatted 0.0% → 33.33', async () => {
    const { grids, result } = await load('wide.xlsx');
    const s = result.sheets[0];
    expect(s).toMatchObject({ layout: 'wide', headerRow: 3, context: { year: 2024, kind: 'ОГЭ', grade: 9, subjects: ['Русский язык', 'Математика'] } });
    expect(grids[0].numberFormats?.[4]?.[3]).toContain('%');
    expect(cell(grids, 'ОГЭ 2024', 'D5')).toBe(0.3333);
    expect(findResult(result.dataset, 'Липовская ООШ', 2024, 'ОГЭ', 'Русский язык', 9)).toMatchObject({
      share2: 33.33, participants: num(cell(grids, 'ОГЭ 2024', 'C5')), share45: Math.round(num(cell(grids, 'ОГЭ 2024', 'E5')) * 10000) / 100,
    });
    expect(findResult(result.dataset, 'Каменская ООШ', 2024, 'ОГЭ', 'Математика', 9)).toMatchObject({
      share2: Math.round(num(cell(grids, 'ОГЭ 2024', 'G9')) * 10000) / 100, source: { cell: 'G9' },
    });
    expect(result.dataset.results).toHaveLength(24);
  });

  it('fisoko-vpr5-math-2024.xlsx: ФИС ОКО statistics with share45 = 4 + 5 and понизили from the companion sheet', async () => {
    const { grids, result } = await load('fisoko-vpr5-math-2024.xlsx');
    const [stats, journal] = result.sheets;
    expect(stats).toMatchObject({ layout: 'fisOko', context: { year: 2024, kind: 'ВПР', grade: 5, subjects: ['Математика'] } });
    expect(journal.layout).toBe('fisOko');
    const S = 'Статистика по отметкам';
    expect(cell(grids, S, 'A16')).toBe('(sch500135) МБОУ "Каменская ООШ"');
    const kam = findResult(result.dataset, 'Каменская ООШ', 2024, 'ВПР', 'Математика', 5);
    expect(kam).toMatchObject({
      participants: num(cell(grids, S, 'C16')), share2: num(cell(grids, S, 'D16')), share3: num(cell(grids, S, 'E16')),
      share45: Math.round((num(cell(grids, S, 'F16')) + num(cell(grids, S, 'G16'))) * 100) / 100,
      lowered: num(cell(grids, 'Сравнение с журналом', 'B8')), confirmed: num(cell(grids, 'Сравнение с журналом', 'C8')),
      raised: num(cell(grids, 'Сравнение с журналом', 'D8')), source: { cell: 'D16' },
    });
    expect(cell(grids, 'Сравнение с журналом', 'A8')).toBe(cell(grids, S, 'A16'));
    expect(result.dataset.results.every((r) => r.lowered !== undefined)).toBe(true);
    expect(result.dataset.schools.find((s) => s.name === 'Каменская ООШ')?.code).toBe('sch500135');
    expect(result.dataset.aggregates.map((a) => [a.name, a.level])).toEqual([
      ['Вся выборка', 'country'], [cell(grids, S, 'A9'), 'region'], ['Северо-Озёрский район', 'municipality'],
    ]);
    expect(result.dataset.aggregates[0].share2).toBe(num(cell(grids, S, 'D8')));
  });

  it('blocks.xlsx: school blocks per grade, grade × subject blocks, conflicts between them reported', async () => {
    const { grids, result } = await load('blocks.xlsx');
    expect(result.sheets.map((s) => [s.sheet, s.layout, s.context.year, s.context.kind, s.context.grade])).toEqual([
      ['ВПР 5 кл 2024', 'schoolBlocks', 2024, 'ВПР', 5],
      ['ВПР 6 кл 2024', 'schoolBlocks', 2024, 'ВПР', 6],
      ['Доля 2 по ОО 2024', 'gradeSubjectBlocks', 2024, undefined, undefined],
    ]);
    const V5 = 'ВПР 5 кл 2024';
    expect(cell(grids, V5, 'A3')).toBe('Берёзовская СОШ');
    expect(findResult(result.dataset, 'Берёзовская СОШ', 2024, 'ВПР', 'Русский язык', 5)).toMatchObject({
      participants: num(cell(grids, V5, 'B4')), share2: num(cell(grids, V5, 'C4')), share45: num(cell(grids, V5, 'D4')), lowered: num(cell(grids, V5, 'E4')),
      source: { sheet: V5, cell: 'C4' },
    });
    const D = 'Доля 2 по ОО 2024';
    expect(cell(grids, D, 'A6')).toBe(7);
    expect(findResult(result.dataset, 'Берёзовская СОШ', 2024, 'ВПР', 'Русский язык', 7)).toMatchObject({ share2: num(cell(grids, D, 'B6')), source: { sheet: D, cell: 'B6' } });
    expect(cell(grids, D, 'A15')).toBe('ОГЭ');
    expect(findResult(result.dataset, 'Липовская ООШ', 2024, 'ОГЭ', 'Русский язык', 9)?.share2).toBe(num(cell(grids, D, 'B15')));
    // Берёзовская grade 5 Russian: 0 on «ВПР 5 кл 2024» (with participants) vs 11,11 on «Доля 2 по ОО 2024»
    const conflict = result.sheets[2].warnings.find((w) => w.cell === 'B4');
    expect(conflict?.message).toMatch(/^Берёзовская СОШ, ВПР-5 русский язык, 2024: доля «2» 11,11 .*расходится с 0 .*взято значение из ячейки C4 листа «ВПР 5 кл 2024»/);
    const region = result.dataset.aggregates.find((a) => a.name === 'Ивановская область' && a.procedure?.subject === 'Математика' && a.procedure.grade === 5);
    expect(region).toMatchObject({ level: 'region', share2: num(cell(grids, V5, 'C44')) });
    expect(result.sheets[0].aggregates).toEqual(['Северо-Озёрский район', 'Ивановская область']);
  });

  it('all files together: schools matched across files', async () => {
    const grids = (await Promise.all(FILES.map(load))).flatMap((l) => l.grids);
    const { dataset } = ingest(grids);
    expect(dataset.schools).toHaveLength(12);
    expect(dataset.schools.find((s) => s.name === 'Лицей № 5')?.aliases).toEqual(expect.arrayContaining(['Лицей № 5', 'МБОУ «Лицей № 5»', '(sch500177) МБОУ "Лицей № 5"']));
  });
});
