// Flat tables (long, wide, ФИС ОКО): one row per school (× procedure), a school column and metric columns.
import { Warning } from '../../core/model';
import { pluralRu } from '../../core/format';
import { aggregateLevel } from '../aggregates';
import { isNotFirstAttempt } from '../attempts';
import { TextContext, resolveContext } from '../context';
import { DraftRow, LayoutRead } from '../draft';
import { HeaderBlock } from '../headerRows';
import { MetricRole, isMetricRole } from '../headers';
import { cellWarning, quoted, sheetWarning } from '../messages';
import { Pos, SheetView } from '../sheetView';
import { fold } from '../text';
import { ColumnInfo, ColumnRole, LayoutKind } from '../types';
import { RowContextReader } from './long';
import { ColumnGroup, columnGroups, isWide } from './wide';

export interface TableOptions {
  readonly file: string;
  readonly sheet: string;
  readonly sheetContext: TextContext;
  /** Set by the caller when the sheet is a ФИС ОКО export. */
  readonly fisOko: boolean;
  readonly attachMode: boolean;
}

/** Column descriptions for the sheet report. */
export function columnInfos(view: SheetView, block: HeaderBlock, groups: readonly ColumnGroup[]): ColumnInfo[] {
  const groupOf = new Map<number, TextContext>();
  for (const g of groups) for (const c of Object.values(g.cols)) if (c !== undefined) groupOf.set(c, g.context);
  return block.columns
    .filter((col) => col.header !== '' || col.role !== undefined)
    .map((col) => {
      const g = isMetricRole(col.role) ? groupOf.get(col.c) : undefined;
      return {
        column: view.letters(col.c),
        header: col.header,
        role: col.role ?? 'ignore',
        ...(g?.subject !== undefined ? { subject: g.subject } : {}),
        ...(g?.grade !== undefined ? { grade: g.grade } : {}),
        ...(g?.kind !== undefined ? { kind: g.kind } : {}),
        ...(g?.year !== undefined ? { year: g.year } : {}),
      };
    });
}

function firstCol(block: HeaderBlock, role: ColumnRole): number | undefined {
  return block.columns.find((col) => col.role === role)?.c;
}

/** A row of column numbers under a header: only whole numbers 1–999, at least five of them, in runs that count up. */
export function isColumnNumberRow(view: SheetView, r: number): boolean {
  let n = 0;
  let ups = 0;
  let prev: number | undefined;
  for (let c = 0; c < view.cols; c++) {
    const v = view.grid.values[r]?.[c];
    if (v === null || v === undefined || v === '') continue;
    const num = typeof v === 'number' ? v : /^\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : NaN;
    if (!Number.isInteger(num) || num < 1 || num > 999) return false;
    if (prev !== undefined && num === prev + 1) ups++;
    prev = num;
    n++;
  }
  return n >= 5 && ups >= n / 2;
}

