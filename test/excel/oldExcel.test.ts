// The manifest minimum, ExcelApi 1.4 (Excel 2016): a full run works; output sheets are found again by their own marker
// (no custom properties before 1.7), so a re-run replaces them and keeps a sheet the user typed into.
import { runAnalysis } from '../../src/app/pipeline';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { grid, sampleResults } from '../taskpane/fakeWorkbook';

const excel2016 = (_name: string, version: string): boolean => Number(version.split('.')[1]) <= 4;
const options = { parameters: DEFAULT_PARAMETERS, now: new Date('2024-09-01T10:00:00Z'), version: 't' };

describe('ExcelApi 1.4 (the manifest minimum)', () => {
  it('runs, finds its sheets by their markers on the next run and replaces them, never a user sheet of the same name', async () => {
    const book = FakeWorkbook.fromGrids([sampleResults(), grid('Сводка', [['моя сводка']])]);
    const fake = createFakeExcel(book, { isSetSupported: excel2016 });
    const port = new ExcelWorkbook(fake.run, { isSetSupported: excel2016 });
    const first = await runAnalysis(port, options);
    const written = first.plan.add.map((a) => a.name);
    expect(written).toContain('ШНОР 2024');
    expect(written).toContain('Сводка (2)');
    expect((await port.readTracked()).map((t) => t.name).sort()).toEqual([...written].sort());
    expect(book.customProperties.size).toBe(0);
    const again = await runAnalysis(port, options);
    expect([...again.plan.remove].sort()).toEqual([...written].sort());
    expect(book.sheetNames()).toEqual(['Результаты', 'Сводка', ...again.plan.add.map((a) => a.name)]);
    expect(book.getSheetSnapshot('Сводка').values[0][0]).toBe('моя сводка');
  });

  it('keeps an output sheet the user typed into under «(правки)», told by the digest in its marker', async () => {
    const book = FakeWorkbook.fromGrids([sampleResults()]);
    const fake = createFakeExcel(book, { isSetSupported: excel2016 });
    const port = new ExcelWorkbook(fake.run, { isSetSupported: excel2016 });
    await runAnalysis(port, options);
    book.setCell('ШНОР 2024', 'A2', 'исправлено вручную');
    await runAnalysis(port, options);
    expect(book.sheetNames()).toContain('ШНОР 2024 (правки)');
    expect(port.writeNotices()[0]).toMatch(/На листе «ШНОР 2024» были правки/);
  });
});
