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
