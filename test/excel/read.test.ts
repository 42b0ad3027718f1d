// Reading source sheets through the adapter: used-range offsets, empty sheets, merges, formats, big sheets in few syncs.
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';

function sourceBook(): FakeWorkbook {
  const wb = FakeWorkbook.fromGrids([
    {
      file: '',
      sheet: 'ВПР 2024',
      originRow: 5,
      originCol: 3,
      values: [
        ['Школа', 'Доля «2»', null],
        ['МБОУ СОШ №1', 0.31, 'да'],
        ['=SUM(A1)', 0.05, null],
      ],
      merges: ['C4:E4'],
      numberFormats: [
        [null, null, null],
        [null, '0.0%', null],
        [null, '0.0%', null],
      ],
    },
    { file: '', sheet: 'Пустой', originRow: 1, originCol: 1, values: [], merges: [] },
  ]);
  wb.setCell('ВПР 2024', 'C4', 'ВПР, 5 класс');
  return wb;
}

describe('ExcelWorkbook.readSheets', () => {
  it('gives values at their addresses, merged areas and number formats; empty sheets come back empty', async () => {
    const fake = createFakeExcel(sourceBook());
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    const [grid, empty] = await port.readSheets(['ВПР 2024', 'Пустой']);
    expect(grid.file).toBe('');
    expect([grid.originRow, grid.originCol]).toEqual([4, 3]);
    expect(grid.values).toEqual([
      ['ВПР, 5 класс', null, null],
      ['Школа', 'Доля «2»', null],
      ['МБОУ СОШ №1', 0.31, 'да'],
      ['=SUM(A1)', 0.05, null],
    ]);
    expect(grid.merges).toEqual(['C4:E4']);
    expect(grid.numberFormats?.[2]).toEqual([null, '0.0%', null]);
    expect(empty).toEqual({ file: '', sheet: 'Пустой', values: [], originRow: 1, originCol: 1, merges: [], numberFormats: [] });
    // One sync for shapes and merges, one for the cells.
    expect(fake.stats.syncs).toBe(2);
  });

  it('reads without merged areas where ExcelApi 1.13 is missing', async () => {
    const fake = createFakeExcel(sourceBook(), { isSetSupported: (_n, v) => Number(v.split('.')[1]) < 13 });
    const port = new ExcelWorkbook(fake.run, { isSetSupported: (_n, v) => Number(v.split('.')[1]) < 13 });
    const [grid] = await port.readSheets(['ВПР 2024']);
    expect(grid.merges).toEqual([]);
    expect(grid.values[2]).toEqual(['МБОУ СОШ №1', 0.31, 'да']);
  });

  it('reports a missing sheet in Russian', async () => {
    const port = new ExcelWorkbook(createFakeExcel(sourceBook()).run, { isSetSupported: () => true });
    await expect(port.readSheets(['Нет'])).rejects.toThrow(/Лист или диапазон не найден/);
  });

  function bigBook(rows: number): FakeWorkbook {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Большой');
    for (let r = 0; r < rows; r++) {
      wb.cellAt(sheet, r + 2, 2).value = `Ш${r}`;
      wb.cellAt(sheet, r + 2, 3).value = r % 97;
      wb.cellAt(sheet, r + 2, 4).value = (r % 13) / 13;
    }
    wb.addSheet('Малый');
    wb.setCell('Малый', 'A1', 'x');
    return wb;
  }

  async function readBig(rows: number, maxCellsPerRead: number): Promise<{ syncs: number; blocksRead: number; maxResponse: number; oversize: number; lastRow: unknown }> {
    const fake = createFakeExcel(bigBook(rows));
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true, maxCellsPerRead });
    const [grid] = await port.readSheets(['Большой', 'Малый']);
    expect(grid.values.length).toBe(rows);
    expect(grid.originRow).toBe(2);
    const blocksRead = fake.stats.commands.filter((c) => c.op.startsWith('Worksheet.getRange(B') && c.op.endsWith('.load')).length;
    return { syncs: fake.stats.syncs, blocksRead, maxResponse: fake.stats.maxResponseBytes, oversize: fake.stats.oversizeSyncs, lastRow: grid.values[rows - 1] };
  }

  it('reads many row blocks in a number of syncs that does not grow with the number of blocks', async () => {
    const small = await readBig(1_000, 3_000);
    const medium = await readBig(20_000, 3_000);
    expect(medium.lastRow).toEqual(['Ш19999', 19_999 % 97, (19_999 % 13) / 13]);
    expect(small.syncs).toBe(2);
    // 20 times more rows, 20 times more blocks: still one sync for the shapes and one for all the cells.
    expect(medium.blocksRead).toBeGreaterThanOrEqual(20);
    expect(medium.syncs).toBe(small.syncs);
  });

  it('splits only by the 5 MB response limit: 200 000 rows take a few syncs, each response within the limit', async () => {
    const big = await readBig(200_000, 1_000_000);
    expect(big.lastRow).toEqual(['Ш199999', 199_999 % 97, (199_999 % 13) / 13]);
    expect(big.maxResponse).toBeLessThan(5 * 1024 * 1024);
    expect(big.oversize).toBe(0);
    // 600 000 cells ≈ 5–8 MB of values and formats: one sync for shapes plus two or three for the data, never per block or row.
    expect(big.syncs).toBeGreaterThanOrEqual(3);
    expect(big.syncs).toBeLessThanOrEqual(5);
  });

  it('recovers when text is longer than estimated: a response over the limit is split and retried', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Длинный текст');
    for (let r = 1; r <= 30_000; r++) wb.cellAt(sheet, r, 1).value = `${r} ${'пояснение '.repeat(12)}`;
    const fake = createFakeExcel(wb);
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    const [grid] = await port.readSheets(['Длинный текст']);
    expect(grid.values.length).toBe(30_000);
    expect(String(grid.values[29_999][0]).startsWith('30000 ')).toBe(true);
    expect(fake.stats.oversizeSyncs).toBeGreaterThan(0);
    expect(fake.stats.responseBytes.filter((b) => b > 5 * 1024 * 1024).length).toBe(fake.stats.oversizeSyncs);
    expect(fake.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('ExcelWorkbook.listSheets and readTracked', () => {
  it('lists sheets in order with visibility in one sync', async () => {
    const wb = sourceBook();
    wb.sheets[1].visibility = 'Hidden';
    const fake = createFakeExcel(wb);
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    expect(await port.listSheets()).toEqual([
      { name: 'ВПР 2024', visible: true },
      { name: 'Пустой', visible: false },
    ]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('gives the sheets and the tracking record together in one sync (each alone costs one), on old Excel in two calls', async () => {
    const wb = sourceBook();
    const ours = wb.addSheet('ШНОР 2024');
    wb.customProperties.set('shnoroutputsheets', { key: 'ShnorOutputSheets', value: JSON.stringify([{ name: 'ШНОР 2024', kind: 'shnor', id: ours.id }]) });
    const fake = createFakeExcel(wb);
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    const both = await port.inventory();
    expect(fake.stats.syncs).toBe(1);
    expect(both).toEqual({ sheets: await port.listSheets(), tracked: await port.readTracked() });
    expect(both.tracked).toEqual([{ name: 'ШНОР 2024', kind: 'shnor' }]);
    const old = new ExcelWorkbook(createFakeExcel(wb).run, { isSetSupported: (_n, v) => Number(v.split('.')[1]) <= 6 });
    expect((await old.inventory()).sheets.map((s) => s.name)).toEqual(both.sheets.map((s) => s.name));
  });

  it('reads the tracking property, and gives [] when it is broken or absent', async () => {
    const wb = sourceBook();
    const port = new ExcelWorkbook(createFakeExcel(wb).run, { isSetSupported: () => true });
    expect(await port.readTracked()).toEqual([]);
    const ours = wb.addSheet('ШНОР 2024');
    wb.addSheet('Сводка');
    wb.customProperties.set('shnoroutputsheets', {
      key: 'ShnorOutputSheets',
      value: `[{"name":"ШНОР 2024","kind":"shnor"},{"name":"Сводка","kind":"summary","id":"{no-longer-there}"}]`,
    });
    // By name when the record has no id; a record whose sheet id is gone is dropped even if the name is taken.
    expect(await port.readTracked()).toEqual([{ name: 'ШНОР 2024', kind: 'shnor' }]);
    wb.customProperties.set('shnoroutputsheets', { key: 'ShnorOutputSheets', value: JSON.stringify([{ name: 'ШНОР 2024', kind: 'shnor', id: ours.id }]) });
    expect(await port.readTracked()).toEqual([{ name: 'ШНОР 2024', kind: 'shnor' }]);
    // A renamed output sheet is the user's now.
    ours.name = 'Переименован';
    expect(await port.readTracked()).toEqual([]);
    wb.customProperties.set('shnoroutputsheets', { key: 'ShnorOutputSheets', value: '[{"name":' });
    expect(await port.readTracked()).toEqual([]);
  });

  it('marks hidden and very hidden sheets, and names a sheet whose used range a stray value stretched, without reading it', async () => {
    const wb = sourceBook();
    const secret = wb.addSheet('Служебный');
    secret.visibility = 'VeryHidden';
    wb.setCell('Служебный', 'A1', 'ОО');
    wb.setCell('Пустой', 'A1', 'ОО');
    wb.setCell('Пустой', 'XFD1048576', 1);
    const fake = createFakeExcel(wb);
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    const [secretGrid, stretched] = await port.readSheets(['Служебный', 'Пустой']);
    expect(secretGrid.hidden).toBe('veryHidden');
    expect(stretched.values).toEqual([]);
    expect(stretched.tooLarge).toBe('используемый диапазон A1:XFD1048576; удалите лишние значения далеко за таблицей');
  });
});
