// Cohorts (§4): the same class followed across years — ВПР/КДР grade g in y → g+1 in y+1, ВПР-8/КДР-8 in y → ОГЭ in y+1.
import { Procedure, ResultRecord, procedureKey } from '../model';
import { CohortRow } from '../results';
import { ResultIndex } from '../resultIndex';
import { changeBand, directionOf, roundChange } from '../rules';

/** Procedures that follow `p` one year later for the same class (same subject), in order of preference. */
export function successorProcedures(p: Procedure): Procedure[] {
  if (p.kind !== 'ВПР' && p.kind !== 'КДР') return [];
  const next: Procedure[] = [{ kind: p.kind, subject: p.subject, grade: p.grade + 1 }];
  if (p.grade === 8) next.push({ kind: 'ОГЭ', subject: p.subject, grade: 9 });
  // Grade 10 → ЕГЭ (grade 11) the next year; maths goes on as the profile or the basic exam, whichever the school has.
  if (p.grade === 10) {
    const ege = p.subject === 'Математика' ? ['Математика (профильная)', 'Математика (базовая)'] : [p.subject];
    for (const subject of ege) next.push({ kind: 'ЕГЭ', subject, grade: 11 });
  }
  return next;
}

const collator = new Intl.Collator('ru');

/** Maximal chains of at least two steps; change = last − first доля «2»; schools by name. */
export function cohortRows(index: ResultIndex, stableBand: number): CohortRow[] {
  const { cells, procedures: P, years, procedureKeys } = index.columns;
  const Y = years.length;
  const procedureId = new Map(procedureKeys.map((k, i) => [k, i]));
  // Successor procedure ids of each procedure id (only those present in the data), in order of preference.
  const successors: number[][] = procedureKeys.map((key) => {
    const p = index.procedures.get(key);
    return p ? successorProcedures(p).flatMap((next) => procedureId.get(procedureKey(next)) ?? []) : [];
  });
  // The year id that follows a year id by one calendar year (-1: none).
  const nextYear = years.map((y, i) => (years[i + 1] === y + 1 ? i + 1 : -1));
  const hasPredecessor = new Uint8Array(P * Y);
  /** The cell (p × Y + y) that continues a cell for the same class, or -1. */
  const successorCell = (base: number, p: number, y: number): number => {
    const ny = nextYear[y];
    if (ny < 0) return -1;
    for (const q of successors[p]) if (cells[base + q * Y + ny] !== 0) return q * Y + ny;
    return -1;
  };
  // Sorting by subject with the Russian collator once, not in every school's comparisons (a region has 40 000).
  const subjects = [...new Set([...index.procedures.values()].map((p) => p.subject))].sort(collator.compare);
  const subjectRank = new Map(subjects.map((s, i) => [s, i]));
  type Own = { readonly row: CohortRow; readonly subject: number; readonly year: number; readonly procedure: number };
  const rows: CohortRow[] = [];
  for (const schoolKey of index.schoolsByName) {
    const sid = index.schoolIds.get(schoolKey);
    if (sid === undefined) continue;
    const base = sid * P * Y;
    hasPredecessor.fill(0);
    let any = false;
    for (let p = 0; p < P; p++) {
      if (successors[p].length === 0) continue;
      for (let y = 0; y < Y; y++) {
        if (cells[base + p * Y + y] === 0) continue;
        const next = successorCell(base, p, y);
        if (next >= 0) {
          hasPredecessor[next] = 1;
          any = true;
        }
      }
    }
    if (!any) continue;
    const own: Own[] = [];
    for (let p = 0; p < P; p++) {
      for (let y = 0; y < Y; y++) {
        const c = p * Y + y;
        if (cells[base + c] === 0 || hasPredecessor[c] === 1) continue;
        const chain: ResultRecord[] = [index.records[cells[base + c] - 1]];
        for (let next = successorCell(base, p, y); next >= 0; next = successorCell(base, Math.floor(next / Y), next % Y)) {
          chain.push(index.records[cells[base + next] - 1]);
        }
        if (chain.length < 2) continue;
        const start = chain[0];
        const change = roundChange(chain[chain.length - 1].share2 - start.share2);
        own.push({ subject: subjectRank.get(start.procedure.subject) ?? 0, year: start.year, procedure: p, row: {
          schoolKey,
          name: index.names.get(schoolKey) ?? schoolKey,
          subject: start.procedure.subject,
          steps: chain.map((r) => ({ year: r.year, procedure: r.procedure, share2: r.share2, source: r.source })),
          change,
          direction: directionOf(change, changeBand(stableBand, chain[chain.length - 1].participants, start.participants)),
        } });
      }
    }
    // Subject, first year, first procedure (ids are in display order).
    own.sort((a, b) => a.subject - b.subject || a.year - b.year || a.procedure - b.procedure);
    for (const o of own) rows.push(o.row);
  }
  return rows;
}
