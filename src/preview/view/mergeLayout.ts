// Turns merged A1 areas into table spans: which cell anchors a merge and which cells it hides.
import { parseRange } from '../../report/a1';

export interface MergeLayout {
  /** "row,column" (0-based) of an anchor → its spans. */
  readonly spans: ReadonlyMap<string, { readonly rowSpan: number; readonly colSpan: number }>;
  /** "row,column" of cells covered by a merge (not drawn). */
  readonly hidden: ReadonlySet<string>;
}

/** Spans limited to the drawn area (rows × columns), so a merge past the edge does not stretch the table. */
export function mergeLayout(merges: readonly string[], rows: number, columns: number): MergeLayout {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const hidden = new Set<string>();
  for (const merge of merges) {
    const box = parseRange(merge.replace(/\$/g, ''));
    if (!box || box.top > rows || box.left > columns) continue;
    const bottom = Math.min(box.bottom, rows);
    const right = Math.min(box.right, columns);
    const anchor = `${box.top - 1},${box.left - 1}`;
    if (hidden.has(anchor) || spans.has(anchor)) continue;
    spans.set(anchor, { rowSpan: bottom - box.top + 1, colSpan: right - box.left + 1 });
    for (let r = box.top; r <= bottom; r++) {
      for (let c = box.left; c <= right; c++) if (r !== box.top || c !== box.left) hidden.add(`${r - 1},${c - 1}`);
    }
  }
  return { spans, hidden };
}
