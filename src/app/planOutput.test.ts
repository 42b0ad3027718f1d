// planOutput: old output sheets are replaced, a user's sheet with the same name is never touched.
import { freeName, planOutput } from './planOutput';
import { ReportModel, SheetSpec } from '../report/model';

const spec = (name: string, kind: SheetSpec['kind'] = 'shnor'): SheetSpec => ({
  kind, name, values: [['x']], numberFormats: [], styles: [], merges: [], columnWidths: [], conditionalFormats: [], notes: [], charts: [],
});
const model = (...names: string[]): ReportModel => ({ sheets: names.map((n) => spec(n)) });

describe('planOutput', () => {
  it('adds the sheets under their names in an untouched workbook', () => {
    const plan = planOutput([{ name: 'Результаты', visible: true }], [], model('ШНОР 2024', 'Динамика'));
    expect(plan.remove).toEqual([]);
    expect(plan.add.map((a) => a.name)).toEqual(['ШНОР 2024', 'Динамика']);
  });

  it('removes exactly the tracked sheets that still exist and reuses their names', () => {
    const existing = [{ name: 'Результаты', visible: true }, { name: 'ШНОР 2024', visible: true }, { name: 'Динамика', visible: true }];
    const tracked = [{ name: 'ШНОР 2024', kind: 'shnor' as const }, { name: 'Динамика', kind: 'dynamics' as const }, { name: 'Удалён', kind: 'summary' as const }];
    const plan = planOutput(existing, tracked, model('ШНОР 2024', 'Динамика'));
    expect(plan.remove).toEqual(['ШНОР 2024', 'Динамика']);
    expect(plan.add.map((a) => a.name)).toEqual(['ШНОР 2024', 'Динамика']);
  });

  it("never takes a user's sheet that happens to have the output name (case-insensitive)", () => {
    const existing = [{ name: 'сводка', visible: true }, { name: 'Сводка (2)', visible: true }];
    const plan = planOutput(existing, [], model('Сводка'));
    expect(plan.remove).toEqual([]);
    expect(plan.add[0].name).toBe('Сводка (3)');
  });

  it('keeps names within 31 characters and without characters Excel forbids', () => {
    const name = freeName('ШНОР: очень длинное название листа/с запретными [символами]', new Set());
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[\\/?*[\]:]/);
    const taken = new Set([name.toLowerCase()]);
    const second = freeName('ШНОР: очень длинное название листа/с запретными [символами]', taken);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});
