// What a user must hear after a run besides the result: sheets left out (with why) and numbers two sheets disagree on.
import { IngestResult, SheetReport } from '../ingest/types';

export interface RunCaveats {
  /** Sheets that gave nothing, with their reason (the user's own exclusions are not a caveat). */
  readonly skipped: readonly SheetReport[];
  /** Results two sheets gave different numbers for (a rule chose one; each is a warning with both cells). */
  readonly conflicts: number;
}

const EXCLUDED = 'Исключён пользователем';

export function runCaveats(ingested: IngestResult): RunCaveats {
  const skipped = ingested.sheets.filter((s) => s.skippedReason !== undefined && s.skippedReason !== EXCLUDED);
  const conflicts = ingested.dataset.warnings.filter((w) => w.kind === 'conflict').length;
  return { skipped, conflicts };
}

/** One Russian line per skipped sheet: «файл: «Лист» — причина». */
export function skippedLines(caveats: RunCaveats): string[] {
  return caveats.skipped.map((s) => `${s.file ? `${s.file}: ` : ''}«${s.sheet}» — ${s.skippedReason}`);
}
