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

const schoolArb = fc.record({
  type: fc.constantFrom(...TYPES),
  place: fc.constantFrom(...PLACES),
  shares: fc.array(fc.option(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 })), { nil: undefined }), { minLength: PROCS.length, maxLength: PROCS.length }),
  participants: fc.integer({ min: 2, max: 40 }),
});

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
