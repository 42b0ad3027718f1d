// Generators of the property tests: small datasets (4 schools, 4 years, 8 procedures) and parameters.
import fc from 'fast-check';
import { AggregateRecord, Dataset, OfficialList, Procedure, ResultRecord } from '../../src/core/model';
import { DEFAULT_PROCEDURES, Parameters } from '../../src/core/parameters';
import { P, aggregate, dataset, officialList, params, result, school } from '../../src/core/testing/builders';
// ---------------------------------------------------------------- generators

export const SCHOOLS = ['s1', 's2', 's3', 's4'];
export const POOL: readonly Procedure[] = [P.vpr5Rus, P.vpr5Math, P.vpr6Math, P.ogeMath, P.egeProf, P.vpr7Math, P.kdr8Math, P.ogeRus];
export const YEARS = [2021, 2022, 2023, 2024];

export const shareArb = fc.oneof(
  fc.constantFrom(0, 20, 24.99, 25, 29.999, 30, 30.001, 49.99, 50, 100),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

export const resultArb: fc.Arbitrary<ResultRecord> = fc
  .record({
    key: fc.constantFrom(...SCHOOLS),
    year: fc.constantFrom(...YEARS),
    procedure: fc.constantFrom(...POOL),
    share2: shareArb,
    participants: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    lowered: fc.option(fc.constantFrom(10, 20, 30, 30.5, 60), { nil: undefined }),
  })
  .map((g) =>
    result(g.key, g.year, g.procedure, g.share2, {
      ...(g.participants !== undefined ? { participants: g.participants } : {}),
      ...(g.lowered !== undefined ? { lowered: g.lowered } : {}),
    }),
  );

export const regionArb: fc.Arbitrary<AggregateRecord> = fc
  .record({ year: fc.constantFrom(...YEARS), procedure: fc.constantFrom(...POOL), lowered: fc.constantFrom(20, 30, 60) })
  .map((g) => aggregate('region', g.year, g.procedure, { lowered: g.lowered }));

export const listArb: fc.Arbitrary<OfficialList> = fc
  .record({ year: fc.constantFrom(...YEARS), keys: fc.subarray(SCHOOLS) })
  .map((g) => officialList(g.year, g.keys));

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    results: fc.array(resultArb, { maxLength: 40 }),
    regions: fc.array(regionArb, { maxLength: 4 }),
    lists: fc.array(listArb, { maxLength: 2 }),
  })
  .map((g) =>
    dataset({
      results: g.results,
      schools: SCHOOLS.map((k) => school(k, `Школа ${k}`)),
      aggregates: g.regions,
      officialLists: g.lists,
    }),
  );

export const parametersArb: fc.Arbitrary<Parameters> = fc
  .record({
    threshold: fc.constantFrom(25, 30, 50),
    procedures: fc.oneof(
      fc.constant(DEFAULT_PROCEDURES),
      fc.constant('all' as const),
      fc.subarray([...POOL], { minLength: 1 }),
    ),
    targetYear: fc.option(fc.constantFrom(...YEARS), { nil: undefined }),
    riskMargin: fc.constantFrom(0, 5),
    smallSample: fc.constantFrom(5, 10),
  })
  .map((g) => params(g));

