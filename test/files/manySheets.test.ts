// A workbook of many sheets is read in slices (SheetJS's part lookup is linear per lookup): every sheet, in order,
// with its values and visibility, exactly as a small workbook is read whole. Speed is the bench case «many-sheets».
import { manySheetsWorkbook } from '../../bench/sheets';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { sheetSlices, SLICED_ABOVE } from '../../src/adapters/files/sheetChunks';

jest.setTimeout(120000);

describe('many sheets', () => {
  it('a workbook above the threshold is sliced; each slice is a workbook of its own sheets only', async () => {
    const bytes = await manySheetsWorkbook(SLICED_ABOVE + 20);
    const slices = sheetSlices(bytes);
    expect(slices).toBeDefined();
    const first = readSpreadsheet(slices?.[0] ?? new Uint8Array(), 'slice.xlsx');
    expect(first.sheets.map((s) => s.name)).toEqual(Array.from({ length: 50 }, (_, i) => `Лист ${i + 1}`));
    expect(sheetSlices(await manySheetsWorkbook(10))).toBeUndefined();
  });

  it('reads every sheet in order with its values and visibility, as the whole read does', async () => {
    const count = SLICED_ABOVE + 75;
    const read = readSpreadsheet(await manySheetsWorkbook(count, 7), 'many.xlsx');
    expect(read.sheets.map((s) => s.name)).toEqual(Array.from({ length: count }, (_, i) => `Лист ${i + 1}`));
    expect(read.sheets.filter((s) => s.state === 'hidden').map((s) => s.name)).toEqual(Array.from({ length: Math.ceil(count / 7) }, (_, i) => `Лист ${i * 7 + 1}`));
    expect(read.grids).toHaveLength(count);
    for (const [i, grid] of read.grids.entries()) {
      expect(grid.sheet).toBe(`Лист ${i + 1}`);
      expect(grid.values[2]).toEqual([`Школа № ${i * 2 + 1}`, 20, (i * 7) % 40]);
    }
    // The same sheets read whole (a small workbook) give the same grids.
    const small = readSpreadsheet(await manySheetsWorkbook(30, 7), 'many.xlsx');
    expect(small.grids.map((g) => g.values)).toEqual(read.grids.slice(0, 30).map((g) => g.values));
    expect(small.sheets).toEqual(read.sheets.slice(0, 30));
  });

  it('only the sheets asked for are read', async () => {
    const read = readSpreadsheet(await manySheetsWorkbook(SLICED_ABOVE + 10), 'many.xlsx', ['Лист 2', 'Лист 305']);
    expect(read.grids.map((g) => g.sheet)).toEqual(['Лист 2', 'Лист 305']);
    expect(read.sheets).toHaveLength(SLICED_ABOVE + 10);
  });
});
