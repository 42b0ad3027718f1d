// The browser version's port over several opened files: the first is written to, the others are read as «Лист (файл)».
import { runAnalysis } from '../../src/app/pipeline';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { FilesPort } from '../../src/web/filesPort';
import { outputFileName } from '../../src/web/download';
import { sampleResults } from '../taskpane/fakeWorkbook';
import { RawValue } from '../../src/ingest/grid';

async function book(name: string, sheets: { name: string; values: RawValue[][] }[]): Promise<{ name: string; workbook: XlsxWorkbook }> {
  return { name, workbook: await XlsxWorkbook.open(await newWorkbookBytes(sheets), name) };
}

describe('FilesPort', () => {
  it('lists the other files\' sheets under «Лист (файл)», reads them with their file, writes only into the first', async () => {
    const grid = sampleResults();
    const rows = grid.values.map((r) => [...r]);
    const first = await book('2024.xlsx', [{ name: 'Результаты', values: rows.filter((r, i) => i <= 1 || r[0] === 2024) }]);
    const second = await book('2023.xlsx', [{ name: 'Результаты', values: rows.filter((r, i) => i <= 1 || r[0] === 2023) }]);
    const port = await FilesPort.open([first, second]);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(['Результаты', 'Результаты (2023.xlsx)']);
    const grids = await port.readSheets(['Результаты (2023.xlsx)', 'Результаты']);
    expect(grids.map((g) => [g.file, g.sheet])).toEqual([['2023.xlsx', 'Результаты (2023.xlsx)'], ['2024.xlsx', 'Результаты']]);
    const run = await runAnalysis(port, { parameters: DEFAULT_PARAMETERS, now: new Date('2024-09-01T10:00:00Z'), version: 't', files: ['2024.xlsx', '2023.xlsx'] });
    // Both years were read: К2 needs 2023.
    expect(run.analysis.identification.verdicts.some((v) => v.criteria.includes('K2'))).toBe(true);
    const written = readSpreadsheet(await port.target.toBytes(), 'out.xlsx').sheets.map((s) => s.name);
    expect(written[0]).toBe('Результаты');
    expect(written).toContain('ШНОР 2024');
    expect(readSpreadsheet(await second.workbook.toBytes(), '2023.xlsx').sheets.map((s) => s.name)).toEqual(['Результаты']);
  });

  it('names the download after the first file, keeping .xlsm for a macro book', () => {
    expect(outputFileName('Итоги 2024.xlsx')).toBe('Итоги 2024 — ШНОР.xlsx');
    expect(outputFileName('Итоги.xlsm', true)).toBe('Итоги — ШНОР.xlsm');
    expect(outputFileName('данные.csv')).toBe('данные — ШНОР.xlsx');
  });
});
