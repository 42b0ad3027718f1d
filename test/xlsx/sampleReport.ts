// A sample report model for the .xlsx writer tests: all four output kinds with styles, CF, notes and charts.
import { ReportModel, SheetSpec } from '../../src/report/model';

export const shnorSheet: SheetSpec = {
  kind: 'shnor',
  name: 'ШНОР 2024',
  values: [
    ['Школы с низкими образовательными результатами, 2024', null, null, null, null],
    [null, null, null, null, null],
    ['Школа', 'Статус', 'Доля «2» ВПР 2024', 'Доля «2» ВПР 2023', 'Формула как текст'],
    ['МБОУ СОШ № 1', 'ШНОР', 0.31, 0.28, '=SUM(A1)'],
    ['МБОУ СОШ № 2', 'нет', 0.08, 0.12, '=HYPERLINK("http://x")'],
    ['Гимназия «Эрудит»', 'вошла', 0.27, null, "'апостроф"],
  ],
  numberFormats: [{ range: 'C4:D6', format: '0.0%' }],
  styles: [
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    { range: 'A3:E3', style: { bold: true, fill: 'D9E1F2', wrap: true, vAlign: 'middle', hAlign: 'center', border: 'thin' } },
    { range: 'A4:E6', style: { border: 'thin' } },
  ],
  merges: ['A1:E1'],
  columnWidths: [28, 12, 14, 14, 24],
  freeze: { rows: 3, columns: 1 },
  autoFilter: 'A3:E6',
  conditionalFormats: [
    { type: 'cellIs', range: 'C4:D6', operator: 'greaterThanOrEqual', values: [0.25], style: { fill: 'FFC7CE', fontColor: '9C0006' } },
    { type: 'textEquals', range: 'B4:B6', text: 'ШНОР', style: { fill: 'FFEB9C', bold: true } },
    { type: 'cellIs', range: 'C4:C6', operator: 'between', values: [0.1, 0.2], style: { fill: 'C6EFCE' } },
  ],
  notes: [
    { cell: 'A4', text: 'Доля «2» по ВПР выше порога два года подряд.\nКритерий 1 выполнен.' },
    { cell: 'B6', text: 'Вошла в список в 2024 году.' },
  ],
  charts: [],
  tabColor: 'C00000',
};

export const dynamicsSheet: SheetSpec = {
  kind: 'dynamics',
  name: 'Динамика',
  values: [
    ['Школа', 'Процедура', '2023', '2024', 'Изменение'],
    ['МБОУ СОШ № 1', 'ВПР', 0.28, 0.31, 0.03],
    ['МБОУ СОШ № 2', 'ВПР', 0.12, 0.08, -0.04],
  ],
  numberFormats: [{ range: 'C2:D3', format: '0.0%' }, { range: 'E2:E3', format: '+0.0%;-0.0%;0.0%' }],
  styles: [{ range: 'A1:E1', style: { bold: true } }],
  merges: [],
  columnWidths: [24, 12, 10, 10, 12],
  rowHeights: [{ row: 1, height: 30 }],
  freeze: { rows: 1, columns: 0 },
  conditionalFormats: [{ type: 'colorScale', range: 'E2:E3', colors: ['63BE7B', 'FFFFFF', 'F8696B'], midpoint: 0 }],
  notes: [],
  charts: [],
};

export const summarySheet: SheetSpec = {
  kind: 'summary',
  name: 'Сводка',
  values: [
    ['Число ШНОР по годам', null, null],
    ['Год', 'Число ШНОР', 'Доля «2», %'],
    ['2022', 4, 12.5],
    ['2023', 5, 13.1],
    ['2024', 3, 11.2],
    [null, null, null],
    ['Процедура', '2023', '2024'],
    ['ВПР', 13.1, 11.2],
    ['ОГЭ', 6.4, 7.9],
  ],
  numberFormats: [{ range: 'C3:C5', format: '0.0' }],
  styles: [{ range: 'A2:C2', style: { bold: true, fill: 'DDEBF7' } }],
  merges: [],
  columnWidths: [16, 14, 14],
  conditionalFormats: [],
  notes: [],
  charts: [
    {
      type: 'column', title: 'Число ШНОР по годам', categories: 'A3:A5',
      series: [{ name: 'Число ШНОР', nameRef: 'B2', values: 'B3:B5' }], from: 'E1', to: 'L14', xTitle: 'Год', yTitle: 'Школ',
    },
    {
      type: 'line', title: 'Доля «2» в районе', categories: 'A3:A5',
      series: [{ name: 'Доля «2», %', nameRef: 'C2', values: 'C3:C5' }], from: 'E16', to: 'L29', yTitle: '%',
    },
    {
      type: 'bar', title: 'Доля «2» по процедурам', categories: 'A8:A9',
      series: [
        { name: '2023', nameRef: 'B7', values: 'B8:B9' },
        { name: '2024', nameRef: 'C7', values: 'C8:C9' },
      ],
      from: 'N1', to: 'U14',
    },
  ],
  tabColor: '4472C4',
};

export const parametersSheet: SheetSpec = {
  kind: 'parameters',
  name: 'Параметры',
  values: [
    ['Параметр', 'Значение'],
    ['Порог доли «2»', 0.25],
    ['Учитывать малые выборки', false],
    ['Версия', '0.1.0'],
  ],
  numberFormats: [{ range: 'B2', format: '0%' }],
  styles: [{ range: 'A1:B1', style: { bold: true, italic: true, fontColor: '1F4E78' } }],
  merges: [],
  columnWidths: [30, 20],
  conditionalFormats: [],
  notes: [],
  charts: [],
};

export const sampleReport: ReportModel = { sheets: [shnorSheet, dynamicsSheet, summarySheet, parametersSheet] };
