// Pupil protocols (layout 8) → per-school results: three generations checked against a naive reference, identity, scales, context.
import { SheetGrid, RawValue } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { tallyGrid } from '../../src/ingest/protocols/fromGrid';
import { Generation, directoryRows, loginOf, makeSchools, protocolRows, reference } from '../fixtures/protocols/generate';

const RUS5_2021: [number, number, number] = [17, 28, 38];
const MATH5_2021: [number, number, number] = [6, 11, 16];
const grid = (file: string, sheet: string, values: RawValue[][]): SheetGrid => ({ file, sheet, values, originRow: 1, originCol: 1, merges: [] });
const close = (a: number | undefined, b: number | undefined): void => {
  expect(a).toBeDefined();
  expect(Math.abs((a as number) - (b as number))).toBeLessThan(1e-9);
};

describe.each<Generation>(['2020', '2021', '2022+'])('protocol generation %s', (gen) => {
  const schools = makeSchools(7, 30, 45);
  const file = 'Проведение работы по русскому языку, 5 класс. ВПР 2021.xlsx';
  const { dataset, sheets } = ingest([grid(file, 'Лист1', protocolRows(gen, schools))]);

  it('is recognised and read per school: participants without the absent, shares of every mark and the journal comparison', () => {
    expect(sheets[0].layout).toBe('protocol');
    expect(sheets[0].context).toEqual({ year: 2021, kind: 'ВПР', grade: 5, subjects: ['Русский язык'] });
    let compared = 0;
    for (const s of schools) {
      const ref = reference(s, RUS5_2021);
      const r = dataset.results.find((x) => x.schoolKey === loginOf(gen, s));
      if (!ref) {
        expect(r).toBeUndefined();
        continue;
      }
      expect(r?.procedure).toEqual({ kind: 'ВПР', subject: 'Русский язык', grade: 5 });
      expect(r?.year).toBe(2021);
      expect(r?.participants).toBe(ref.participants);
      expect(r?.count2).toBe(ref.count2);
      for (const k of ['share2', 'share3', 'share4', 'share5', 'share45'] as const) close(r?.[k], ref[k]);
      if (ref.lowered !== undefined) {
        compared++;
        close(r?.lowered, ref.lowered);
        close(r?.confirmed, ref.confirmed);
        close(r?.raised, ref.raised);
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('keys schools by login and keeps repeated short names apart; the login is the code', () => {
    const keys = new Set(dataset.results.map((r) => r.schoolKey));
    expect(keys.size).toBe(schools.filter((s) => reference(s, RUS5_2021)).length);
    for (const s of dataset.schools) expect(s.code).toBe(s.key);
  });

  it('points each result at the protocol: the total column over the school\'s pupil rows', () => {
    const s = schools[1];
    const r = dataset.results.find((x) => x.schoolKey === loginOf(gen, s));
    expect(r?.source.sheet).toBe('Лист1');
    expect(r?.source.cell).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    const first = 2 + schools[0].pupils.length;
    const col = gen === '2020' ? 'J' : gen === '2021' ? 'I' : 'X';
    expect(r?.source.cell).toBe(`${col}${first}:${col}${first + s.pupils.length - 1}`);
  });

  it('names schools from a login directory sheet, else from the coded label (2022+), else by login', () => {
    const named = ingest([grid(file, 'Лист1', protocolRows(gen, schools)), grid('logins.xlsx', 'Логины', directoryRows(schools, gen))]);
    expect(named.sheets[1].layout).toBe('loginDirectory');
    const s = named.dataset.schools.find((x) => x.key === loginOf(gen, schools[3]));
    // «СОШ № 4» stands in three municipalities, twice in г. Барнаул: the municipality, else the login, tells them apart.
    expect(s?.name).toBe(`СОШ № 4 (${loginOf(gen, schools[3])})`);
    expect(named.dataset.schools.find((x) => x.key === loginOf(gen, schools[10]))?.name).toBe('СОШ № 4 (Бийский район)');
    expect(s?.municipality).toBe(schools[3].municipality);
    const bare = dataset.schools.find((x) => x.key === loginOf(gen, schools[3]));
    expect(bare?.name).toBe(gen === '2022+' ? `СОШ № 4 (${loginOf(gen, schools[3])})` : loginOf(gen, schools[3]));
  });
});

describe('protocol scales and context', () => {
  const schools = makeSchools(11, 8, 20);

  it('a work with no known scale is named in a warning and left out, never guessed', () => {
    const { dataset, sheets } = ingest([grid('ВПР 2023 математика 5 класс.xlsx', 'Лист1', protocolRows('2022+', schools))]);
    expect(dataset.results).toEqual([]);
    expect(sheets[0].skippedReason).toMatch(/нет шкалы перевода баллов в отметки для работы «ВПР 2023 г\., математика, 5 класс»/);
    expect(dataset.warnings.some((w) => /нет шкалы/.test(w.message))).toBe(true);
  });

  it('a «Шкалы» sheet adds a scale (and replaces a shipped one); a bad row is named by its cell', () => {
    const scales = grid('p.xlsx', 'Шкалы', [
      ['Год', 'Процедура', 'Предмет', 'Класс', '«2»', '«3»', '«4»', '«5»', 'Источник'],
      [2023, 'ВПР', 'Математика', 5, '0–6', '7–11', '12–16', '17–20', 'ФИОКО 2023'],
      [2023, 'ВПР', 'Русский язык', 5, '0–17', '19–28', '29–38', '39–45', 'опечатка'],
    ]);
    const { dataset, sheets } = ingest([grid('ВПР 2023 математика 5 класс.xlsx', 'Лист1', protocolRows('2022+', schools)), scales]);
    expect(sheets[1].layout).toBe('scales');
    expect(dataset.warnings.find((w) => w.sheet === 'Шкалы')).toMatchObject({ cell: 'A3' });
    expect(dataset.warnings.find((w) => w.sheet === 'Шкалы')?.message).toMatch(/строка 3: шкала не принята — отметка «3» начинается с 19, а «2» кончается на 17/);
    for (const s of schools) {
      const ref = reference(s, MATH5_2021);
      const r = dataset.results.find((x) => x.schoolKey === loginOf('2022+', s));
      if (ref) close(r?.share2, ref.share2);
    }
  });

  it('takes the grade from the title line over the file name, and the user can correct the context per file and sheet', () => {
    const rows = protocolRows('2021', schools, 8, 'Проведение работы по математике, 6 класс');
    const fromTitle = ingest([grid('ВПР 2021.xlsx', 'Лист1', rows)]);
    expect(fromTitle.sheets[0].context).toMatchObject({ year: 2021, grade: 6, subjects: ['Математика'] });
    const unknown = ingest([grid('protocol.xlsx', 'Лист1', protocolRows('2021', schools))]);
    expect(unknown.sheets[0].skippedReason).toMatch(/не удалось определить год, предмет, класс работы/);
    const corrected = ingest([grid('protocol.xlsx', 'Лист1', protocolRows('2021', schools))], {
      'protocol.xlsx|Лист1': { context: { year: 2021, subject: 'Математика', grade: 5 } },
    });
    expect(corrected.dataset.results.length).toBeGreaterThan(0);
    expect(corrected.dataset.results[0].procedure).toEqual({ kind: 'ВПР', subject: 'Математика', grade: 5 });
  });

  it('autumn 2020: the work counts under the grade it is named by, and this is stated', () => {
    const { dataset } = ingest([grid('ВПР 2020 (осень) 5 класс математика протокол.xlsx', 'Лист1', protocolRows('2020', schools))]);
    expect(dataset.results[0].procedure.grade).toBe(5);
    expect(dataset.results[0].year).toBe(2020);
    expect(dataset.warnings.some((w) => /ВПР осени 2020 г\.: работа «5 класс» писалась в начале следующего учебного года по программе 5 класса/.test(w.message))).toBe(true);
  });

  it('data errors of real exports: a total above the maximum still counts (warned), text and bad totals, «нет отметки»', () => {
    const rows = protocolRows('2021', schools, 4);
    rows[1][8] = '25'; // above the maximum 20
    rows[2][8] = 'двенадцать';
    const { dataset } = ingest([grid('ВПР 2021 математика 5 класс.xlsx', 'Лист1', rows)]);
    const s = schools[0];
    const r = dataset.results.find((x) => x.schoolKey === s.login);
    const present = s.pupils.filter((p) => p.total !== null).length;
    expect(r?.participants).toBe(present - (s.pupils[1].total === null ? 0 : 1) + (s.pupils[0].total === null ? 1 : 0));
    const messages = dataset.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/сумма баллов выше максимума работы \(20\) у 1 ученика \(например, I2\)/);
    expect(messages).toMatch(/ячейка I3: сумма баллов не число — ученики не учтены: I3/);
  });
});

describe('protocol sheets that give nothing are announced with their true reason', () => {
  const schools = makeSchools(31, 4, 20);
  const file = 'ВПР 2021 математика 5 класс.xlsx';

  it('a protocol where every pupil was absent, and one with a header only', () => {
    const rows = protocolRows('2021', schools).map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 8 ? '' : c === 7 ? '0' : v))));
    const absent = ingest([grid(file, 'Лист1', rows)]);
    expect(absent.sheets[0].skippedReason).toMatch(/^в протоколе ни у одного ученика нет суммы баллов \(\d+ строк/);
    const empty = ingest([grid(file, 'Лист2', rows.slice(0, 1))]);
    expect(empty.sheets[0].skippedReason).toBe('протокол ФИС ОКО без строк учеников');
  });

  it('a streamed protocol the user excluded is listed as excluded, not dropped', () => {
    const tally = tallyGrid(grid(file, 'Лист1', protocolRows('2021', schools)));
    if (!tally) throw new Error('not a protocol');
    const { sheets, dataset } = ingest([], { [`${file}|Лист1`]: { excluded: true } }, { protocols: [tally] });
    expect(dataset.results).toEqual([]);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ file, sheet: 'Лист1', layout: 'protocol', skippedReason: 'Исключён пользователем' });
  });
});
