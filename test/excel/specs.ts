// Hand-built output sheets (SheetSpec) for the Excel adapter tests, shaped like the report builder's.
import { OutValue, SheetSpec } from '../../src/report/model';

export function shnorSheet(name = 'ШНОР 2024'): SheetSpec {
  return {
    kind: 'shnor',
    name,
    values: [
      ['Школа', 'Статус', 'Доля «2» 2024', 'Доля «2» 2023', 'Движение'],
      ['МБОУ СОШ №1', 'ШНОР', 0.31, 0.28, 'вошла'],
      ['=SUM(A1)', 'нет', 0.05, null, '-'],
      ['+7', 'ШНОР', 0.4, 0.35, '@x'],
    ],
    numberFormats: [{ range: 'C2:D4', format: '0.0%' }],
    styles: [
      { range: 'A1:E1', style: { bold: true, fill: 'DDEBF7', wrap: true, hAlign: 'center', vAlign: 'middle', border: 'thin' } },
      { range: 'A2:E4', style: { border: 'thin', fontSize: 10, italic: false, fontColor: '333333' } },
    ],
    merges: [],
    columnWidths: [40, 12, 12, 12, 10],
    rowHeights: [{ row: 1, height: 30 }, { row: 3, height: 45 }, { row: 4, height: 45 }],
    freeze: { rows: 1, columns: 1 },
    autoFilter: 'A1:E4',
    conditionalFormats: [
      { type: 'cellIs', range: 'C2:D4', operator: 'greaterThanOrEqual', values: [0.3], style: { fill: 'F8CBAD', bold: true } },
      { type: 'cellIs', range: 'C2:C4', operator: 'between', values: [0.2, 0.3], style: { fill: 'FFF2CC' } },
      { type: 'textEquals', range: 'E2:E4', text: 'вошла', style: { fontColor: 'C00000' } },
    ],
    notes: [{ cell: 'A2', text: 'Доля «2» по ВПР выше порога два года подряд.' }],
    charts: [],
    tabColor: 'C00000',
  };
}

export function dynamicsSheet(): SheetSpec {
  return {
    kind: 'dynamics',
    name: 'Динамика',
    values: [
      ['Школа', 'Процедура', '2023', '2024', 'Изменение'],
      ['МБОУ СОШ №1', 'ВПР 5 математика', 0.28, 0.31, 0.03],
      ['МБОУ СОШ №2', 'ВПР 5 математика', 0.1, 0.05, -0.05],
    ],
    numberFormats: [{ range: 'C2:E3', format: '0.0%' }, { range: 'E2:E3', format: '+0.0%;-0.0%;0.0%' }],
    styles: [{ range: 'A1:E1', style: { bold: true } }],
    merges: [],
    columnWidths: [30, 20, 8, 8, 10],
    conditionalFormats: [{ type: 'colorScale', range: 'E2:E3', colors: ['63BE7B', 'FFFFFF', 'F8696B'], midpoint: 0 }],
    notes: [],
    charts: [],
  };
}

export function summarySheet(): SheetSpec {
  return {
    kind: 'summary',
    name: 'Сводка',
    values: [
      ['Число ШНОР по годам', null, null],
      ['Год', 'ШНОР', 'Риск'],
      ['2022', 5, 2],
      ['2023', 4, 3],
      ['2024', 6, 1],
    ],
    numberFormats: [],
    styles: [{ range: 'A2:C2', style: { bold: true } }],
    merges: ['A1:C1'],
    columnWidths: [12, 10, 10],
    conditionalFormats: [],
    notes: [],
    charts: [
      {
        type: 'column',
        title: 'Число ШНОР по годам',
        categories: 'A3:A5',
        series: [
          { name: 'ШНОР', nameRef: 'B2', values: 'B3:B5' },
          { name: 'Риск', nameRef: 'C2', values: 'C3:C5' },
        ],
        from: 'E2',
        to: 'L18',
        xTitle: 'Год',
        yTitle: 'Школ',
      },
    ],
  };
}

export function parametersSheet(rows = 3): SheetSpec {
  const values: OutValue[][] = [['Параметр', 'Значение']];
  for (let i = 1; i < rows; i++) values.push([`Параметр ${i}`, i]);
  return {
    kind: 'parameters',
    name: 'Параметры',
    values,
    numberFormats: [],
    styles: [],
    merges: [],
    columnWidths: [30, 20],
    conditionalFormats: [],
    notes: [],
    charts: [],
  };
}
