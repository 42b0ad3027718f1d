// Page setup of every output sheet: A4 footer with title, date and pages; header rows repeated; orientation by width;
// translated by the .xlsx writer (pageSetup, headerFooter, Print_Titles) and by the Office.js adapter (pageLayout).
import JSZip from 'jszip';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { buildReport } from '../../src/report/buildReport';
import { MIN_PRINT_SCALE, printScale, printSetup } from '../../src/report/printSetup';
import { makeFixture } from './fixtures';

const { analysis, info } = makeFixture();
const model = buildReport(analysis, info);

describe('print setup in the report model', () => {
  it('gives every sheet a footer with its own title and the run\'s date', () => {
    expect(model.sheets.map((s) => s.print?.footer.title)).toEqual([
      'Перечень ШНОР на 2024 г.', 'Динамика доли «2» по школам и процедурам', 'Когорты: один и тот же класс по годам', 'Сводка по муниципалитету', 'Муниципальный рейтинг 2024 г.', 'Признаки необъективности ВПР 2024 г.', 'Параметры расчёта и прочитанные листы',
      'Аналитическая справка, ШНОР 2024 г.',
    ]);
    const date = info.generatedAt.toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });
    for (const s of model.sheets) expect(s.print?.footer.date).toBe(date);
  });

  it('repeats the frozen header rows on every page', () => {
    for (const s of model.sheets) {
      const rows = s.freeze?.rows ?? 0;
      expect(s.print?.repeatRows).toEqual(rows > 0 ? { first: 1, last: rows } : undefined);
    }
    expect(model.sheets[0].print?.repeatRows?.last).toBeGreaterThan(1);
  });

  it('prints a wide table landscape and a narrow one portrait; a very wide one two pages across, names repeated', () => {
    const base = { ...model.sheets[1], print: undefined };
    expect(printSetup({ ...base, columnWidths: [40, 20, 20, 20] }, 't', 'd').orientation).toBe('portrait');
    expect(printSetup({ ...base, columnWidths: [40, 30, 30, 30, 30] }, 't', 'd')).toMatchObject({ orientation: 'landscape', pagesWide: 1 });
    const wide = printSetup({ ...base, freeze: { rows: 3, columns: 2 }, columnWidths: [5, 38, ...new Array<number>(30).fill(12)] }, 't', 'd');
    // 403 characters: as many pages across as keep the scale at 70 % or more (here 3), the names repeated on each.
    expect(wide).toMatchObject({ orientation: 'landscape', pagesWide: 3, repeatColumns: { first: 1, last: 2 }, repeatRows: { first: 1, last: 3 } });
    const scale = printScale({ ...base, freeze: { rows: 3, columns: 2 }, columnWidths: [5, 38, ...new Array<number>(30).fill(12)], print: wide });
    expect(scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(scale).toBeLessThan(1);
  });
});

describe('the .xlsx writer', () => {
  it('writes pageSetup with the orientation, the footer, and Print_Titles local to each sheet (removed with it on a re-run)', async () => {
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['x']] }]), 'a.xlsx');
    await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), model));
    const zip = await JSZip.loadAsync(await wb.toBytes());
    const workbook = await zip.file('xl/workbook.xml')?.async('string') ?? '';
    const titles = [...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    const shnorTitles = model.sheets[0].print?.repeatColumns ? `'ШНОР 2024'!$A:$B,` : '';
    expect(titles).toContainEqual(['1', `${shnorTitles}'ШНОР 2024'!$1:$${model.sheets[0].freeze?.rows}`]);
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')?.async('string') ?? '';
    expect(sheet2).toContain(`<pageSetup paperSize="9" orientation="${model.sheets[0].print?.orientation}" fitToWidth="1" fitToHeight="0"/>`);
    expect(sheet2).toMatch(/<headerFooter><oddFooter>&amp;LПеречень ШНОР на 2024 г\.&amp;C[\d.]+&amp;RСтр\. &amp;P из &amp;N<\/oddFooter><\/headerFooter>/);
    // Only the compact list's columns print (Print_Area local to the sheet).
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">'ШНОР 2024'!$A$1:$G$${model.sheets[0].values.length}</definedName>`);
    // A re-run replaces the sheets and their print titles, never leaving a stale one.
    await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), model));
    const again = await (await JSZip.loadAsync(await wb.toBytes())).file('xl/workbook.xml')?.async('string') ?? '';
    expect((again.match(/_xlnm\.Print_Titles/g) ?? []).length).toBe(titles.length);
  });

  it('writes "&" of a title as "&&" so that it is not read as a code', async () => {
    const spec = { ...model.sheets[3], print: { orientation: 'portrait' as const, pagesWide: 1 as const, footer: { title: 'Итоги & планы', date: '01.01.2025' } } };
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['x']] }]), 'a.xlsx');
    await wb.writeOutput({ remove: [], add: [{ name: 'Параметры', spec }] });
    const xml = await (await JSZip.loadAsync(await wb.toBytes())).file('xl/worksheets/sheet2.xml')?.async('string');
    expect(xml).toContain('&amp;LИтоги &amp;&amp; планы&amp;C01.01.2025');
  });
});

