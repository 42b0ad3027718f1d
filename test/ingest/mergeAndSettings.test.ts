// Merging across sheets and files (same school spelled differently, conflicts) and the user's per-sheet settings.
import { ingest } from '../../src/ingest/ingest';
import { findResult, sheet } from './helpers';

describe('merging across sheets', () => {
  it('matches schools spelled differently and keeps branches apart; name is the shortest clean spelling', () => {
    const { dataset } = ingest([
      sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['МБОУ «Берёзовская СОШ»', 10], ['Ключевская СОШ (филиал Малоключевская ООШ)', 5]]),
      sheet('ВПР 6 кл 2023 рус', [['ОО', 'Доля «2»'], ['MБOУ Березовская COШ ', 20], ['МБОУ Ключевская СОШ', 7]], { file: 'b.xlsx' }),
    ]);
    expect(dataset.schools.map((s) => s.name)).toEqual(['Берёзовская СОШ', 'Ключевская СОШ (филиал Малоключевская ООШ)', 'Ключевская СОШ']);
    const berezovskaya = dataset.schools[0];
    expect(berezovskaya.aliases).toEqual(['МБОУ «Берёзовская СОШ»', 'MБOУ Березовская COШ']);
    expect(findResult(dataset, 'Березовская СОШ', 2023, 'ВПР', 'Русский язык', 6)?.share2).toBe(20);
    expect(findResult(dataset, 'Березовская СОШ', 2023, 'ВПР', 'Русский язык', 5)?.share2).toBe(10);
  });

  it('matches by login code when the names differ', () => {
    const { dataset } = ingest([
      sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['(sch500100) МБОУ "Берёзовская СОШ"', 10]]),
      sheet('ВПР 6 кл 2023 рус', [['ОО', 'Доля «2»'], ['sch500100 Берёзовская средняя школа', 20]]),
    ]);
    expect(dataset.schools).toHaveLength(1);
    expect(dataset.schools[0]).toMatchObject({ name: 'Берёзовская СОШ', code: 'sch500100' });
    expect(dataset.results.map((r) => r.schoolKey)).toEqual([dataset.schools[0].key, dataset.schools[0].key]);
  });

  it('is silent about equal duplicates, warns about differing ones naming both cells, prefers the record with participants', () => {
    const { dataset, sheets } = ingest([
      sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 10], ['Б СОШ', '33,33']]),
      sheet('Итоги ВПР 5 кл 2023 рус', [['ОО', 'Участников', 'Доля «2»'], ['А СОШ', 12, 25], ['Б СОШ', 3, 33.334]]),
    ]);
    expect(dataset.results).toHaveLength(2);
    const a = findResult(dataset, 'А СОШ', 2023, 'ВПР', 'Русский язык', 5);
    expect(a).toMatchObject({ share2: 25, participants: 12, source: { sheet: 'Итоги ВПР 5 кл 2023 рус', cell: 'C2' } });
    expect(sheets[1].warnings).toEqual([]);
    expect(sheets[0].warnings).toEqual([{
      kind: 'conflict', schoolKey: 'а сош', file: 'test.xlsx', sheet: 'ВПР 5 кл 2023 рус', cell: 'B2', conflictWith: '«Итоги ВПР 5 кл 2023 рус»',
      message: 'А СОШ, ВПР-5 русский язык, 2023: доля «2» 10 (лист «ВПР 5 кл 2023 рус», ячейка B2) расходится с 25 (лист «Итоги ВПР 5 кл 2023 рус», ячейка C2), взято значение из ячейки C2 листа «Итоги ВПР 5 кл 2023 рус»',
    }]);
    expect(dataset.warnings).toEqual(sheets[0].warnings);
  });

  it('lists 50 conflicts between two sheets one by one and counts the rest in one warning', () => {
    const rows = (share: number) => [['ОО', 'Доля «2», %'], ...Array.from({ length: 300 }, (_, i) => [`Школа № ${i + 1}`, share])];
    const { sheets } = ingest([sheet('ВПР 5 кл 2023 рус', rows(10)), sheet('Итоги ВПР 5 кл 2023 рус', rows(20))]);
    const warnings = sheets[1].warnings;
    expect(warnings).toHaveLength(51);
    expect(warnings[50].message).toBe('Лист «Итоги ВПР 5 кл 2023 рус»: … и ещё 250 расхождений со значениями листа «ВПР 5 кл 2023 рус» (везде взято значение оттуда)');
    expect(warnings[50]).toMatchObject({ conflictWith: '«ВПР 5 кл 2023 рус»', conflictMore: 250 });
  });

  it('keeps the first read when neither record has participants', () => {
    const { dataset, sheets } = ingest([
      sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 10]]),
      sheet('Ещё ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 15]], { file: 'other.xlsx' }),
    ]);
    expect(dataset.results[0]).toMatchObject({ share2: 10, source: { file: 'test.xlsx' } });
    expect(sheets[1].warnings[0]).toMatchObject({ file: 'other.xlsx', cell: 'B2' });
    expect(sheets[1].warnings[0].message).toMatch(/файл «other\.xlsx»/);
  });
});

describe('settings', () => {
  const grid = sheet('Лист1', [['ОО', 'Показатель', 'Ещё'], ['А СОШ', 10, 40]]);

  it('excludes a sheet: nothing read, reason given', () => {
    const { dataset, sheets } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 10]])], { 'ВПР 5 кл 2023 рус': { excluded: true } });
    expect(sheets[0]).toMatchObject({ skippedReason: 'Исключён пользователем', rowsRead: 0, resultsRead: 0 });
    expect(dataset.results).toEqual([]);
    expect(dataset.schools).toEqual([]);
  });

  it('lets the context override win over what was found', () => {
    const { dataset, sheets } = ingest([sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»'], ['А СОШ', 10]])], {
      'ВПР 5 кл 2023 рус': { context: { year: 2024, grade: 6, subject: 'Математика' } },
    });
    expect(dataset.results[0]).toMatchObject({ year: 2024, procedure: { kind: 'ВПР', grade: 6, subject: 'Математика' } });
    expect(sheets[0].context).toMatchObject({ year: 2024, grade: 6, subjects: ['Математика'] });
  });

  it('maps columns by hand when the headers say nothing', () => {
    const unmapped = ingest([grid]).sheets[0];
    expect(unmapped.skippedReason).toMatch(/^не найдена строка заголовков с колонкой доли «2»: ближе всего строка 1 — «ОО» \(A1\), «Показатель» \(B1\), «Ещё» \(C1\)/);
    const { dataset, sheets } = ingest([grid], { Лист1: { columns: { B: 'share2', C: 'share45', A: 'school' }, context: { year: 2023, kind: 'ОГЭ', subject: 'Математика' } } });
    expect(sheets[0].layout).toBe('long');
    expect(findResult(dataset, 'А СОШ', 2023, 'ОГЭ', 'Математика', 9)).toMatchObject({ share2: 10, share45: 40, source: { cell: 'B2' } });
  });

  it('replaces a recognised role with the mapped one', () => {
    const g = sheet('ВПР 5 кл 2023 рус', [['ОО', 'Доля «2»', 'Доля «2» (без пересдач)'], ['А СОШ', 10, 8]]);
    expect(ingest([g]).dataset.results[0].share2).toBe(10);
    const { dataset, sheets } = ingest([g], { 'ВПР 5 кл 2023 рус': { columns: { C: 'share2' } } });
    expect(dataset.results[0]).toMatchObject({ share2: 8, source: { cell: 'C2' } });
    expect(sheets[0].columns.find((c) => c.column === 'B')?.role).toBe('ignore');
  });
});
