// Row heights for wrapped text: word wrapping by column width, only rows that need more than one line.
import { charWidth, estimateRowHeights, wrappedLines } from '../../src/report/rowHeights';

describe('row heights', () => {
  it('counts wrapped lines by words', () => {
    expect(wrappedLines('Статус', 12)).toBe(1);
    expect(wrappedLines('ВПР-5 русский язык 2024', 12)).toBe(3);
    expect(wrappedLines('Изменение, п.п.', 12, true)).toBe(2);
    expect(wrappedLines('a'.repeat(25), 10)).toBe(3);
    expect(wrappedLines('одна\nдве', 80)).toBe(2);
    expect(wrappedLines('', 10)).toBe(1);
  });

  it('measures letters as Calibri draws them: spaces and punctuation narrow, ш and № wide', () => {
    expect(charWidth(' ')).toBeLessThan(0.5);
    expect(charWidth(',')).toBe(0.5);
    expect(charWidth('0')).toBe(1);
    expect(charWidth('ш')).toBeGreaterThan(1.4);
    expect(charWidth('№')).toBeGreaterThan(2);
    expect(charWidth('Я')).toBeGreaterThan(1);
    // Rendered (LibreOffice, Carlito) in two lines in a column of width 34; every letter counted as a digit made it three.
    expect(wrappedLines('ВПР-5 рус. 33,3 % (2021); ВПР-6 рус. 55,6 % (2021); ВПР-5 рус. 41,2 % (2020)', 34)).toBe(2);
    // … and never fewer lines than the letters need: 40 wide letters do not fit in 40 digits.
    expect(wrappedLines('ш'.repeat(40), 40)).toBe(2);
  });

  it('gives heights only to rows with wrapped multi-line text', () => {
    const values = [['Заголовок', 'ВПР-5 русский язык 2024'], ['x', 'коротко'], ['слово '.repeat(40), null]];
    const styles = [
      { range: 'A1:B1', style: { bold: true, wrap: true } },
      { range: 'A2:B2', style: { wrap: true } },
      { range: 'A3:A3', style: { bold: true } },
    ];
    expect(estimateRowHeights(values, styles, [12, 12])).toEqual([{ row: 1, height: 45 }]);
    // 40 words of 5 letters in 20 characters: three words a line → 14 lines.
    expect(estimateRowHeights(values, [{ range: 'A3:A3', style: { wrap: true } }], [20, 12])).toEqual([{ row: 3, height: 14 * 15 }]);
    // Never taller than 20 lines.
    expect(estimateRowHeights([['слово '.repeat(400)]], [{ range: 'A1:A1', style: { wrap: true } }], [20])).toEqual([{ row: 1, height: 300 }]);
  });
});
