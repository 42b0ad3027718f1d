// Tests the fitted column widths of sheets without widths: longest text, titles that overflow ignored, bounds kept.
import { autoWidths } from './autoWidths';

describe('autoWidths', () => {
  it('fits each column to its longest displayed value within bounds', () => {
    const values = [
      ['Результаты оценочных процедур, Северо-Озёрский район', null, null],
      ['Год', 'ОО', 'Доля'],
      [2024, 'МБОУ «Средняя общеобразовательная школа № 1 имени очень длинного имени»', 0.1234],
    ];
    const widths = autoWidths(values, [[], [], [null, null, '0.0%']], 4);
    // Column A: "2024"/"Год" (the title overflows and is not counted) → the minimum.
    expect(widths[0]).toBe(40);
    // Column B: a very long name → capped.
    expect(widths[1]).toBe(260);
    // Column C: "Доля" vs "12,3%" (5 characters) → 5 × 7 + 10.
    expect(widths[2]).toBe(45);
    // Column D: empty → Excel's default.
    expect(widths[3]).toBe(64);
  });

  it('counts a text in the last column even with nothing to its right', () => {
    expect(autoWidths([['Год', 'Понизили, %']], undefined, 2)).toEqual([40, 11 * 7 + 10]);
  });
});
