// The user's column mapping (letter → role) applied over the recognised header, or standing in for a missing one.
import { HeaderBlock, HeaderColumn } from './headerRows';
import { isMetricRole } from './headers';
import { readNumber } from './numbers';
import { SheetView } from './sheetView';
import { ColumnRole } from './types';

function sameGroup(a: HeaderColumn, b: HeaderColumn): boolean {
  return a.group.year === b.group.year && a.group.kind === b.group.kind && a.group.grade === b.group.grade && a.group.subject === b.group.subject;
}

/** A header block with the mapped roles; a role the user gives one column is taken from the others of its group. */
export function applyColumnMapping(
  view: SheetView, block: HeaderBlock | undefined, mapping: Readonly<Record<string, ColumnRole>>,
): HeaderBlock | undefined {
  const mapped = new Map<number, ColumnRole>();
  for (const [letters, role] of Object.entries(mapping)) {
    const c = view.columnOf(letters.trim().toUpperCase());
    if (c !== undefined) mapped.set(c, role);
  }
  if (mapped.size === 0) return block;
  const base = block ?? syntheticBlock(view, mapped);
  if (!base) return undefined;
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < Math.max(view.cols, base.columns.length); c++) {
    const found = base.columns[c] ?? { c, header: '', role: undefined, group: {} };
    columns.push(mapped.has(c) ? { ...found, role: mapped.get(c) } : found);
  }
  for (const col of columns) {
    if (mapped.has(col.c) || col.role === undefined || col.role === 'ignore') continue;
    const clash = [...mapped.entries()].some(([mc, role]) => role === col.role && (!isMetricRole(role) || sameGroup(columns[mc], col)));
    if (clash) columns[col.c] = { ...col, role: 'ignore' };
  }
  return { ...base, columns };
}

/** Without a recognised header: data start where the mapped доля «2» column first holds a number. */
function syntheticBlock(view: SheetView, mapped: ReadonlyMap<number, ColumnRole>): HeaderBlock | undefined {
  const share2 = [...mapped.entries()].find(([, role]) => role === 'share2')?.[0];
  if (share2 === undefined) return undefined;
  let first = 0;
  while (first < view.rows && readNumber(view.raw(first, share2)).kind !== 'number') first++;
  if (first >= view.rows) return undefined;
  const roleRow = first - 1;
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < view.cols; c++) columns.push({ c, header: roleRow >= 0 ? view.text(roleRow, c) : '', role: undefined, group: {} });
  return { top: roleRow, bottom: roleRow, roleRow, columns };
}
