// Property tests: identify() against a naive reference written straight from methodology.md §2–§3, plus monotonicity.
import fc from 'fast-check';
import { identify } from '../../src/core/identify';
import { Dataset, Procedure, ResultRecord, procedureKey } from '../../src/core/model';
import { Parameters } from '../../src/core/parameters';
import { Criterion, Flag, ListChange, Status } from '../../src/core/results';
import { result } from '../../src/core/testing/builders';
import { POOL, SCHOOLS, YEARS, datasetArb, parametersArb } from './arbitraries';

// ---------------------------------------------------------------- naive reference (simple loops, no indexes)

function same(a: Procedure, b: Procedure): boolean {
  return a.kind === b.kind && a.subject === b.subject && a.grade === b.grade;
}

interface NaiveVerdict {
  schoolKey: string;
  status: Status;
  criteria: Criterion[];
  listChange: ListChange;
  previousStatus?: Status | 'listed';
  low: ResultRecord[];
  flags: Flag[];
}

function naiveIdentify(ds: Dataset, prm: Parameters): { targetYear: number; verdicts: NaiveVerdict[] } {
  let targetYear = prm.targetYear ?? -Infinity;
  if (prm.targetYear === undefined) for (const r of ds.results) if (r.year > targetYear) targetYear = r.year;
  const counted: Procedure[] = [];
  if (prm.procedures === 'all') {
    for (const r of ds.results) if (!counted.some((c) => same(c, r.procedure))) counted.push(r.procedure);
  } else counted.push(...prm.procedures);
  const isCounted = (p: Procedure): boolean => counted.some((c) => same(c, p));
  // "If dataset.results holds duplicates for the same school/year/procedure, use the first."
  const first = (key: string, year: number, p: Procedure): ResultRecord | undefined =>
    ds.results.find((r) => r.schoolKey === key && r.year === year && same(r.procedure, p));
  const countedOf = (key: string, year: number): ResultRecord[] => {
    const out: ResultRecord[] = [];
    for (const c of counted) {
      const r = first(key, year, c);
      if (r) out.push(r);
    }
    return out;
  };
  const judge = (key: string, year: number) => {
    const current = countedOf(key, year);
    const lowCurrent = current.filter((r) => r.share2 >= prm.threshold);
    const lowPrevious = countedOf(key, year - 1).filter((r) => r.share2 >= prm.threshold);
    const criteria: Criterion[] = [];
    if (lowCurrent.length >= 2) criteria.push('K1');
    if (lowCurrent.length >= 1 && lowPrevious.length >= 1) criteria.push('K2');
    const near = current.some((r) => r.share2 >= prm.threshold - prm.riskMargin && r.share2 < prm.threshold);
    let status: Status = 'ok';
    if (criteria.length > 0) status = 'shnor';
    else if (current.length === 0) status = 'no_data';
    else if (lowCurrent.length === 1 || near) status = 'risk';
    return { status, criteria, current, lowCurrent, lowPrevious };
  };
  const previousYear = targetYear - 1;
  const computable = ds.results.some((r) => r.year === previousYear && isCounted(r.procedure));
  const lists = ds.officialLists.filter((l) => l.year === previousYear);

  const verdicts = ds.schools.map((s): NaiveVerdict => {
    const j = judge(s.key, targetYear);
    let wasShnor: boolean | undefined;
    let previousStatus: Status | 'listed' | undefined;
    const computed = computable ? judge(s.key, previousYear).status : undefined;
    if (lists.length > 0) {
      wasShnor = lists.some((l) => l.schoolKeys.includes(s.key));
      previousStatus = wasShnor ? 'listed' : computed === 'shnor' ? undefined : computed;
    } else if (computable) {
      wasShnor = computed === 'shnor';
      previousStatus = computed;
    }
    const isShnor = j.status === 'shnor';
    let listChange: ListChange = 'unknown';
    if (wasShnor !== undefined) {
      if (isShnor && wasShnor) listChange = 'stayed';
      else if (isShnor) listChange = 'entered';
      else if (wasShnor) listChange = 'exited';
      else listChange = 'none';
    }
    const small = (r: ResultRecord): boolean => r.participants !== undefined && r.participants < prm.smallSample;
    const flags: Flag[] = [];
    if (j.current.some(small) || (j.criteria.includes('K2') && j.lowPrevious.some(small))) flags.push('small_sample');
    // Objectivity (§7) needs two markers or a strong one: these statistics give at most P6a (понизили), so never.
    return {
      schoolKey: s.key,
      status: j.status,
      criteria: j.criteria,
      listChange,
      ...(previousStatus !== undefined ? { previousStatus } : {}),
      low: [...j.lowCurrent, ...j.lowPrevious],
      flags,
    };
  });
  return { targetYear, verdicts };
}

/** Low results in a canonical order, since the order of 'all' procedures is a display choice. */
function canonical(records: readonly ResultRecord[]): ResultRecord[] {
  const key = (r: ResultRecord): string => `${9999 - r.year}|${procedureKey(r.procedure)}`;
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

// ---------------------------------------------------------------- properties

describe('identify agrees with the naive reference', () => {
  it('status, criteria, list movement, previous status, low results and flags', () => {
    fc.assert(
      fc.property(datasetArb, parametersArb, (ds, prm) => {
        fc.pre(ds.results.length > 0 || prm.targetYear !== undefined);
        const actual = identify(ds, prm);
        const expected = naiveIdentify(ds, prm);
        expect(actual.targetYear).toBe(expected.targetYear);
        expect(
          actual.verdicts.map((v) => ({
            schoolKey: v.schoolKey,
            status: v.status,
            criteria: [...v.criteria],
            listChange: v.listChange,
            ...(v.previousStatus !== undefined ? { previousStatus: v.previousStatus } : {}),
            low: canonical(v.low),
            flags: [...v.flags],
          })),
        ).toEqual(expected.verdicts.map((v) => ({ ...v, low: canonical(v.low) })));
        // Order within a verdict: year descending (procedure order within a year is checked in the unit tests).
        for (const v of actual.verdicts) {
          expect(v.low.every((r, i) => i === 0 || v.low[i - 1].year >= r.year)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('monotonicity', () => {
  const shnorKeys = (ds: Dataset, prm: Parameters): string[] =>
    identify(ds, prm)
      .verdicts.filter((v) => v.status === 'shnor')
      .map((v) => v.schoolKey);

  it('raising the threshold never adds a ШНОР', () => {
    fc.assert(
      fc.property(datasetArb, parametersArb, fc.double({ min: 0, max: 40, noNaN: true }), (ds, prm, raise) => {
        const before = shnorKeys(ds, prm);
        const after = shnorKeys(ds, { ...prm, threshold: prm.threshold + raise });
        expect(after.every((k) => before.includes(k))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a low counted result never removes a ШНОР', () => {
    const addition = fc.record({
      key: fc.constantFrom(...SCHOOLS),
      back: fc.constantFrom(0, 1),
      pick: fc.nat(),
      extra: fc.double({ min: 0, max: 30, noNaN: true }),
    });
    fc.assert(
      fc.property(datasetArb, parametersArb, fc.constantFrom(...YEARS), addition, (ds, prm0, year, add) => {
        const prm = { ...prm0, targetYear: year };
        const pool = prm.procedures === 'all' ? POOL : prm.procedures;
        const procedure = pool[add.pick % pool.length];
        const added = result(add.key, year - add.back, procedure, Math.min(100, prm.threshold + add.extra));
        const before = shnorKeys(ds, prm);
        const after = shnorKeys({ ...ds, results: [...ds.results, added] }, prm);
        expect(before.every((k) => after.includes(k))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
