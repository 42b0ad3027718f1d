// A re-run replaces only the add-in's own sheets: no orphan parts, user sheets (even same-named ones) untouched.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { ReportModel } from '../../src/report/model';
import { entries, loadInto, textOfEntry, USER_SHEETS, userWorkbookWithChart } from './fixtures';
import { packageProblems } from './packageChecks';
import { sampleReport, shnorSheet, summarySheet } from './sampleReport';

async function run(bytes: Uint8Array, model: ReportModel): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.open(bytes, 'book.xlsx');
  await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), model));
  return wb.toBytes();
}

const chartParts = async (bytes: Uint8Array): Promise<string[]> =>
  [...(await entries(bytes)).keys()].filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));

describe('re-running on a workbook that already has output', () => {
  let input: Uint8Array;
  let first: Uint8Array;
  let second: Uint8Array;
  const smaller: ReportModel = { sheets: [{ ...shnorSheet, notes: [] }, { ...summarySheet, charts: summarySheet.charts.slice(0, 1) }] };

  beforeAll(async () => {
    input = await userWorkbookWithChart();
    first = await run(input, sampleReport);
    second = await run(first, smaller);
  });

  it('gives the output a free name next to the user sheet that has the same name', async () => {
    const wb = await XlsxWorkbook.open(first, 'book.xlsx');
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names).toEqual([...USER_SHEETS, 'ШНОР 2024 (2)', 'Динамика', 'Сводка', 'Параметры']);
    expect((await wb.readTracked()).map((t) => t.name)).not.toContain('ШНОР 2024');
  });

  it('replaces the old output sheets with the new ones and keeps every user sheet', async () => {
    const wb = await XlsxWorkbook.open(second, 'book.xlsx');
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([...USER_SHEETS, 'ШНОР 2024 (2)', 'Сводка']);
    expect(await wb.readTracked()).toEqual([
      { name: 'ШНОР 2024 (2)', kind: 'shnor' },
      { name: 'Сводка', kind: 'summary' },
    ]);
  });

  it('leaves no orphan part, dangling relationship or stray content type', async () => {
    expect(await packageProblems(first)).toEqual([]);
    expect(await packageProblems(second)).toEqual([]);
    // User chart + the one new chart; the three charts of the first run are gone.
    expect(await chartParts(input)).toHaveLength(1);
    expect(await chartParts(first)).toHaveLength(4);
    expect(await chartParts(second)).toHaveLength(2);
    const files = [...(await entries(second)).keys()];
    // Only the user's notes are left (the new ШНОР sheet has none).
    expect(files.filter((f) => /comments\d+\.xml$/.test(f))).toEqual(
      [...(await entries(input)).keys()].filter((f) => /comments\d+\.xml$/.test(f)),
    );
    const wbXml = await textOfEntry(second, 'xl/workbook.xml');
    expect(wbXml.match(/_xlnm\._FilterDatabase/g)).toHaveLength(1);
    expect(wbXml).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="4" hidden="1">');
  });

  it('keeps the user sheets byte-identical and readable', async () => {
    const before = await entries(input);
    const after = await entries(second);
    for (const [name, bytes] of before) {
      if (!/^xl\/(worksheets|drawings|charts|comments)/.test(name)) continue;
      expect(Buffer.from(after.get(name) ?? new Uint8Array()).equals(Buffer.from(bytes))).toBe(true);
    }
    const book = new ExcelJS.Workbook();
    await loadInto(book, second);
    expect(book.getWorksheet('ШНОР 2024')?.getCell('A1').value).toBe('Мой собственный лист');
    expect(book.getWorksheet('Сводка')?.getCell('B3').value).toBe(4);
  });

  it('refuses a plan that would delete a sheet the add-in did not write, and changes nothing', async () => {
    const wb = await XlsxWorkbook.open(first, 'book.xlsx');
    const before = await wb.toBytes();
    await expect(wb.writeOutput({ remove: ['ШНОР 2024'], add: [] })).rejects.toThrow(/не создан надстройкой/);
    expect(await entries(await wb.toBytes())).toEqual(await entries(before));
  });

  it('refuses to add a sheet under a name a user sheet has', async () => {
    const wb = await XlsxWorkbook.open(input, 'book.xlsx');
    await expect(wb.writeOutput({ remove: [], add: [{ name: 'Данные', spec: shnorSheet }] })).rejects.toThrow(/уже есть/);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(USER_SHEETS);
  });
});