/** A sheet with two manual page breaks (each appendix of the справка starts a page). */
const broken = { ...model.sheets[3], values: Array.from({ length: 30 }, (_, i) => [`строка ${i + 1}`]), pageBreaks: [12, 25], print: { orientation: 'portrait' as const, pagesWide: 1, footer: { title: 'Справка', date: '01.01.2025' } } };

describe('manual page breaks', () => {
  it('the .xlsx writer writes rowBreaks above the rows given (0-based ids), after the footer', async () => {
    const wb = await XlsxWorkbook.open(await newWorkbookBytes([{ name: 'Данные', values: [['x']] }]), 'a.xlsx');
    await wb.writeOutput({ remove: [], add: [{ name: 'Справка', spec: broken }] });
    const xml = await (await JSZip.loadAsync(await wb.toBytes())).file('xl/worksheets/sheet2.xml')?.async('string') ?? '';
    expect(xml).toMatch(/<\/headerFooter><rowBreaks count="2" manualBreakCount="2"><brk id="11" max="16383" man="1"\/><brk id="24" max="16383" man="1"\/><\/rowBreaks>/);
  });

  it('the Office.js adapter adds them on ExcelApi 1.9 and skips them on 1.8', async () => {
    for (const minor of [9, 8]) {
      const book = new FakeWorkbook();
      book.setCell('Данные', 'A1', 'x');
      const isSetSupported = (_n: string, v: string): boolean => Number(v.split('.')[1]) <= minor;
      const port = new ExcelWorkbook(createFakeExcel(book, { isSetSupported }).run, { isSetSupported });
      await port.writeOutput({ remove: [], add: [{ name: 'Справка', spec: broken }] });
      expect(book.getSheetSnapshot('Справка').pageLayout.rowBreaks).toEqual(minor === 9 ? [12, 25] : []);
    }
  });
});

describe('the Office.js adapter', () => {
  it('sets pageLayout on ExcelApi 1.9 and leaves it (without failing) on 1.8', async () => {
    for (const minor of [9, 8]) {
      const book = new FakeWorkbook();
      book.setCell('Данные', 'A1', 'x');
      const isSetSupported = (_n: string, v: string): boolean => Number(v.split('.')[1]) <= minor;
      const port = new ExcelWorkbook(createFakeExcel(book, { isSetSupported }).run, { isSetSupported });
      await port.writeOutput(planOutput(await port.listSheets(), await port.readTracked(), model));
      const layout = book.getSheetSnapshot('ШНОР 2024').pageLayout;
      if (minor === 9) {
        expect(layout.orientation).toBe(model.sheets[0].print?.orientation === 'landscape' ? 'Landscape' : 'Portrait');
        expect(layout.zoom).toEqual({ horizontalFitToPages: 1 });
        expect(layout.printTitleRows).toBe(`$1:$${model.sheets[0].freeze?.rows}`);
        // The compact list prints; the procedure matrix after it is for the screen.
        expect(layout.printArea).toBe(model.sheets[0].print?.area);
        expect(layout.printArea).toMatch(/^A1:G\d+$/);
        expect(layout.footer).toEqual({ left: 'Перечень ШНОР на 2024 г.', center: model.sheets[0].print?.footer.date, right: 'Стр. &P из &N' });
      } else {
        expect(layout).toEqual({ margins: {}, footer: {}, rowBreaks: [] });
      }
    }
  });
});
