// Tests that long texts run over free cells to their right only as far as needed and never over a filled cell.
import { OverflowCell, overflowSpans } from './overflow';

const text = (t: string): OverflowCell => ({ text: t, canOverflow: true, isFree: false });
const free: OverflowCell = { text: '', canOverflow: false, isFree: true };
const taken: OverflowCell = { text: '5', canOverflow: false, isFree: false };

describe('overflowSpans', () => {
  it('spans as many free cells as the text needs', () => {
    // 30 characters × 6.5 px + 8 = 203 px: columns of 64 px → 4 columns.
    const spans = overflowSpans([text('x'.repeat(30)), free, free, free, free, free], [64, 64, 64, 64, 64, 64]);
    expect([...spans]).toEqual([[0, 4]]);
  });

  it('stops at a cell that is not free and leaves short texts alone', () => {
    expect([...overflowSpans([text('x'.repeat(30)), free, taken, free], [64, 64, 64, 64])]).toEqual([[0, 2]]);
    expect(overflowSpans([text('коротко'), free], [64, 64]).size).toBe(0);
    expect(overflowSpans([text('x'.repeat(30)), taken], [64, 64]).size).toBe(0);
  });

  it('needs more room for a bigger font', () => {
    const row = [text('x'.repeat(20)), free, free, free];
    expect([...overflowSpans(row, [64, 64, 64, 64])]).toEqual([[0, 3]]);
    expect([...overflowSpans([{ ...row[0], scale: 1.5 }, free, free, free], [64, 64, 64, 64])]).toEqual([[0, 4]]);
  });

  it('does not start a span inside another one', () => {
    const spans = overflowSpans([text('x'.repeat(20)), { ...free, canOverflow: true }, free], [64, 64, 64]);
    expect([...spans]).toEqual([[0, 3]]);
  });
});
