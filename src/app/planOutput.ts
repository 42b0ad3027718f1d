// Decides which old output sheets to remove and which free names the new ones get (never a user's sheet).
import { ReportModel } from '../report/model';
import { OutputPlan, SheetInfo, TrackedSheet } from './workbookPort';

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

export function planOutput(existing: readonly SheetInfo[], tracked: readonly TrackedSheet[], model: ReportModel): OutputPlan {
  const trackedNames = new Set(tracked.map((t) => t.name.toLowerCase()));
  const remove = existing.filter((s) => trackedNames.has(s.name.toLowerCase())).map((s) => s.name);
  const taken = new Set(existing.filter((s) => !trackedNames.has(s.name.toLowerCase())).map((s) => s.name.toLowerCase()));
  const add = model.sheets.map((spec) => {
    const name = freeName(spec.name, taken);
    taken.add(name.toLowerCase());
    return { name, spec };
  });
  return { remove, add };
}

/** The wanted name, or "name (2)", "name (3)"… when a sheet the add-in does not own already has it. */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET_NAME).trim() || 'Лист';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
