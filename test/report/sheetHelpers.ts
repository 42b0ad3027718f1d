// Test helpers: read cells of a SheetSpec by A1 address or by header text, and check that every range is well formed.
import { CellPosition, RangePosition, parseCell, parseRange } from '../../src/report/a1';
import { OutValue, SheetSpec } from '../../src/report/model';

export function at(sheet: SheetSpec, address: string): OutValue {
  const pos = mustCell(address);
  return sheet.values[pos.row - 1]?.[pos.column - 1] ?? null;
}

export function valueAt(sheet: SheetSpec, row: number, column: number): OutValue {
  return sheet.values[row - 1]?.[column - 1] ?? null;
}

export function mustCell(address: string): CellPosition {
  const pos = parseCell(address);
  if (!pos) throw new Error(`not an A1 cell: ${address}`);
  return pos;
}

export function mustRange(address: string): RangePosition {
  const pos = parseRange(address);
  if (!pos) throw new Error(`not an A1 range: ${address}`);
  return pos;
}

/** Values of a range, row by row. */
export function rangeValues(sheet: SheetSpec, address: string): OutValue[][] {
  const r = mustRange(address);
  const out: OutValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: OutValue[] = [];
    for (let column = r.left; column <= r.right; column++) line.push(valueAt(sheet, row, column));
    out.push(line);
  }
  return out;
}

/** 1-based row numbers whose cell in the column equals the value. */
export function rowsWhere(sheet: SheetSpec, column: number, value: OutValue): number[] {
  return sheet.values.flatMap((line, i) => (line[column - 1] === value ? [i + 1] : []));
}

export function rowWhere(sheet: SheetSpec, column: number, value: OutValue): number {
  const rows = rowsWhere(sheet, column, value);
  if (rows.length !== 1) throw new Error(`expected one row with ${String(value)} in column ${column}, found ${rows.length}`);
  return rows[0];
}

/** Column number of a header text in a row. */
export function columnOf(sheet: SheetSpec, row: number, header: string): number {
  const index = (sheet.values[row - 1] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no header "${header}" in row ${row}: ${JSON.stringify(sheet.values[row - 1])}`);
  return index + 1;
}

/** Every range-like address the sheet holds, with what it is. */
export function allRanges(sheet: SheetSpec): { what: string; address: string }[] {
  const out: { what: string; address: string }[] = [];
  sheet.numberFormats.forEach((f) => out.push({ what: 'numberFormat', address: f.range }));
  sheet.styles.forEach((s) => out.push({ what: 'style', address: s.range }));
  sheet.merges.forEach((m) => out.push({ what: 'merge', address: m }));
  sheet.conditionalFormats.forEach((c) => out.push({ what: `cf ${c.type}`, address: c.range }));
  sheet.notes.forEach((n) => out.push({ what: 'note', address: n.cell }));
  if (sheet.autoFilter) out.push({ what: 'autoFilter', address: sheet.autoFilter });
  for (const chart of sheet.charts) {
    out.push({ what: `chart ${chart.title} categories`, address: chart.categories });
    for (const s of chart.series) {
      out.push({ what: `chart ${chart.title} name`, address: s.nameRef });
      out.push({ what: `chart ${chart.title} values`, address: s.values });
    }
  }
  return out;
}

/** Problems with the sheet's shape: ragged rows, ranges that are not A1 or fall outside the values grid, bad colours. */
export function integrityProblems(sheet: SheetSpec): string[] {
  const problems: string[] = [];
  const height = sheet.values.length;
  const width = height > 0 ? sheet.values[0].length : 0;
  sheet.values.forEach((line, i) => {
    if (line.length !== width) problems.push(`row ${i + 1} has ${line.length} cells, not ${width}`);
    line.forEach((v, j) => {
      if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`non-finite number at row ${i + 1} column ${j + 1}`);
    });
  });
  for (const { what, address } of allRanges(sheet)) {
    const r = parseRange(address);
    if (!r) problems.push(`${what}: "${address}" is not A1`);
    else if (r.bottom > height || r.right > width) problems.push(`${what}: "${address}" outside the ${height}×${width} grid`);
  }
  for (const chart of sheet.charts) {
    const from = parseCell(chart.from);
    const to = parseCell(chart.to);
    if (!from || !to || to.row <= from.row || to.column <= from.column) problems.push(`chart ${chart.title}: bad anchors ${chart.from}–${chart.to}`);
  }
  const colours: (string | undefined)[] = [
    ...sheet.styles.flatMap((s) => [s.style.fill, s.style.fontColor]),
    ...sheet.conditionalFormats.flatMap((c): (string | undefined)[] => (c.type === 'colorScale' ? [...c.colors] : [c.style.fill, c.style.fontColor])),
    sheet.tabColor,
  ];
  for (const c of colours) if (c !== undefined && !/^[0-9A-F]{6}$/.test(c)) problems.push(`colour "${c}" is not RRGGBB`);
  if (sheet.columnWidths.some((w) => !(w > 0))) problems.push('a column width is not positive');
  for (const h of sheet.rowHeights ?? []) {
    if (!Number.isInteger(h.row) || h.row < 1 || h.row > height || !(h.height > 0) || h.height > 409) problems.push(`bad row height ${JSON.stringify(h)}`);
  }
  return problems;
}

/** Strings of the sheet that start with "=" (could be mistaken for formulas). */
export function formulaLikeStrings(sheet: SheetSpec): string[] {
  return sheet.values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
}
