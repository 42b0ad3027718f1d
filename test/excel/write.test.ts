// Writing output sheets through the adapter into the fake Excel: values, formats per range, notes, charts, tracking.
import { digestCells, tableCells } from '../../src/app/sheetDigest';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { OutputPlan, WorkbookChangedError } from '../../src/app/workbookPort';
import { SheetSpec } from '../../src/report/model';
import { FakeExcel, createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeSheet, FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';
import { dynamicsSheet, parametersSheet, shnorSheet, summarySheet } from './specs';

const ALL = (): boolean => true;
const upTo = (minor: number) => (_name: string, version: string): boolean => Number(version.split('.')[1]) <= minor;

function userBook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.setCell('Исходные', 'A1', 'Школа');
  wb.setCell('Исходные', 'B1', 'Доля «2»');
  wb.setCell('Исходные', 'A2', 'МБОУ СОШ №1');
  wb.setCell('Исходные', 'B2', 0.31, '0.0%');
  return wb;
}

function sheetOf(wb: FakeWorkbook, name: string): FakeSheet {
  const sheet = wb.getSheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function setup(wb: FakeWorkbook, isSetSupported: (n: string, v: string) => boolean = ALL, maxRequestBytes?: number): { fake: FakeExcel; port: ExcelWorkbook } {
  const fake = createFakeExcel(wb, { isSetSupported });
  return { fake, port: new ExcelWorkbook(fake.run, { isSetSupported, maxRequestBytes }) };
}

function plan(...specs: SheetSpec[]): OutputPlan {
  return { remove: [], add: specs.map((spec) => ({ name: spec.name, spec })) };
}

describe('ExcelWorkbook.writeOutput', () => {
  it('writes values, number formats, styles per range, merges, widths, freeze, filter, tab colour', async () => {
    const wb = userBook();
    const { fake, port } = setup(wb);
    await port.writeOutput(plan(shnorSheet(), summarySheet()));
    expect(wb.sheetNames()).toEqual(['Исходные', 'ШНОР 2024', 'Сводка']);
    const s = wb.getSheetSnapshot('ШНОР 2024');
    expect(s.values[1]).toEqual(['МБОУ СОШ №1', 'ШНОР', 0.31, 0.28, 'вошла']);
    expect(s.values[2][3]).toBeNull();
    expect(s.numberFormats[1].slice(2, 4)).toEqual(['0.0%', '0.0%']);
    expect(s.numberFormats[1][0]).toBe('General');
    expect(s.styles[0][2]).toMatchObject({ bold: true, fill: '#DDEBF7', wrap: true, hAlign: 'Center', vAlign: 'Center' });
    expect(s.styles[0][0]?.borders?.top).toEqual({ style: 'Continuous', weight: 'Thin' });
    expect(s.styles[0][2]?.borders?.left).toEqual({ style: 'Continuous', weight: 'Thin' });
    expect(s.styles[3][4]).toMatchObject({ fontSize: 10, fontColor: '#333333', italic: false });
    expect(s.styles[1][0]?.bold).toBeUndefined();
    expect(s.columnWidths).toEqual({ A: 213.75, B: 66.75, C: 66.75, D: 66.75, E: 56.25 });
    expect(s.rowHeights).toEqual({ 1: 30, 3: 45, 4: 45 });
    expect(fake.stats.commands.filter((c) => c.op.endsWith('format.rowHeight')).map((c) => c.address)).toEqual(['A1:XFD1', 'A3:XFD4']);
    expect(s.freeze).toEqual({ rows: 1, columns: 1 });
    expect(s.autoFilter).toBe('A1:E4');
    expect(s.tabColor).toBe('#C00000');
    const summary = wb.getSheetSnapshot('Сводка');
    expect(summary.merges).toEqual(['A1:C1']);
    expect(summary.values[0]).toEqual(['Число ШНОР по годам', null, null]);

    // Formats go per range: every format command covers its whole range, never one command per cell.
    const formatCommands = fake.stats.commands.filter((c) => c.op.startsWith('Worksheet.getRange') && c.op.includes('.format.'));
    expect(formatCommands.length).toBeGreaterThan(0);
    const styleRanges = new Set(['A1:E1', 'A2:E4', 'A2:C2']);
    formatCommands
      .filter((c) => !c.op.endsWith('columnWidth') && !c.op.endsWith('rowHeight'))
      .forEach((c) => expect(styleRanges.has(c.address ?? '')).toBe(true));
    expect(formatCommands.filter((c) => c.address === 'A2:E4').length).toBeLessThanOrEqual(3 + 2 * 6);
    // Number formats reach a range before its values.
    const ops = fake.stats.commands.map((c) => c.op);
    expect(ops.findIndex((o) => o === 'Worksheet.getRange(C2:D4).numberFormat')).toBeLessThan(ops.findIndex((o) => o === 'Worksheet.getRange(A1:E4).values'));
  });

  it('keeps text as text: "=SUM(A1)", "+7", "-", "@x", numbers and dates in text come back as the same text', async () => {
    const tricky = ['=SUM(A1)', '+7', '-', '@x', '0012', '#N/A', 'TRUE', "'в кавычке", '2024-05-31', '1/2', ' 5', 'обычный текст'];
    const spec: SheetSpec = { ...parametersSheet(), values: [tricky, [1.5, true, null]] };
    const wb = userBook();
    const { port } = setup(wb);
    await port.writeOutput(plan(spec));
    const s = wb.getSheetSnapshot('Параметры');
    expect(s.values[0]).toEqual(tricky);
    expect(s.formulas[0].every((f) => f === null)).toBe(true);
    expect(s.values[1].slice(0, 3)).toEqual([1.5, true, null]);
    // Read back through the adapter too.
    const [grid] = await port.readSheets(['Параметры']);
    expect(grid.values[0]).toEqual(tricky);
  });

  it('adds conditional formats per range with Excel rules', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    await port.writeOutput(plan(shnorSheet(), dynamicsSheet()));
    const cf = wb.getSheetSnapshot('ШНОР 2024').conditionalFormats;
    expect(cf).toEqual([
      { type: 'CellValue', range: 'C2:D4', rule: { operator: 'GreaterThanOrEqual', formula1: '=0.3', formula2: undefined }, format: { fill: '#F8CBAD', bold: true } },
      { type: 'CellValue', range: 'C2:C4', rule: { operator: 'Between', formula1: '=0.2', formula2: '=0.3' }, format: { fill: '#FFF2CC' } },
      { type: 'Custom', range: 'E2:E4', rule: { formula: '=E2="вошла"' }, format: { fontColor: '#C00000' } },
    ]);
    const scale = wb.getSheetSnapshot('Динамика').conditionalFormats[0];
    expect(scale.type).toBe('ColorScale');
    expect(scale.criteria).toEqual({
      minimum: { type: 'LowestValue', formula: null, color: '#63BE7B' },
      midpoint: { type: 'Number', formula: '0', color: '#FFFFFF' },
      maximum: { type: 'HighestValue', formula: null, color: '#F8696B' },
    });
  });

  it('gives a colour scale fixed numeric ends when the report asks for them', async () => {
    const wb = userBook();
    const fixed: SheetSpec = { ...dynamicsSheet(), conditionalFormats: [{ type: 'colorScale', range: 'E2:E3', colors: ['63BE7B', 'FFFFFF', 'F8696B'], midpoint: 0, min: -10, max: 10 }] };
    await setup(wb).port.writeOutput(plan(fixed));
    expect(wb.getSheetSnapshot('Динамика').conditionalFormats[0].criteria).toEqual({
      minimum: { type: 'Number', formula: '-10', color: '#63BE7B' },
      midpoint: { type: 'Number', formula: '0', color: '#FFFFFF' },
      maximum: { type: 'Number', formula: '10', color: '#F8696B' },
    });
  });

  it('adds notes (ExcelApi 1.18), falls back to comments (1.10), and skips them quietly before that', async () => {
    const withNotes = userBook();
    await setup(withNotes).port.writeOutput(plan(shnorSheet()));
    expect(withNotes.getSheetSnapshot('ШНОР 2024').notes).toEqual([{ cell: 'A2', text: 'Доля «2» по ВПР выше порога два года подряд.' }]);

    const withComments = userBook();
    const older = setup(withComments, upTo(17));
    await older.port.writeOutput(plan(shnorSheet()));
    const snap = withComments.getSheetSnapshot('ШНОР 2024');
    expect(snap.notes).toEqual([]);
    expect(snap.comments).toEqual([{ cell: 'A2', text: 'Доля «2» по ВПР выше порога два года подряд.' }]);
    expect(older.port.unavailableFeatures().join(' ')).toMatch(/комментарии, а не примечания/);

    const oldest = userBook();
    const ancient = setup(oldest, upTo(9));
    await ancient.port.writeOutput(plan(shnorSheet()));
    const bare = oldest.getSheetSnapshot('ШНОР 2024');
    expect([bare.notes, bare.comments]).toEqual([[], []]);
    expect(bare.values[1][0]).toBe('МБОУ СОШ №1');
    expect(ancient.port.unavailableFeatures().join(' ')).toMatch(/не будут добавлены к ячейкам/);
  });

  it('builds charts with named series, categories, titles and position', async () => {
    const wb = userBook();
    await setup(wb).port.writeOutput(plan(summarySheet()));
    const [chart] = wb.getSheetSnapshot('Сводка').charts;
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      title: 'Число ШНОР по годам',
      xTitle: 'Год',
      yTitle: 'Школ',
      from: 'E2',
      to: 'L18',
      series: [
        { name: 'ШНОР', values: 'B3:B5', categories: 'A3:A5' },
        { name: 'Риск', values: 'C3:C5', categories: 'A3:A5' },
      ],
    });
  });

  it('builds a chart whose series run along rows (procedures × years) with exactly the series asked for', async () => {
    const wb = userBook();
    const base = summarySheet();
    const byRows: SheetSpec = {
      ...base,
      values: [['Доля «2»', null, null, null], ['Процедура', '2022', '2023', '2024'], ['ВПР-5 русский', 12.5, 10, 9.1], ['ОГЭ математика', 20, 18.2, 15]],
      charts: [{
        type: 'line', title: 'Доля «2» по годам', categories: 'B2:D2', from: 'F2', to: 'M18',
        series: [{ name: 'ВПР-5 русский', nameRef: 'A3', values: 'B3:D3' }, { name: 'ОГЭ математика', nameRef: 'A4', values: 'B4:D4' }],
      }],
    };
    await setup(wb).port.writeOutput(plan(byRows));
    const [chart] = wb.getSheetSnapshot('Сводка').charts;
    expect(chart.series).toEqual([
      { name: 'ВПР-5 русский', values: 'B3:D3', categories: 'B2:D2' },
      { name: 'ОГЭ математика', values: 'B4:D4', categories: 'B2:D2' },
    ]);
  });

  it('builds the chart from the table block where series APIs (ExcelApi 1.7) are missing', async () => {
    const wb = userBook();
    await setup(wb, upTo(6)).port.writeOutput(plan(summarySheet()));
    const [chart] = wb.getSheetSnapshot('Сводка').charts;
    expect(chart.sourceData).toBe('A2:C5');
    expect(chart.series).toEqual([
      { name: 'ШНОР', values: 'B3:B5', categories: 'A3:A5' },
      { name: 'Риск', values: 'C3:C5', categories: 'A3:A5' },
    ]);
  });

  it('records the added sheets in the tracking property, also when the record is longer than 255 characters', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    const long = Array.from({ length: 9 }, () => parametersSheet()).map((s, i) => ({ name: `Параметры расчёта номер ${i + 1}`, spec: s }));
    await port.writeOutput({ remove: [], add: long });
    expect(await port.readTracked()).toEqual(long.map((a) => ({ name: a.name, kind: 'parameters' })));
    expect(wb.customProperties.size).toBeGreaterThan(1);
    // A shorter record later removes the extra parts.
    await port.writeOutput({ remove: long.map((a) => a.name), add: [{ name: 'Параметры', spec: parametersSheet() }] });
    expect(await port.readTracked()).toEqual([{ name: 'Параметры', kind: 'parameters' }]);
    expect(wb.customProperties.size).toBe(1);
  });

  async function runLikeThePipeline(port: ExcelWorkbook, specs: SheetSpec[]): Promise<OutputPlan> {
    const [sheets, tracked] = await Promise.all([port.listSheets(), port.readTracked()]);
    const p = planOutput(sheets, tracked, { sheets: specs });
    await port.writeOutput(p);
    return p;
  }

  it('a re-run replaces only the tracked sheets; user sheets stay value for value, even one named like an output', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    await runLikeThePipeline(port, [shnorSheet(), summarySheet()]);
    wb.setCell('Сводка по району', 'A1', 'моё');
    const before = wb.getSheetSnapshot('Исходные');
    const second = await runLikeThePipeline(port, [shnorSheet(), summarySheet(), parametersSheet()]);
    expect(second.remove).toEqual(['ШНОР 2024', 'Сводка']);
    expect(wb.sheetNames()).toEqual(['Исходные', 'Сводка по району', 'ШНОР 2024', 'Сводка', 'Параметры']);
    expect(wb.getSheetSnapshot('Исходные')).toEqual(before);
    expect(wb.getSheetSnapshot('Сводка по району').values).toEqual([['моё']]);
    expect(wb.getSheetSnapshot('Сводка').charts).toHaveLength(1);

    // The user renames our sheet (keeping it as theirs) and makes a sheet of their own called "Параметры".
    sheetOf(wb, 'Параметры').name = 'Мои параметры';
    wb.setCell('Параметры', 'A1', 'пользователь');
    const third = await runLikeThePipeline(port, [parametersSheet()]);
    expect(third.remove).toEqual(['ШНОР 2024', 'Сводка']);
    expect(third.add[0].name).toBe('Параметры (2)');
    expect(wb.getSheetSnapshot('Параметры').values).toEqual([['пользователь']]);
    expect(wb.getSheetSnapshot('Мои параметры').values[1]).toEqual(['Параметр 1', 1]);
    expect(wb.getSheetSnapshot('Исходные')).toEqual(before);
  });

  it('records the new sheets\' ids in the last content round trip when they arrived earlier, else in one more; renames are followed either way', async () => {
    // A big first sheet and a small budget: several chunks, the ids of both sheets known before the last one.
    const big = { ...shnorSheet(), values: [shnorSheet().values[0], ...Array.from({ length: 3000 }, (_, i) => [`Школа № ${i + 1}`, 'нет', 0.1, 0.2, '—'])], notes: [], conditionalFormats: [], autoFilter: undefined };
    for (const budget of [60_000, 4_000_000]) {
      const wb = userBook();
      const { fake, port } = setup(wb, ALL, budget);
      const plan1 = planOutput(await port.listSheets(), await port.readTracked(), { sheets: [big, summarySheet()] });
      const s0 = fake.stats.syncs;
      await port.writeOutput(plan1);
      // One chunk: its first read, the content, then the record with the ids that content brought.
      if (budget === 4_000_000) expect(fake.stats.syncs - s0).toBe(3);
      const record = JSON.parse(String(wb.customProperties.get('shnoroutputsheets')?.value)) as { name: string; id?: string }[];
      expect(record.map((r) => [r.name, typeof r.id])).toEqual([['ШНОР 2024', 'string'], ['Сводка', 'string']]);
      sheetOf(wb, 'Сводка').name = 'Моя сводка';
      wb.setCell('Сводка', 'A1', 'пользователь');
      const again = await runLikeThePipeline(port, [summarySheet()]);
      expect(again.remove).toEqual(['ШНОР 2024']);
      expect(wb.getSheetSnapshot('Сводка').values).toEqual([['пользователь']]);
    }
  });

  it('marks every output sheet with the hidden name the CLI recognises (kind and digest of the values written)', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    await runLikeThePipeline(port, [shnorSheet(), summarySheet()]);
    const [marker] = wb.getSheetSnapshot('ШНОР 2024').names;
    expect(marker).toMatchObject({ name: '_ShnorOutput', reference: "='ШНОР 2024'!A1", visible: false });
    expect(marker.comment).toBe(`shnor;${digestCells(tableCells(shnorSheet().values))}`);
    expect(wb.getSheetSnapshot('Сводка').names[0].comment).toMatch(/^summary;[0-9a-f]{8}$/);
    expect(wb.getSheetSnapshot('Исходные').names).toEqual([]);
  });

  it('keeps an output sheet the user typed into under another name, says so, and replaces an untouched one', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    await runLikeThePipeline(port, [shnorSheet(), summarySheet()]);
    wb.setCell('ШНОР 2024', 'F3', 'проверить выезд 12.03');
    await runLikeThePipeline(port, [shnorSheet(), summarySheet()]);
    expect(wb.sheetNames()).toEqual(['Исходные', 'ШНОР 2024 (правки)', 'ШНОР 2024', 'Сводка']);
    expect(wb.getSheetSnapshot('ШНОР 2024 (правки)').values[2][5]).toBe('проверить выезд 12.03');
    expect(port.writeNotices()).toEqual([
      'На листе «ШНОР 2024» были правки, сделанные вручную после прошлого расчёта: лист сохранён как «ШНОР 2024 (правки)», результаты записаны на новый лист «ШНОР 2024».',
    ]);
    // The kept sheet is the user's now: the next run leaves it alone.
    await runLikeThePipeline(port, [shnorSheet(), summarySheet()]);
    expect(wb.sheetNames()).toEqual(['Исходные', 'ШНОР 2024 (правки)', 'ШНОР 2024', 'Сводка']);
    expect(port.writeNotices()).toEqual([]);
  });

  it('replaces output sheets even when they are the only visible sheets', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    await runLikeThePipeline(port, [shnorSheet()]);
    sheetOf(wb, 'Исходные').visibility = 'Hidden';
    await runLikeThePipeline(port, [shnorSheet()]);
    expect(wb.sheetNames()).toEqual(['Исходные', 'ШНОР 2024']);
  });

  it('splits a ~300 000-cell plan into requests under 4 MB with few syncs', async () => {
    const rows = 50_000;
    const values = [['Школа', 'Процедура', 'Год', 'Доля «2»', 'Пояснение', 'Код']];
    for (let i = 1; i < rows; i++) values.push([`МБОУ СОШ №${i}`, 'ВПР 5 математика', '2024', String(i / rows), `вошла в список ${i}`, `00${i}`]);
    const spec: SheetSpec = {
      ...dynamicsSheet(),
      values: values.map((r, i) => (i === 0 ? r : [r[0], r[1], 2024, i / rows, r[4], r[5]])),
      numberFormats: [{ range: `D2:D${rows}`, format: '0.0%' }],
      styles: [{ range: 'A1:F1', style: { bold: true } }, { range: `A2:F${rows}`, style: { border: 'thin' } }],
      conditionalFormats: [{ type: 'cellIs', range: `D2:D${rows}`, operator: 'greaterThanOrEqual', values: [0.5], style: { fill: 'F8CBAD' } }],
    };
    const wb = userBook();
    const { fake, port } = setup(wb);
    await port.writeOutput(plan(spec));
    const s = wb.getSheetSnapshot('Динамика');
    expect(s.rowCount).toBe(rows);
    expect(s.values[rows - 1]).toEqual([`МБОУ СОШ №${rows - 1}`, 'ВПР 5 математика', 2024, (rows - 1) / rows, `вошла в список ${rows - 1}`, `00${rows - 1}`]);
    expect(s.numberFormats[rows - 1][3]).toBe('0.0%');
    expect(fake.stats.oversizeSyncs).toBe(0);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(4_000_000);
    // More than one request's worth of data, so it had to be split; yet only a few syncs.
    expect(fake.stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(4_000_000);
    expect(fake.stats.requestBytes.filter((b) => b > 1_000_000).length).toBeGreaterThanOrEqual(2);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    // Border formatting of 300 000 cells is still a handful of range commands.
    expect(fake.stats.commands.filter((c) => c.address === `A2:F${rows}` && c.op.includes('borders')).length).toBe(12);
  });

  it('explains cell-edit mode and protection in Russian, writing nothing into user sheets', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    const before = wb.getSheetSnapshot('Исходные');
    wb.cellEditMode = true;
    await expect(port.writeOutput(plan(shnorSheet()))).rejects.toThrow('Завершите редактирование ячейки (Esc или Enter) и повторите.');
    await expect(port.listSheets()).rejects.toThrow('Завершите редактирование ячейки (Esc или Enter) и повторите.');
    wb.cellEditMode = false;
    wb.structureProtected = true;
    await expect(port.writeOutput(plan(shnorSheet()))).rejects.toThrow(/Структура книги защищена/);
    expect(wb.sheetNames()).toEqual(['Исходные']);
    expect(wb.getSheetSnapshot('Исходные')).toEqual(before);
  });

  it('refuses, before changing anything, a plan whose new name a sheet made meanwhile has; a sheet the plan replaces is no clash', async () => {
    const wb = userBook();
    const { fake, port } = setup(wb);
    wb.addSheet('Сводка');
    const before = wb.sheetNames();
    const error = await port.writeOutput(plan(shnorSheet(), summarySheet())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookChangedError);
    expect((error as WorkbookChangedError).sheets).toEqual(['Сводка']);
    expect((error as Error).message).toBe('Пока шёл расчёт, в книге появился лист «Сводка»: ничего не записано, запустите «Выявить ШНОР» ещё раз.');
    expect(wb.sheetNames()).toEqual(before);
    expect(fake.stats.syncs).toBe(1);
    await port.writeOutput(plan(shnorSheet()));
    await expect(port.writeOutput({ ...plan(shnorSheet()), remove: ['ШНОР 2024'] })).resolves.toBeUndefined();
  });

  it('activates a sheet and selects a cell', async () => {
    const wb = userBook();
    const { port } = setup(wb);
    await port.writeOutput(plan(shnorSheet()));
    await port.activate('ШНОР 2024', 'C3');
    expect([wb.activeSheet, wb.selection]).toEqual(['ШНОР 2024', 'C3']);
  });

  it('shows the plan\'s sheet in the write\'s last round trip, at no extra sync; a sheet not written is not shown', async () => {
    const plain = setup(userBook());
    await plain.port.writeOutput(plan(shnorSheet(), summarySheet()));
    const wb = userBook();
    const { fake, port } = setup(wb);
    await port.writeOutput({ ...plan(shnorSheet(), summarySheet()), show: { sheet: 'ШНОР 2024', cell: 'A1' } });
    expect([wb.activeSheet, wb.selection]).toEqual(['ШНОР 2024', 'A1']);
    expect(fake.stats.syncs).toBe(plain.fake.stats.syncs);
    const other = userBook();
    await setup(other).port.writeOutput({ ...plan(shnorSheet()), show: { sheet: 'Исходные', cell: 'B2' } });
    expect(other.activeSheet).toBeUndefined();
  });
});
