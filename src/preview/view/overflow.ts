// Excel lets a long left-aligned text run over the empty cells to its right: the view does it with column spans.

/** What the view knows of a cell when deciding on overflow. */
export interface OverflowCell {
  /** Displayed text ('' when empty). */
  readonly text: string;
  /** Left-aligned text that does not wrap and is not part of a merge. */
  readonly canOverflow: boolean;
  /** Empty, unfilled, unmerged, without a note: text may run over it. */
  readonly isFree: boolean;
  /** Width of this cell's characters relative to the default font (bigger or bold fonts need more room). */
  readonly scale?: number;
}

/**
 * Column spans per starting column for one row: a text wider than its column takes the free cells to its right
 * that it needs (estimated at charPx a character), stopping at the first cell that is not free.
 */
export function overflowSpans(
  row: readonly OverflowCell[],
  widths: readonly number[],
  charPx = 6.5,
): Map<number, number> {
  const spans = new Map<number, number>();
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell.canOverflow || cell.text === '') continue;
    const needed = cell.text.length * charPx * (cell.scale ?? 1) + 8;
    let width = widths[c] ?? 64;
    let span = 1;
    while (width < needed && c + span < row.length && row[c + span].isFree) {
      width += widths[c + span] ?? 64;
      span += 1;
    }
    if (span > 1) {
      spans.set(c, span);
      c += span - 1;
    }
  }
  return spans;
}
