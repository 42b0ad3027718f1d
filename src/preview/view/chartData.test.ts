// Tests that the preview reads a chart's categories and series from the ranges it names.
import { chartData, rangeCells } from './chartData';

const values = [
  ['Год', 'ШНОР', 'Зона риска'],
  [2022, 3, 1],
  [2023, 2, 'н/д'],
  [2024, 4, 2],
];

describe('chartData', () => {
  it('takes categories and numbers from the ranges, leaving text as gaps', () => {
    const data = chartData(values, {
      type: 'column',
      title: 'Число ШНОР',
      categories: 'A2:A4',
      series: [
        { name: 'ШНОР', values: 'B2:B4' },
        { name: 'Зона риска', values: '$C$2:$C$4' },
      ],
    });
    expect(data.categories).toEqual(['2022', '2023', '2024']);
    expect(data.series).toEqual([
      { name: 'ШНОР', values: [3, 2, 4] },
      { name: 'Зона риска', values: [1, null, 2] },
    ]);
  });

  it('numbers the categories when the chart has none', () => {
    expect(chartData(values, { type: 'line', title: '', categories: '', series: [{ name: 's', values: 'B2:B3' }] }).categories).toEqual(['1', '2']);
  });

  it('reads rows as well as columns and ignores a sheet prefix', () => {
    expect(rangeCells(values, "'Динамика'!A1:C1")).toEqual(['Год', 'ШНОР', 'Зона риска']);
    expect(rangeCells(values, 'nonsense')).toEqual([]);
  });
});
