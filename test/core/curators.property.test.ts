// Properties of the curator assignment (methodology.md §4a) over generated districts: the load limit holds, no curator
// is flagged, at risk, ШНОР or small in the compared procedures, each is better in every compared procedure, every ШНОР
// has a curator or a stated gap, and the assignment is deterministic and independent of the order of the results.
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { Dataset, Procedure, ResultRecord, School, procedureKey } from '../../src/core/model';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';

const PROCS: readonly Procedure[] = [
  { kind: 'ВПР', subject: 'Русский язык', grade: 5 },
  { kind: 'ВПР', subject: 'Математика', grade: 5 },
  { kind: 'ОГЭ', subject: 'Математика', grade: 9 },
];
const PLACES = ['Северный район', 'Южный район', undefined];
const TYPES = ['СОШ', 'ООШ', 'Гимназия'];

const schoolArbOf = (types: readonly string[]) => fc.record({
  type: fc.constantFrom(...types),
  place: fc.constantFrom(...PLACES),
  shares: fc.array(fc.option(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 })), { nil: undefined }), { minLength: PROCS.length, maxLength: PROCS.length }),
  participants: fc.integer({ min: 2, max: 40 }),
});
const schoolArb = schoolArbOf(TYPES);

function build(specs: readonly fc.RecordValue<{ type: string; place: string | undefined; shares: ([number, number] | undefined)[]; participants: number }>[]): Dataset {
  const schools: School[] = specs.map((s, i) => ({ key: `k${i}`, name: s.type === 'Гимназия' ? `Гимназия № ${i}` : `${s.type} № ${i}`, aliases: [], ...(s.place ? { municipality: s.place } : {}) }));
  let cell = 0;
  const results: ResultRecord[] = specs.flatMap((s, i) => s.shares.flatMap((pair, p) => (pair === undefined ? [] : [2023, 2024].map((year, y) => ({
    schoolKey: `k${i}`, year, procedure: PROCS[p], share2: pair[y], participants: s.participants, source: { file: '', sheet: 'Д', cell: `A${++cell}` },
  })))));
  return { schools, results, aggregates: [], officialLists: [], warnings: [] };
}

