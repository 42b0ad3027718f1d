// A1 helpers: column letters, cell and range addresses, parsing back.
import fc from 'fast-check';
import { cellA1, columnLetters, columnNumber, parseCell, parseRange, rangeA1 } from '../../src/report/a1';

describe('a1', () => {
  it('names columns as Excel does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(() => columnLetters(0)).toThrow(RangeError);
  });

  it('reads letters back to the same column number', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnLetters(n)) === n));
    expect(columnNumber('a1')).toBeUndefined();
  });

  it('writes cells and ranges with the top-left corner first', () => {
    expect(cellA1(3, 2)).toBe('B3');
    expect(rangeA1(9, 3, 1, 1)).toBe('A1:C9');
    expect(rangeA1(4, 2, 4, 2)).toBe('B4:B4');
  });

  it('parses cells and ranges, refusing malformed ones', () => {
    expect(parseCell('AB12')).toEqual({ row: 12, column: 28 });
    expect(parseRange('B2:D5')).toEqual({ top: 2, left: 2, bottom: 5, right: 4 });
    expect(parseRange('C7')).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    for (const bad of ['', 'A0', '1A', 'A1:', 'D5:B2', 'A1:B2:C3', 'a1', 'Лист1!A1']) expect(parseRange(bad)).toBeUndefined();
  });
});
