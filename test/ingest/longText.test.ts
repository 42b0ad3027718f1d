// Hostile text through ingest: a 32 767-character cell (Excel's limit) of a word the name shortener looks for is read
// (its first 1 000 characters matched) and named in a warning; format characters never make a second school.
import { ingest } from '../../src/ingest/ingest';
import { MATCH_LIMIT } from '../../src/ingest/text';
import { sheet } from './helpers';

const HEADER = ['Год', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Участников', 'Доля «2», %'];
const EXCEL_MAX = 32767;

function repeated(word: string): string {
  return word.repeat(Math.ceil(EXCEL_MAX / word.length)).slice(0, EXCEL_MAX);
}

describe('a cell of 32 767 characters', () => {
  it.each([['средн'], ['средн общ образ '], ['Муниципальное '], ['edu1|'], ['\u200B']])('of «%s» repeated is a name cut and named, the other rows read', (word) => {
    const long = repeated(word);
    const got = ingest([sheet('Итоги', [HEADER, [2024, long, 'ВПР', 5, 'Русский язык', 20, 10], [2024, 'Лесная СОШ', 'ВПР', 5, 'Русский язык', 20, 12]])]);
    const report = got.sheets[0];
    expect(report.skippedReason).toBeUndefined();
    expect(got.dataset.schools.some((s) => s.name === 'Лесная СОШ')).toBe(true);
    for (const s of got.dataset.schools) expect(s.name.length).toBeLessThanOrEqual(MATCH_LIMIT);
    expect(report.warnings.find((w) => w.cell === 'B2')?.message).toBe(
      'Лист «Итоги», ячейка B2: текст длиннее 1\u00a0000 знаков (32\u00a0767) — названия и заголовки распознаются по первым 1\u00a0000 знакам');
  });

  it('as headers: the table is still read, the cells named in one warning', () => {
    const long = repeated('средн');
    const got = ingest([sheet('Итоги', [[...HEADER, long, long, long], [2024, 'Лесная СОШ', 'ВПР', 5, 'Русский язык', 20, 12, 1, 2, 3]])]);
    expect(got.dataset.results).toHaveLength(1);
    expect(got.sheets[0].warnings.map((w) => w.message)).toContain(
      'Лист «Итоги»: 3 ячейки с текстом длиннее 1\u00a0000 знаков (до 32\u00a0767): H1, I1, J1 — названия и заголовки распознаются по первым 1\u00a0000 знакам');
  });

  it('is not a warning at 1 000 characters', () => {
    const got = ingest([sheet('Итоги', [HEADER, [2024, `Лесная СОШ ${'ж'.repeat(MATCH_LIMIT - 11)}`, 'ВПР', 5, 'Русский язык', 20, 10]])]);
    expect(got.sheets[0].warnings.filter((w) => /длиннее/.test(w.message))).toEqual([]);
  });
});

describe('format characters', () => {
  it('never make a second school: «Лес\\u200Bная СОШ» and «Лесная СОШ» are one', () => {
    const got = ingest([sheet('Итоги', [
      HEADER,
      [2024, 'Лес\u200Bная СОШ', 'ВПР', 5, 'Русский язык', 20, 40],
      [2024, '\u202EЛесная СОШ', 'ВПР', 5, 'Математика', 20, 10],
      [2024, 'Лесная СОШ', 'ОГЭ', 9, 'Математика', 20, 5],
    ])]);
    expect(got.dataset.schools.map((s) => s.name)).toEqual(['Лесная СОШ']);
    expect(got.dataset.results).toHaveLength(3);
  });
});
