// What the reader noticed reaches the user as warnings of the sheet: hidden sheets used, strays, sheets too large.
import { SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';

const table = (extra: Partial<SheetGrid> = {}): SheetGrid => ({
  file: 'a.xlsx', sheet: 'ВПР 5 кл 2024 рус', originRow: 1, originCol: 1, merges: [],
  values: [['ОО', 'Доля «2», %'], ['А СОШ', 40]], ...extra,
});

describe('reader notices', () => {
  it('says that the data of a hidden or very hidden sheet were used', () => {
    expect(ingest([table({ hidden: 'hidden' })]).dataset.warnings.map((w) => w.message)).toEqual([
      'Лист «ВПР 5 кл 2024 рус»: лист скрыт, но его данные учтены; исключите лист, если они не нужны',
    ]);
    expect(ingest([table({ hidden: 'veryHidden' })]).dataset.warnings.map((w) => w.message)).toEqual([
      'Лист «ВПР 5 кл 2024 рус»: лист «очень скрыт» (виден только в редакторе VBA), но его данные учтены; исключите лист, если они не нужны',
    ]);
  });

  it('puts the reader’s notices first, with their cells, and is silent on a sheet the user excluded', () => {
    const grid = table({ notices: [{ cell: 'C9', message: 'ошибки в формулах (#N/A) в ячейках C9 — эти значения не учтены' }] });
    expect(ingest([grid]).dataset.warnings).toEqual([
      { file: 'a.xlsx', sheet: 'ВПР 5 кл 2024 рус', cell: 'C9', message: 'Лист «ВПР 5 кл 2024 рус», ячейка C9: ошибки в формулах (#N/A) в ячейках C9 — эти значения не учтены' },
    ]);
    expect(ingest([grid], { 'ВПР 5 кл 2024 рус': { excluded: true } }).dataset.warnings).toEqual([]);
  });

  it('skips a sheet too large to read with that reason, and an empty grid with a notice gives the notice as its reason', () => {
    const big = ingest([table({ values: [], tooLarge: '2000000 строк × 100 столбцов' })]);
    expect(big.sheets[0].skippedReason).toBe('лист слишком велик для чтения (2000000 строк × 100 столбцов)');
    const broken = ingest([table({ values: [], notices: [{ message: 'лист в файле оборван — лист не прочитан' }] })]);
    expect(broken.sheets[0].skippedReason).toBe('лист в файле оборван — лист не прочитан');
  });
});

describe('ФИС ОКО pupil protocols (layout 8) are named, not misread', () => {
  const grid = (sheet: string, values: (string | number | null)[][]): SheetGrid => ({ file: 'p.xlsx', sheet, values, originRow: 1, originCol: 1, merges: [] });
  const reason = 'протокол ФИС ОКО по ученикам (строка на ученика, баллы без отметок): такие листы пока не разбираются — отметка считается по шкале работы (методика §1a); используйте выгрузку «Статистика по отметкам» по ОО';

  it.each([
    ['2020', [['groups', 'user', 'id', 'code', 'otc', 'gender', 'klass', 'var-1', 'var-2', 'sum', 'a-1-grade', 'Учебник'],
      ['reg22_vpr_m026,reg22_vpr', 'sch220001', 1, '1001', '4', 'м', 'нет', '1', '', '12', '1', '0']]],
    ['2021', [['логин школы', 'регион', 'номер обучающегося', 'код обучающегося', 'отметка за предыдущую четверть/триместр', 'пол', 'класс', 'вариант', 'всего баллов', 'балл за 1'],
      ['sch220001', 'г. Бийск', '1', '1001', 'нет отметки', 'м', 'а', '0', '12', '1']]],
    ['2022+', [['Пользователь', 'Код региона', 'Регион', 'Муниципалитет', 'Школа', 'Дата загрузки', 'Код', 'Вариант', '1 (1б)', '2 (1б)', 'Наименование класса', 'Пол', 'Отметка за предыдущий триместр/четверть', 'Итого баллов'],
      ['edu223017', 'reg220000 | Алтайский край', 'reg220000', 'reg22_m001 | г. Бийск', 'edu223017 | МБОУ "СОШ №1"', '01.04.2023', '1001', 'отсутствовал', 'X', 'не пройд.', '5а', 'ж', '4', null]]],
  ])('generation %s: skipped with that reason, no warnings about its cells', (_gen, values) => {
    const { sheets, dataset } = ingest([grid('Протокол', values)]);
    expect(sheets[0].skippedReason).toBe(reason);
    expect(dataset.warnings).toEqual([]);
  });
});
