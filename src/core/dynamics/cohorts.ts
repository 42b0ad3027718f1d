// Cohorts (§4): the same class followed across years — ВПР/КДР grade g in y → g+1 in y+1, ВПР-8/КДР-8 in y → ОГЭ in y+1.
import { Procedure, ResultRecord, procedureKey } from '../model';
import { CohortRow } from '../results';
import { compareProcedures } from '../procedures';
import { ResultIndex, YearResults } from '../resultIndex';
import { changeBand, directionOf, roundChange } from '../rules';
import { yearsAscending } from './rows';

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
  const successorKeys = new Map<string, string[]>();
  for (const [pKey, p] of index.procedures) successorKeys.set(pKey, successorProcedures(p).map(procedureKey));
  const rows: CohortRow[] = [];
  for (const schoolKey of index.schoolsByName) {
    const years = index.bySchool.get(schoolKey);
    if (!years) continue;
    type Node = readonly [year: number, pKey: string, record: ResultRecord];
    const successor = ([year, pKey]: Node): Node | undefined => {
      const next: YearResults | undefined = years.get(year + 1);
      if (!next) return undefined;
      for (const key of successorKeys.get(pKey) ?? []) {
        const found = next.get(key);
        if (found) return [year + 1, key, found];
      }
      return undefined;
    };
    const ordered: Node[] = [];
    for (const year of yearsAscending(years)) for (const [pKey, r] of years.get(year) ?? []) ordered.push([year, pKey, r]);
    const hasPredecessor = new Set<ResultRecord>();
    for (const node of ordered) {
      const next = successor(node);
      if (next) hasPredecessor.add(next[2]);
    }
    const own: CohortRow[] = [];
    for (const node of ordered) {
      const start = node[2];
      if (hasPredecessor.has(start)) continue;
      const chain: ResultRecord[] = [start];
      for (let next = successor(node); next; next = successor(next)) chain.push(next[2]);
      if (chain.length < 2) continue;
      const change = roundChange(chain[chain.length - 1].share2 - start.share2);
      own.push({
        schoolKey,
        name: index.names.get(schoolKey) ?? schoolKey,
        subject: start.procedure.subject,
        steps: chain.map((r) => ({ year: r.year, procedure: r.procedure, share2: r.share2, source: r.source })),
        change,
        direction: directionOf(change, changeBand(stableBand, chain[chain.length - 1].participants, start.participants)),
      });
    }
    own.sort(
      (a, b) =>
        collator.compare(a.subject, b.subject) ||
        a.steps[0].year - b.steps[0].year ||
        compareProcedures(a.steps[0].procedure, b.steps[0].procedure),
    );
    rows.push(...own);
  }
  return rows;
}
