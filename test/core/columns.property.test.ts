// Property tests of the columnar engine: the dictionary-encoded cells hold exactly the index's records, the typed
// status pass agrees with the full evaluation of every school and year, and explanations written on reading behave as fields.
import fc from 'fast-check';
import { createContext } from '../../src/core/context';
import { identify } from '../../src/core/identify';
import { procedureKey } from '../../src/core/model';
import { RULE_SETS, RuleSetId } from '../../src/core/ruleSets/presets';
import { YEARS, datasetArb, parametersArb } from './arbitraries';

describe('columnar index', () => {
  it('every (school, procedure, year) cell holds the first record of the dataset for it, and no other cell is filled', () => {
    fc.assert(
      fc.property(datasetArb, parametersArb, (ds, prm) => {
        const { index } = createContext(ds, prm);
        const { cells, procedures: P, years, procedureKeys } = index.columns;
        const Y = years.length;
        let filled = 0;
        index.schoolKeys.forEach((key, s) => {
          expect(index.schoolIds.get(key)).toBe(s);
          for (let p = 0; p < P; p++) {
            for (let y = 0; y < Y; y++) {
              const at = cells[(s * P + p) * Y + y];
              // Naively: the first record of the dataset for this school, procedure and year.
              const expected = ds.results.find((r) => r.schoolKey === key && r.year === years[y] && procedureKey(r.procedure) === procedureKeys[p]);
              expect(at === 0 ? undefined : index.records[at - 1]).toBe(expected);
              if (at !== 0) filled += 1;
            }
          }
        });
        expect(filled).toBe(index.records.length);
        // Procedure ids are in display order.
        expect(procedureKeys).toEqual([...index.procedureRank.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k));
        for (const r of index.records) expect(procedureKeys).toContain(procedureKey(r.procedure));
      }),
      { numRuns: 300 },
    );
  });
});

describe('typed status pass', () => {
  it('gives every school in every year the status of the full evaluation (К1/К2 rule sets)', () => {
    const ruleSets = (Object.keys(RULE_SETS) as RuleSetId[]).filter((k) => RULE_SETS[k].bottomPercent === undefined);
    fc.assert(
      fc.property(datasetArb, parametersArb, fc.constantFrom(...ruleSets), fc.constantFrom(0, 5, 10), (ds, prm, ruleSet, minParticipants) => {
        const parameters = { ...prm, ruleSet, minParticipants };
        for (const year of [...YEARS, 2020]) {
          const typed = createContext(ds, parameters).evaluator.statusesAt(year);
          const full = createContext(ds, parameters).evaluator.at(year);
          for (const key of createContext(ds, parameters).index.schoolKeys) expect(typed(key)).toBe(full.get(key)?.status);
          expect(typed('нет такой школы')).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('lazy explanations', () => {
  it('are enumerable, stable between reads, and survive JSON and spreading', () => {
    fc.assert(
      fc.property(datasetArb, parametersArb, (ds, prm) => {
        fc.pre(ds.results.length > 0);
        const { verdicts } = identify(ds, prm);
        for (const v of verdicts) {
          expect(Object.keys(v)).toContain('explanation');
          expect(typeof v.explanation).toBe('string');
          expect(v.explanation.length).toBeGreaterThan(0);
          expect(v.explanation).toBe(v.explanation);
          expect({ ...v }.explanation).toBe(v.explanation);
          expect(JSON.parse(JSON.stringify(v)).explanation).toBe(v.explanation);
        }
      }),
      { numRuns: 100 },
    );
  });
});
