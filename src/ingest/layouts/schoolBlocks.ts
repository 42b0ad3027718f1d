// School blocks: a row with a school's name, then one row per subject (or grade) under the table's header.
import { Warning } from '../../core/model';
import { aggregateLevel } from '../aggregates';
import { TextContext, findGrade, parseGradeCell, resolveContext } from '../context';
import { DraftRow, LayoutRead } from '../draft';
import { HeaderBlock } from '../headerRows';
import { MetricRole, isMetricRole } from '../headers';
import { cellWarning, quoted } from '../messages';
import { Pos, SheetView } from '../sheetView';
import { canonicalSubject, isKnownSubject, knownSubjectCodes, unknownSubjectCode } from '../subjects';
import { fold } from '../text';
import { columnInfos } from './table';
import { columnGroups } from './wide';

/** The column that holds school names and, under them, subjects or grades. */
export function labelColumn(block: HeaderBlock): number | undefined {
  const labelled = block.columns.find((col) => col.role === 'subject' || col.role === 'grade');
  if (labelled) return labelled.c;
  const first = block.columns.find((col) => !isMetricRole(col.role) && col.role !== 'ignore');
  return first?.c;
}

/** A label that is a subject or a grade (so a row under a school, not a school). */
function isItemLabel(view: SheetView, r: number, c: number): boolean {
  const raw = view.value(r, c);
  if (parseGradeCell(raw) !== undefined) return true;
  return typeof raw === 'string' && (isKnownSubject(raw) || unknownSubjectCode(raw) !== undefined);
}

function metricColumns(block: HeaderBlock): number[] {
  return block.columns.filter((col) => isMetricRole(col.role)).map((col) => col.c);
}

const GRADE_ONLY_RE = /^\s*\d{1,2}\s*(-?\s*й)?\s*(кл\.?|класс\S*)?\s*$/i;

/** What a row label says: a grade ("5", "5 класс") or a subject (maybe with a grade). */
function labelContext(raw: unknown, text: string): TextContext {
  if (typeof raw === 'number' || GRADE_ONLY_RE.test(text)) return { grade: parseGradeCell(text) };
  return { subject: canonicalSubject(text), grade: findGrade(text) };
}

/** True when, under the header, a label-only row (a school name) comes before rows with numbers. */
export function looksLikeSchoolBlocks(view: SheetView, block: HeaderBlock): boolean {
  const label = labelColumn(block);
  if (label === undefined) return false;
  const metrics = metricColumns(block);
  for (let r = block.bottom + 1; r < Math.min(view.rows, block.bottom + 40); r++) {
    if (view.isBlankRow(r)) continue;
    const hasMetric = metrics.some((c) => !view.isValueEmpty(r, c));
    if (hasMetric) return false;
    if (!view.isValueEmpty(r, label) && !isItemLabel(view, r, label)) return true;
  }
  return false;
}

/** Reads school blocks under one header. */
export function readSchoolBlocks(view: SheetView, block: HeaderBlock, file: string, sheet: string, sheetContext: TextContext): LayoutRead {
  const label = labelColumn(block) as number;
  const { groups, warnings: groupWarnings } = columnGroups(view, block.columns, file, sheet);
  const warnings: Warning[] = [...groupWarnings];
  const metrics = metricColumns(block);
  const headerLabel = fold(view.text(block.roleRow, label));
  const rows: DraftRow[] = [];
  let entity: { name: string; cell: Pos; level: ReturnType<typeof aggregateLevel> } | undefined;
  let rowsRead = 0;
  for (let r = block.bottom + 1; r < view.rows; r++) {
    if (view.isBlankRow(r)) continue;
    const text = view.valueText(r, label);
    const hasMetric = metrics.some((c) => !view.isValueEmpty(r, c));
    const share2 = groups.find((g) => g.cols.share2 !== undefined)?.cols.share2;
    // A school row may carry its own totals (participants) but never a доля «2» of a subject.
    const nameRow = text !== '' && !isItemLabel(view, r, label) && (share2 === undefined || view.isValueEmpty(r, share2));
    if (!hasMetric || nameRow) {
      if (text !== '' && fold(text) !== headerLabel && !isItemLabel(view, r, label)) {
        entity = { name: text, cell: { r, c: label }, level: aggregateLevel(text) };
      }
      continue;
    }
    if (!entity) {
      warnings.push(cellWarning(file, sheet, view.address(r, label), 'над строкой нет названия ОО, строка пропущена'));
      continue;
    }
    rowsRead++;
    const code = unknownSubjectCode(text);
    if (code !== undefined) {
      warnings.push(cellWarning(file, sheet, view.address(r, label), `${quoted(text)} — код предмета «${code}» не известен (известны ${knownSubjectCodes()}), строка пропущена`));
      continue;
    }
    const itemContext = labelContext(view.value(r, label), text);
    for (const g of groups) {
      const cells: Partial<Record<MetricRole, Pos>> = {};
      let any = false;
      for (const [role, c] of Object.entries(g.cols) as [MetricRole, number][]) {
        cells[role] = { r, c };
        if (!view.isValueEmpty(r, c)) any = true;
      }
      if (!any) continue;
      rows.push({ r, name: entity.name, nameCell: entity.cell, level: entity.level, context: resolveContext(itemContext, g.context, sheetContext), cells });
    }
  }
  return {
    layout: 'schoolBlocks', headerRow: view.sheetRow(block.roleRow), columns: columnInfos(view, block, groups), rows, rowsRead, warnings, sheetContext,
  };
}
