// Движение по списку (§3): who was ШНОР in Y−1 — the official list when one exists, else the computed verdicts.
import { OfficialList } from './model';
import { ListChange, Status } from './results';
import { YearEvaluator } from './evaluate';

/** Knowledge of year Y−1: an official list, computed verdicts, both, or nothing. */
export interface PreviousYearInfo {
  readonly year: number;
  /** Keys on the official list(s) for that year; undefined when no list was read. */
  readonly listed?: ReadonlySet<string>;
  /** Computed status of a school when the data has a counted result in that year. */
  readonly computed?: (schoolKey: string) => Status | undefined;
}

export function previousYearInfo(year: number, evaluator: YearEvaluator, lists: readonly OfficialList[]): PreviousYearInfo {
  const own = lists.filter((l) => l.year === year);
  const listed = own.length > 0 ? new Set(own.flatMap((l) => l.schoolKeys)) : undefined;
  const computed = evaluator.hasCountedData(year) ? evaluator.statusesAt(year) : undefined;
  return { year, listed, computed };
}

export function isKnown(info: PreviousYearInfo): boolean {
  return info.listed !== undefined || info.computed !== undefined;
}

/** Whether the school was ШНОР in Y−1 (undefined = unknown) and the status to show for that year. */
export function previousOf(info: PreviousYearInfo, schoolKey: string): { wasShnor?: boolean; status?: Status | 'listed' } {
  const computed = info.computed?.(schoolKey);
  if (info.listed) {
    if (info.listed.has(schoolKey)) return { wasShnor: true, status: 'listed' };
    // The list decides: not on it = not ШНОР; a computed 'shnor' would contradict it, so it is not shown.
    return { wasShnor: false, status: computed === 'shnor' ? undefined : computed };
  }
  if (info.computed) return { wasShnor: computed === 'shnor', status: computed };
  return {};
}

/** вошла / осталась / вышла / none, or unknown when Y−1 is neither computable nor listed. */
export function listChangeOf(currentlyShnor: boolean, wasShnor: boolean | undefined): ListChange {
  if (wasShnor === undefined) return 'unknown';
  if (currentlyShnor) return wasShnor ? 'stayed' : 'entered';
  return wasShnor ? 'exited' : 'none';
}
