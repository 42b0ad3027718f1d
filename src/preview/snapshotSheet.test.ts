// Tests the conversion of fake-Excel snapshots (Office.js shapes) into the preview grid's model.
import { FakeWorkbook } from './fakeExcel/fakeWorkbook';
import { hexColor, previewChart, previewRule, previewSheet } from './snapshotSheet';

describe('previewRule', () => {
  const format = { fill: '#FFC7CE', fontColor: '#9C0006', bold: true };

  it('reads cell-value rules with their numbers', () => {
    expect(previewRule({ type: 'CellValue', range: 'C2:C9', rule: { operator: 'GreaterThanOrEqual', formula1: '=30' }, format })).toEqual({
      type: 'cellIs',
      range: 'C2:C9',
      operator: 'greaterThanOrEqual',
      values: [30],
      style: { fill: 'FFC7CE', fontColor: '9C0006', bold: true },
    });
    expect(previewRule({ type: 'CellValue', range: 'C2', rule: { operator: 'Between', formula1: '25', formula2: '=29.9' }, format })).toMatchObject({
      operator: 'between',
      values: [25, 29.9],
    });
  });

  it('reads «equal to text» and text rules as text matches', () => {
    expect(previewRule({ type: 'CellValue', range: 'D2:D9', rule: { operator: 'EqualTo', formula1: '="ШНОР"' }, format })).toMatchObject({
      type: 'text',
      operator: 'equals',
      text: 'ШНОР',
    });
    expect(previewRule({ type: 'ContainsText', range: 'D2:D9', rule: { operator: 'BeginsWith', text: 'вош' }, format })).toMatchObject({
      type: 'text',
      operator: 'beginsWith',
      text: 'вош',
    });
    expect(previewRule({ type: 'Custom', range: 'D2:D9', rule: { formula: '=D2="ШНОР"' }, format })).toMatchObject({ type: 'text', text: 'ШНОР' });
    expect(previewRule({ type: 'Custom', range: 'D2:D9', rule: { formula: '=$A2>5' }, format })).toBeUndefined();
  });

  it('reads colour scales with their points', () => {
    const rule = previewRule({
      type: 'ColorScale',
      range: 'F2:F9',
      criteria: {
        minimum: { type: 'LowestValue', formula: null, color: '#63BE7B' },
        midpoint: { type: 'Number', formula: '0', color: '#FFFFFF' },
        maximum: { type: 'HighestValue', formula: null, color: '#F8696B' },
      },
      format: {},
    });
    expect(rule).toEqual({
      type: 'colorScale',
      range: 'F2:F9',
      points: [
        { type: 'lowest', value: undefined, color: '63BE7B' },
        { type: 'number', value: 0, color: 'FFFFFF' },
        { type: 'highest', value: undefined, color: 'F8696B' },
      ],
    });
  });
});

describe('previewChart', () => {
  it('keeps explicit series and their categories', () => {
    const chart = previewChart(
      { name: 'c1', type: 'ColumnClustered', sourceData: 'A3:C6', seriesBy: 'Columns', title: 'Число ШНОР', series: [{ name: 'ШНОР', values: 'B4:B6', categories: 'A4:A6' }] },
      [],
    );
    expect(chart).toEqual({ type: 'column', title: 'Число ШНОР', categories: 'A4:A6', series: [{ name: 'ШНОР', values: 'B4:B6' }] });
  });

  it('splits a chart made from source data alone into categories and named series', () => {
    const values = [['Год', 'ШНОР', 'Риск'], [2023, 2, 1], [2024, 3, 0]];
    expect(previewChart({ name: 'c', type: 'LineMarkers', sourceData: 'A1:C3', seriesBy: 'Columns', series: [] }, values)).toEqual({
      type: 'line',
      title: 'c',
      categories: 'A2:A3',
      series: [
        { name: 'ШНОР', values: 'B2:B3' },
        { name: 'Риск', values: 'C2:C3' },
      ],
    });
  });
});

describe('previewSheet', () => {
  it('carries values, formats, styles, widths, notes and rules of a fake sheet', () => {
    const workbook = FakeWorkbook.fromGrids([
      { file: '', sheet: 'ШНОР', values: [['Школа', 'Доля «2»'], ['Школа №1', 0.35]], originRow: 1, originCol: 1, merges: [] },
    ]);
    workbook.setCell('ШНОР', 'B2', 0.35, '0.0%');
    const sheet = workbook.getSheet('ШНОР');
    if (!sheet) throw new Error('no sheet');
    workbook.cellAt(sheet, 1, 1).style = { bold: true, fill: '#DDEBF7', hAlign: 'Center' };
    sheet.notes.set('B2', 'Источник: «ВПР»!G5');
    sheet.columnWidths.set(1, 150);
    sheet.rowHeights.set(2, 30);
    sheet.tabColor = '#C00000';
    sheet.conditionalFormats.push({ type: 'CellValue', range: 'B2:B2', rule: { operator: 'GreaterThan', formula1: '0.3' }, format: { fill: '#FFC7CE' } });
    workbook.cellAt(sheet, 3, 1).formula = '=1+1';

    const view = previewSheet(workbook.getSheetSnapshot('ШНОР'));
    expect(view.name).toBe('ШНОР');
    expect(view.tabColor).toBe('C00000');
    expect(view.values[1]).toEqual(['Школа №1', 0.35]);
    expect(view.values[2][0]).toBe('=1+1');
    expect(view.numberFormats?.[1][1]).toBe('0.0%');
    expect(view.styles?.[0][0]).toMatchObject({ bold: true, fill: 'DDEBF7', hAlign: 'center' });
    expect(view.columnPixels?.[0]).toBe(200);
    expect(view.rowPixels).toEqual({ 2: 40 });
    expect(view.notes).toEqual([{ cell: 'B2', text: 'Источник: «ВПР»!G5' }]);
    expect(view.conditionalFormats).toHaveLength(1);
  });
});

describe('hexColor', () => {
  it('accepts #RRGGBB in either case and nothing else', () => {
    expect(hexColor('#ffc7ce')).toBe('FFC7CE');
    expect(hexColor('C00000')).toBe('C00000');
    expect(hexColor('Red')).toBeUndefined();
    expect(hexColor(undefined)).toBeUndefined();
  });
});
