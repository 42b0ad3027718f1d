// An official ФИОКО list read as its own source and shown beside the computed markers (sheet and JSON), never recomputed.
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { analyze } from '../../src/core/analyze';
import { params } from '../../src/core/testing/builders';
import { toResultJson } from '../../src/cli/resultJson';
import { buildObjectivitySheet } from '../../src/report/objectivitySheet';
import { protocolRows } from '../fixtures/protocols/generate';
import { makeRegion, taskMaxima } from '../fixtures/protocols/region';

const grid = (file: string, sheet: string, values: RawValue[][]): SheetGrid => ({ file, sheet, values, originRow: 1, originCol: 1, merges: [] });
const MAX = taskMaxima(16, 20);
const region = makeRegion({ seed: 3, schools: 30, taskMax: MAX, bounds: [6, 11, 16], plants: new Map([[0, 'reversed']]) });
const LIST: RawValue[][] = [
  ['Год', 'Логин', 'Муниципалитет', 'ОО', '4 РУ', '4 МА', '5 РУ', '5 МА', 'Количество маркеров'],
  [2021, 'sch221000', 'г. Барнаул', 'МБОУ СОШ №1', null, null, 1, '1', 2],
  ['2021', 'sch221005', 'Бийский район', 'МБОУ СОШ №6', '', 1, '-', null, 1],
  ['двадцать', 'sch221009', '', '', 1, null, null, null, 1],
];

describe('ФИОКО list', () => {
  const { dataset, sheets } = ingest([
    grid('Проведение работы по математике, 5 класс. ВПР 2021.xlsx', 'Лист1', protocolRows('2021', region, MAX.length, undefined, MAX)),
    grid('Список ФИОКО 2021.xlsx', 'Лист1', LIST),
  ]);

  it('is read as its own layout: year, login, works by code, markers; a bad row is a warning naming its cell', () => {
    expect(sheets[1].layout).toBe('fiokoList');
    expect(dataset.fiokoLists?.map((l) => [l.year, l.login, l.works.map((w) => `${w.grade} ${w.subject}`), l.markers])).toEqual([
      [2021, 'sch221000', ['5 Русский язык', '5 Математика'], 2],
      [2021, 'sch221005', ['4 Математика'], 1],
    ]);
    const bad = dataset.warnings.find((w) => /список ФИОКО: год «двадцать»/.test(w.message));
    expect(bad?.cell).toBe('A4');
  });

  it('stands beside the computed markers on the sheet «Объективность» and in the JSON', () => {
    const analysis = analyze(dataset, params({ procedures: 'all' }));
    const sheet = buildObjectivitySheet(analysis);
    const header = sheet.values.findIndex((r) => r[0] === 'Школа');
    const col = sheet.values[header].indexOf('Список ФИОКО');
    const row = sheet.values.slice(header + 1).find((r) => r[col] !== null && r[col] !== '');
    expect(row?.[col]).toBe('в списке ФИОКО (2021: 5\u00a0РУ, 5\u00a0МА)');
    expect(row?.[5]).toBe('есть');
    const json = toResultJson(analysis);
    const school = json.schools.find((s) => s.code === 'sch221000');
    expect(school?.objectivity?.fioko).toEqual([{ year: 2021, works: ['ВПР|Русский язык|5', 'ВПР|Математика|5'], markers: 2 }]);
    expect(school?.objectivity?.flagged).toBe(true);
  });
});
