// Wide tables: metric columns grouped by the subject / grade / year / procedure their merged headers give.
import { Warning } from '../../core/model';
import { TextContext } from '../context';
import { HeaderColumn } from '../headerRows';
import { MetricRole, isMetricRole } from '../headers';
import { sheetWarning } from '../messages';
import { SheetView } from '../sheetView';

/** Metric columns that belong to one procedure (one column group). */
export interface ColumnGroup {
  readonly context: TextContext;
  readonly cols: Partial<Record<MetricRole, number>>;
}

function signature(ctx: TextContext): string {
  return `${ctx.year ?? ''}|${ctx.kind ?? ''}|${ctx.grade ?? ''}|${ctx.subject ?? ''}`;
}

/** Groups metric columns by their header context; a role repeated within one group keeps its first column. */
export function columnGroups(view: SheetView, columns: readonly HeaderColumn[], file: string, sheet: string): { groups: ColumnGroup[]; warnings: Warning[] } {
  const bySig = new Map<string, { context: TextContext; cols: Partial<Record<MetricRole, number>> }>();
  const warnings: Warning[] = [];
  for (const col of columns) {
    if (!isMetricRole(col.role)) continue;
    const sig = signature(col.group);
    let g = bySig.get(sig);
    if (!g) {
      g = { context: col.group, cols: {} };
      bySig.set(sig, g);
    }
    const taken = g.cols[col.role];
    if (taken !== undefined) {
      warnings.push(sheetWarning(file, sheet,
        `колонки ${view.letters(taken)} и ${view.letters(col.c)} обе читаются как «${col.header}» одной процедуры; взята колонка ${view.letters(taken)}`));
      continue;
    }
    g.cols[col.role] = col.c;
  }
  // Columns without group context (a shared "Участников" column) serve every group that lacks that role.
  const common = bySig.get(signature({}));
  if (common && common.cols.share2 === undefined && common.cols.count2 === undefined && bySig.size > 1) {
    bySig.delete(signature({}));
    for (const g of bySig.values()) {
      for (const [role, c] of Object.entries(common.cols) as [MetricRole, number][]) if (g.cols[role] === undefined) g.cols[role] = c;
    }
  }
  return { groups: [...bySig.values()], warnings };
}

/** A table is wide when its metric columns form more than one group with different context. */
export function isWide(groups: readonly ColumnGroup[]): boolean {
  return groups.length > 1;
}
