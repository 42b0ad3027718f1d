// The shipped scale table: every row sourced, bounds contiguous from 0 to the maximum; known 2021 bounds as in methodology §1a.
import shipped from '../../src/ingest/protocols/scales/vpr.json';
import { SHIPPED_SCALES, ScaleTable, markOf, parseScaleRow } from '../../src/ingest/protocols/scales';

describe('shipped ВПР scales (src/ingest/protocols/scales/vpr.json)', () => {
  const rows = (shipped as { rows: Record<string, unknown>[] }).rows;

  it('every row has a source and parses; bounds start at 0, follow each other and end at the maximum', () => {
    expect(rows.length).toBe(SHIPPED_SCALES.length);
    for (const row of rows) {
      expect(typeof row.source).toBe('string');
      expect((row.source as string).length).toBeGreaterThan(20);
      const ranges = ['2', '3', '4', '5'].map((m) => (row[m] as string).split('–').map(Number));
      expect(ranges[0][0]).toBe(0);
      for (let i = 1; i < 4; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1] + 1);
      for (const [lo, hi] of ranges) expect(hi).toBeGreaterThanOrEqual(lo);
    }
    for (const s of SHIPPED_SCALES) {
      expect(s.upper2).toBeLessThan(s.upper3);
      expect(s.upper3).toBeLessThan(s.upper4);
      expect(s.upper4).toBeLessThan(s.max);
    }
  });

  it('holds one row per work (year, subject, grade), covering ВПР русский язык and математика 4–7 of 2020 and 2021', () => {
    const keys = SHIPPED_SCALES.map((s) => `${s.year}|${s.subject}|${s.grade}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const year of [2020, 2021]) for (const subject of ['Русский язык', 'Математика']) for (const grade of [4, 5, 6, 7]) expect(keys).toContain(`${year}|${subject}|${grade}`);
  });

  it('has the «2» bounds and maxima of 2021 that methodology.md §1a lists', () => {
    const known: [string, number, number, number][] = [
      ['Математика', 4, 5, 20], ['Математика', 5, 6, 20], ['Математика', 6, 5, 16],
      ['Русский язык', 4, 13, 38], ['Русский язык', 5, 17, 45], ['Русский язык', 6, 24, 51],
    ];
    const table = new ScaleTable();
    for (const [subject, grade, upper2, max] of known) {
      const s = table.find(2021, 'ВПР', subject, grade);
      expect({ upper2: s?.upper2, max: s?.max }).toEqual({ upper2, max });
    }
  });
});

describe('scale rows and marks', () => {
  it('marks are inclusive upper bounds; a total above the maximum is «5»', () => {
    const s = parseScaleRow({ year: 2021, subject: 'Математика', grade: 5, '2': '0–6', '3': '7-11', '4': '12 – 16', '5': '17–20' }, 'тест');
    if (typeof s === 'string') throw new Error(s);
    expect([0, 6, 7, 11, 12, 16, 17, 20, 25].map((t) => markOf(t, s))).toEqual([2, 2, 3, 3, 4, 4, 5, 5, 5]);
    expect(s.source).toBe('тест');
  });

  it.each([
    [{ '2': '1–6' }, /должна начинаться с 0/],
    [{ '3': '8–11' }, /границы должны идти подряд/],
    [{ '4': '16–12' }, /в обратном порядке/],
    [{ '5': 'семнадцать' }, /границы отметки «5»/],
    [{ grade: 'пятый' }, /класс «пятый» не понят/],
    [{ year: 1999 }, /год «1999» не понят/],
  ])('a bad row says why: %j', (patch, message) => {
    const row = { year: 2021, subject: 'Математика', grade: 5, '2': '0–6', '3': '7–11', '4': '12–16', '5': '17–20', ...patch };
    expect(parseScaleRow(row, '')).toMatch(message);
  });

  it('user scales replace the shipped scale of the same work', () => {
    const user = parseScaleRow({ year: 2021, subject: 'Математика', grade: 5, '2': '0–7', '3': '8–11', '4': '12–16', '5': '17–20', source: 'приказ региона' }, '');
    if (typeof user === 'string') throw new Error(user);
    const table = new ScaleTable([user]);
    expect(table.find(2021, 'ВПР', 'Математика', 5)).toMatchObject({ upper2: 7, source: 'приказ региона', user: true });
    expect(table.find(2021, 'ВПР', 'Русский язык', 5)).toMatchObject({ upper2: 17, user: false });
  });
});
