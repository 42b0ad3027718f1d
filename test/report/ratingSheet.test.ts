// Рейтинг sheet: the municipal rating in groups of one procedure set, on its own column grid, frozen header and filter.
import { rangeA1 } from '../../src/report/a1';
import { buildRatingSheet } from '../../src/report/ratingSheet';
import { HYPERLINK_NAME, makeFixture } from './fixtures';
import { integrityProblems, rowWhere, valueAt } from './sheetHelpers';

describe('buildRatingSheet', () => {
  const { analysis } = makeFixture();
  const sheet = buildRatingSheet(analysis);

  it('lists the municipal rating in groups of one procedure set, coloured by rank, not by the ШНОР rule', () => {
    const section = rowWhere(sheet, 1, 'Муниципальный рейтинг 2024');
    expect(section).toBe(1);
    expect(String(valueAt(sheet, section + 1, 1))).toMatch(/^Школы сравниваются только с теми, кто писал те же процедуры/);
    const header = section + 2;
    expect(sheet.values[header - 1].slice(0, 6)).toEqual(['Место в группе', 'Образовательная организация', 'Средняя доля «2», %', 'Средняя доля «4» и «5», %', 'Процедур', 'Группа: одинаковый набор процедур']);
    expect(sheet.values.slice(header, header + 3).map((r) => r.slice(0, 6))).toEqual([
      ['2 из 2', 'Алексеевская СОШ', 27, 40, 1, 'ВПР-5 русский язык'],
      ['1 из 2', HYPERLINK_NAME, 10, 55.5, 1, 'ВПР-5 русский язык'],
      ['1 из 1', 'Ивановская СОШ', 37, null, 2, 'ВПР-5 русский язык, ОГЭ математика'],
    ]);
    expect(sheet.values).toHaveLength(header + 3);
    const shares = rangeA1(header + 1, 3, header + 3, 3);
    expect(sheet.conditionalFormats).toContainEqual({ type: 'colorScale', range: shares, colors: ['FFFFFF', '9DC3E6'] });
    expect(sheet.conditionalFormats.some((c) => c.range === shares && c.type === 'cellIs')).toBe(false);
  });

  it('has its own widths (names wide, numbers narrow), a frozen header and a filter over the table', () => {
    expect(sheet.kind).toBe('rating');
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(36);
    expect(sheet.columnWidths[0]).toBeLessThanOrEqual(12);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.autoFilter).toBe(rangeA1(3, 1, sheet.values.length, 6));
    expect(integrityProblems(sheet)).toEqual([]);
  });

  it('says there is no rating when no school has comparable results', () => {
    const { analysis: empty } = makeFixture();
    const none = buildRatingSheet({ ...empty, dynamics: { ...empty.dynamics, ranking: [] } });
    expect(none.values.map((r) => r[0])).toEqual(['Муниципальный рейтинг 2024', 'Нет данных для этой таблицы.']);
    expect(none.freeze).toBeUndefined();
  });
});