describe('curator assignment — properties', () => {
  it('respects the load limit and the candidate rule, and explains every ШНОР left without a curator', () => {
    fc.assert(fc.property(fc.array(schoolArb, { minLength: 2, maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (specs, limit) => {
      const a = analyze(build(specs), { ...DEFAULT_PARAMETERS, curatorLoad: limit });
      const verdicts = new Map(a.identification.verdicts.map((v) => [v.schoolKey, v]));
      const load = new Map<string, number>();
      for (const v of a.identification.verdicts.filter((x) => x.status === 'shnor')) {
        const list = a.partners?.get(v.schoolKey);
        const gap = a.curatorGaps?.get(v.schoolKey);
        expect(list !== undefined || gap !== undefined).toBe(true);
        if (!list) continue;
        expect(list).toHaveLength(1);
        const c = verdicts.get(list[0].schoolKey ?? '');
        expect(c?.status).toBe('ok');
        expect(c?.previousStatus === undefined || c?.previousStatus === 'ok' || c?.previousStatus === 'no_data').toBe(true);
        expect(c?.flags).not.toContain('objectivity');
        for (const p of list[0].reason.procedures) {
          expect(p.partner).toBeLessThan(p.own);
          const theirs = a.dataset.results.find((r) => r.schoolKey === c?.schoolKey && r.year === a.identification.targetYear && procedureKey(r.procedure) === procedureKey(p.procedure));
          expect((theirs?.participants ?? 99) >= DEFAULT_PARAMETERS.smallSample).toBe(true);
        }
        load.set(c?.schoolKey ?? '', (load.get(c?.schoolKey ?? '') ?? 0) + 1);
      }
      for (const n of load.values()) expect(n).toBeLessThanOrEqual(limit);
    }), { numRuns: 150 });
  });

  it('is deterministic and does not depend on the order of the results', () => {
    fc.assert(fc.property(fc.array(schoolArb, { minLength: 2, maxLength: 20 }), (specs) => {
      const data = build(specs);
      const once = analyze(data, DEFAULT_PARAMETERS);
      const reversed = analyze({ ...data, results: [...data.results].reverse() }, DEFAULT_PARAMETERS);
      const names = (m: ReadonlyMap<string, readonly { name: string }[]> | undefined): [string, string[]][] =>
        [...(m ?? new Map<string, readonly { name: string }[]>())].map(([k, l]): [string, string[]] => [k, l.map((p) => p.name)]).sort((x, y) => x[0].localeCompare(y[0]));
      expect(names(reversed.partners)).toEqual(names(once.partners));
    }), { numRuns: 100 });
  });
});

/** The assignment of §4a written plainly: every option of every ШНОР scored and sorted, then the same greedy choice. */
function naiveAssignment(a: ReturnType<typeof analyze>, limit: number): Map<string, string> {
  const id = a.identification;
  const y = id.targetYear;
  const place = new Map(a.dataset.schools.map((s) => [s.key, s.municipality]));
  const res = (key: string, p: Procedure): ResultRecord | undefined =>
    a.dataset.results.find((r) => r.schoolKey === key && r.year === y && procedureKey(r.procedure) === procedureKey(p));
  const level = (name: string): number => (/ООШ/.test(name) ? 1 : 2);
  const stable = id.verdicts.filter((v) => v.status === 'ok' && (v.previousStatus === undefined || v.previousStatus === 'ok' || v.previousStatus === 'no_data') && !v.flags.includes('objectivity'));
  const collator = new Intl.Collator('ru');
  const needs = id.verdicts.filter((v) => v.status === 'shnor').map((v, order) => {
    const ofY = v.low.filter((r) => r.year === y);
    const procs = [...new Map((ofY.length > 0 ? ofY : v.low).map((r) => [procedureKey(r.procedure), r.procedure])).values()];
    const options = stable.flatMap((c) => {
      if (level(c.name) < level(v.name)) return [];
      const pv = place.get(v.schoolKey);
      const pc = place.get(c.schoolKey);
      if (pv !== undefined && pc !== undefined && pv !== pc) return [];
      let sum = 0;
      for (const p of procs) {
        const mine = res(v.schoolKey, p) ?? v.low.find((r) => procedureKey(r.procedure) === procedureKey(p));
        const theirs = res(c.schoolKey, p);
        if (!mine || !theirs || theirs.share2 >= id.parameters.threshold || theirs.share2 >= mine.share2 || (theirs.participants ?? 99) < id.parameters.smallSample) return [];
        sum += theirs.share2;
      }
      const score = sum / procs.length + (level(c.name) === level(v.name) ? 0 : 5);
      return [{ c, score, same: pv !== undefined && pc === pv }];
    }).sort((p, q) => Number(q.same) - Number(p.same) || p.score - q.score || collator.compare(p.c.name, q.c.name));
    return { v, options, order };
  });
  const load = new Map<string, number>();
  const out = new Map<string, string>();
  for (const n of [...needs].sort((p, q) => p.options.length - q.options.length || p.order - q.order)) {
    let best: (typeof n.options)[number] | undefined;
    for (const o of n.options) {
      const used = load.get(o.c.schoolKey) ?? 0;
      if (used >= limit) continue;
      if (!best) best = o;
      else if (o.same === best.same && o.score - best.score <= 0.05) { if (used < (load.get(best.c.schoolKey) ?? 0)) best = o; } else break;
    }
    if (best) {
      load.set(best.c.schoolKey, (load.get(best.c.schoolKey) ?? 0) + 1);
      out.set(n.v.schoolKey, best.c.name);
    }
  }
  return out;
}

describe('curator assignment — against a naive reference', () => {
  it('assigns the same curators as scoring every option of every ШНОР', () => {
    // Names whose level the reference reads simply (СОШ / ООШ).
    const noGymnasium = schoolArbOf(['СОШ', 'ООШ']);
    fc.assert(fc.property(fc.array(noGymnasium, { minLength: 2, maxLength: 60 }), fc.integer({ min: 1, max: 2 }), (specs, limit) => {
      const a = analyze(build(specs), { ...DEFAULT_PARAMETERS, curatorLoad: limit });
      const got = new Map([...(a.partners ?? new Map())].map(([k, l]) => [k, l[0].name]));
      expect(got).toEqual(naiveAssignment(a, limit));
    }), { numRuns: 150 });
  });
});
