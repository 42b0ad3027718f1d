// A school's pooled доля «2» over the counted procedures of some years, weighted by participants: count «2» / participants.
import { ResultRecord, procedureKey } from '../model';

export interface Pooled {
  readonly result: number;
  readonly n: number;
}

/** Sums count «2» and participants per school over records of the given years and counted procedure keys. */
export function pooledResults(results: readonly ResultRecord[], years: readonly number[], counted: ReadonlySet<string>): Map<string, Pooled> {
  const sums = new Map<string, { twos: number; n: number }>();
  for (const r of results) {
    if (!years.includes(r.year) || r.participants === undefined || !(r.participants > 0)) continue;
    if (!counted.has(procedureKey(r.procedure))) continue;
    const twos = r.count2 ?? (r.share2 * r.participants) / 100;
    const s = sums.get(r.schoolKey);
    if (s) { s.twos += twos; s.n += r.participants; } else sums.set(r.schoolKey, { twos, n: r.participants });
  }
  const out = new Map<string, Pooled>();
  for (const [key, s] of sums) out.set(key, { result: (100 * s.twos) / s.n, n: s.n });
  return out;
}
