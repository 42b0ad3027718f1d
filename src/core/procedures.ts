// The counted procedure set (§2): the parameters' set, or every procedure in the data; and a stable display order.
import { Dataset, Procedure, ProcedureKind, procedureKey } from './model';
import { Parameters } from './parameters';

const KIND_ORDER: Readonly<Record<ProcedureKind, number>> = { ВПР: 0, КДР: 1, ОГЭ: 2, ЕГЭ: 3 };
const collator = new Intl.Collator('ru');

/** Display order: ВПР, КДР, ОГЭ, ЕГЭ; then grade; then subject. */
export function compareProcedures(a: Procedure, b: Procedure): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.grade - b.grade || collator.compare(a.subject, b.subject);
}

/** Every distinct procedure of the dataset's results, in display order. */
export function proceduresInData(dataset: Dataset): Procedure[] {
  const seen = new Map<string, Procedure>();
  for (const r of dataset.results) {
    const key = procedureKey(r.procedure);
    if (!seen.has(key)) seen.set(key, r.procedure);
  }
  return [...seen.values()].sort(compareProcedures);
}

/** The procedures counted for К1/К2: the configured set (duplicates dropped, order kept) or, for 'all', every one in the data. */
export function resolveProcedures(dataset: Dataset, parameters: Parameters): Procedure[] {
  if (parameters.procedures === 'all') return proceduresInData(dataset);
  const seen = new Set<string>();
  const out: Procedure[] = [];
  for (const p of parameters.procedures) {
    const key = procedureKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