/** Reads a flat table under its header block. */
export function readTable(view: SheetView, block: HeaderBlock, opts: TableOptions): LayoutRead {
  const { file, sheet } = opts;
  const schoolCol = firstCol(block, 'school') as number;
  const contextReader = new RowContextReader(view, {
    year: firstCol(block, 'year'), kind: firstCol(block, 'kind'), grade: firstCol(block, 'grade'), subject: firstCol(block, 'subject'),
  });
  const grouped = columnGroups(view, block.columns, file, sheet);
  const groups = grouped.groups;
  const warnings: Warning[] = [...grouped.warnings];
  const layout: LayoutKind = opts.fisOko ? 'fisOko' : isWide(groups) ? 'wide' : 'long';
  const groupContexts = groups.map((g) => resolveContext(g.context, opts.sheetContext));
  const groupCols = groups.map((g) => Object.entries(g.cols) as [MetricRole, number][]);
  const metricCols = groups.flatMap((g) => Object.values(g.cols).filter((c): c is number => c !== undefined));
  const labelCols = block.columns.filter((col) => !isMetricRole(col.role) && col.c !== schoolCol).map((col) => col.c);
  const headerName = fold(view.text(block.roleRow, schoolCol));
  // Layout 6: a municipality column — subtotal rows name the municipality of the schools below them, or the
  // department's name stands on every row.
  const muniCol = firstCol(block, 'municipality');
  let currentMunicipality: string | undefined;
  const rows: DraftRow[] = [];
  let rowsRead = 0;
  // Methodology §1: a period / category column separates retakes and past-year graduates; only first attempts count.
  const categoryCol = firstCol(block, 'category');
  let notFirst = 0;
  let firstNotFirst: string | undefined;
  // A long table repeats the same few hundred names: fold and classify each once.
  const labels = new Map<string, { folded: string; level: ReturnType<typeof aggregateLevel> }>();
  const labelOf = (text: string): { folded: string; level: ReturnType<typeof aggregateLevel> } => {
    let got = labels.get(text);
    if (!got) {
      got = { folded: fold(text), level: aggregateLevel(text) };
      labels.set(text, got);
    }
    return got;
  };

  for (let r = block.bottom + 1; r < view.rows; r++) {
    let name = view.valueText(r, schoolCol);
    let nameCell: Pos = { r, c: schoolCol };
    const hasMetric = metricCols.some((c) => !view.isValueEmpty(r, c));
    if (!hasMetric) continue; // blank line, note line, or a school without numbers
    if (name !== '' && labelOf(name).folded === headerName) continue; // header repeated (page break)
    if (r <= block.bottom + 2 && isColumnNumberRow(view, r)) continue; // «1 2 3 4 5 6 7 8 9 5 6 …» under the header
    // A number in the school column (the count of schools on a total row) is no name.
    const stray = /^\d+([.,]\d+)?$/.test(name);
    if (stray) name = '';
    const muniText = muniCol === undefined ? '' : view.valueText(r, muniCol);
    if (name === '' && muniText !== '') {
      const level = aggregateLevel(muniText) ?? 'municipality';
      if (level === 'municipality') currentMunicipality = muniText;
      rowsRead++;
      const context = groupContexts.length > 0 ? groupContexts : [opts.sheetContext];
      for (let g = 0; g < groups.length; g++) {
        const cells: Partial<Record<MetricRole, Pos>> = {};
        for (const [role, c] of groupCols[g]) cells[role] = { r, c };
        rows.push({ r, name: muniText, nameCell: { r, c: muniCol as number }, level, context: context[g], cells });
      }
      continue;
    }
    if (name === '') {
      const alt = labelCols.find((c) => aggregateLevel(view.valueText(r, c)) !== undefined);
      if (alt === undefined) {
        warnings.push(cellWarning(file, sheet, view.address(r, schoolCol), stray ? `в колонке ОО число ${quoted(view.valueText(r, schoolCol))} вместо названия, строка пропущена` : 'нет названия ОО, строка пропущена'));
        continue;
      }
      name = view.valueText(r, alt);
      nameCell = { r, c: alt };
    }
    rowsRead++;
    if (categoryCol !== undefined && isNotFirstAttempt(view.valueText(r, categoryCol))) {
      notFirst++;
      firstNotFirst ??= view.address(r, categoryCol);
      continue;
    }
    let rowContext: TextContext = {};
    if (contextReader.hasColumns) {
      const got = contextReader.read(r);
      if ('bad' in got) {
        warnings.push(cellWarning(file, sheet, view.address(r, got.bad.c), `${quoted(got.bad.text)} — ${got.bad.what}, строка пропущена`));
        continue;
      }
      rowContext = got.context;
    }
    const level = labelOf(name).level;
    const municipality = level === undefined && muniCol !== undefined ? muniText || currentMunicipality : undefined;
    for (let g = 0; g < groups.length; g++) {
      const cells: Partial<Record<MetricRole, Pos>> = {};
      let any = false;
      for (const [role, c] of groupCols[g]) {
        cells[role] = { r, c };
        if (!view.isValueEmpty(r, c)) any = true;
      }
      if (!any) continue;
      const context = contextReader.hasColumns ? resolveContext(rowContext, groupContexts[g]) : groupContexts[g];
      rows.push({ r, name, nameCell, level, context, cells, ...(municipality ? { municipality } : {}) });
    }
  }
  if (notFirst > 0) {
    warnings.push(sheetWarning(file, sheet,
      `${notFirst} ${pluralRu(notFirst, 'строка', 'строки', 'строк')} пересдач или выпускников прошлых лет не учтены ` +
      `(методика: первая попытка, выпускники текущего года), первая — ячейка ${firstNotFirst}`, firstNotFirst));
  }
  return {
    layout, headerRow: block.roleRow >= 0 ? view.sheetRow(block.roleRow) : undefined, columns: columnInfos(view, block, groups), rows, rowsRead, warnings,
    sheetContext: opts.sheetContext, attachMode: opts.attachMode,
  };
}
