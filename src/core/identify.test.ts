// Unit tests of ШНОР identification: worked examples of methodology.md §2, threshold, statuses, parameters.
import { identify, resolveProcedures } from './identify';
import { procedureKey } from './model';
import { Verdict } from './results';
import { P, dataset, params, result, school } from './testing/builders';

function verdictOf(verdicts: readonly Verdict[], key: string): Verdict {
  const v = verdicts.find((x) => x.schoolKey === key);
  if (!v) throw new Error(`no verdict for ${key}`);
  return v;
}

describe('worked examples of methodology.md §2', () => {
  const data = dataset({
    results: [
      result('a', 2024, P.vpr5Rus, 41),
      result('a', 2024, P.ogeMath, 33),
      result('b', 2024, P.ogeMath, 50),
      result('b', 2023, P.vpr5Math, 37.5),
      result('c', 2024, P.vpr7Math, 36),
      result('c', 2024, P.vpr5Rus, 10),
    ],
  });
  const id = identify(data, params());

  it('ВПР-5 русский 41 % and ОГЭ математика 33 % in one year → К1', () => {
    const v = verdictOf(id.verdicts, 'a');
    expect(v.status).toBe('shnor');
    expect(v.criteria).toEqual(['K1']);
  });

  it('ОГЭ математика 50 % in 2024 and ВПР-5 математика 37,5 % in 2023 → К2 only', () => {
    const v = verdictOf(id.verdicts, 'b');
    expect(v.status).toBe('shnor');
    expect(v.criteria).toEqual(['K2']);
  });

  it('ВПР-7 математика 36 % is outside the set → not ШНОР', () => {
    const v = verdictOf(id.verdicts, 'c');
    expect(v.status).toBe('ok');
    expect(v.criteria).toEqual([]);
    expect(v.low).toEqual([]);
  });

  it('Y defaults to the latest year in the data', () => {
    expect(id.targetYear).toBe(2024);
    expect(id.previousYear).toBe(2023);
  });
});

describe('threshold is inclusive', () => {
  it('exactly 30 is low, 29,999 is not', () => {
    const id = identify(
      dataset({
        results: [
          result('exact', 2024, P.vpr5Rus, 30),
          result('exact', 2024, P.vpr5Math, 30),
          result('below', 2024, P.vpr5Rus, 29.999),
          result('below', 2024, P.vpr5Math, 30),
        ],
      }),
      params(),
    );
    expect(verdictOf(id.verdicts, 'exact').criteria).toEqual(['K1']);
    expect(verdictOf(id.verdicts, 'below').status).toBe('risk');
  });

  it('a share computed with float noise (100 − 0,2 − 0,4 − 69,4) still counts as 30', () => {
    const noisy = 100 - 0.2 - 0.4 - 69.4; // 29.999999999999986 in IEEE doubles
    expect(noisy).toBeLessThan(30);
    const id = identify(
      dataset({ results: [result('s', 2024, P.vpr5Rus, noisy), result('s', 2024, P.ogeMath, 0.3 * 100)] }),
      params(),
    );
    expect(verdictOf(id.verdicts, 's').criteria).toEqual(['K1']);
  });
});

describe('statuses', () => {
  it('К1 and К2 can both hold', () => {
    const id = identify(
      dataset({
        results: [result('s', 2024, P.vpr5Rus, 40), result('s', 2024, P.ogeMath, 35), result('s', 2023, P.egeRus, 31)],
      }),
      params(),
    );
    const v = verdictOf(id.verdicts, 's');
    expect(v.criteria).toEqual(['K1', 'K2']);
    expect(v.low.map((r) => [r.year, procedureKey(r.procedure)])).toEqual([
      [2024, 'ВПР|Русский язык|5'],
      [2024, 'ОГЭ|Математика|9'],
      [2023, 'ЕГЭ|Русский язык|11'],
    ]);
  });

  it('no result in a counted procedure of Y → no_data (even with results in Y−1 or non-counted ones)', () => {
    const id = identify(
      dataset({
        results: [result('x', 2023, P.vpr5Rus, 60), result('x', 2024, P.vpr7Math, 80), result('y', 2024, P.vpr5Rus, 10)],
        schools: [school('x'), school('y'), school('empty', 'Пустая ООШ')],
      }),
      params(),
    );
    expect(verdictOf(id.verdicts, 'x').status).toBe('no_data');
    expect(verdictOf(id.verdicts, 'empty').status).toBe('no_data');
    expect(verdictOf(id.verdicts, 'empty').name).toBe('Пустая ООШ');
    expect(verdictOf(id.verdicts, 'y').status).toBe('ok');
  });

  it('risk: exactly one low counted procedure in Y and none in Y−1', () => {
    const id = identify(dataset({ results: [result('s', 2024, P.ogeMath, 45), result('s', 2024, P.vpr5Rus, 5)] }), params());
    const v = verdictOf(id.verdicts, 's');
    expect(v.status).toBe('risk');
    expect(v.criteria).toEqual([]);
    expect(v.nearThreshold).toEqual([]);
  });

  it('risk: a share within the margin below the threshold (25 ≤ share < 30), boundary included', () => {
    const id = identify(
      dataset({
        results: [
          result('at25', 2024, P.vpr5Rus, 25),
          result('under25', 2024, P.vpr5Rus, 24.99),
          result('near', 2024, P.vpr6Math, 29.9),
        ],
      }),
      params(),
    );
    expect(verdictOf(id.verdicts, 'at25').status).toBe('risk');
    expect(verdictOf(id.verdicts, 'at25').nearThreshold.map((r) => r.share2)).toEqual([25]);
    expect(verdictOf(id.verdicts, 'under25').status).toBe('ok');
    expect(verdictOf(id.verdicts, 'near').status).toBe('risk');
  });

  it('every school of the list gets a verdict, in the list order, with its display name', () => {
    const schools = [school('k2', 'Вторая СОШ'), school('k1', 'Первая СОШ')];
    const id = identify(dataset({ schools, results: [result('k1', 2024, P.vpr5Rus, 1)] }), params());
    expect(id.verdicts.map((v) => [v.schoolKey, v.name])).toEqual([
      ['k2', 'Вторая СОШ'],
      ['k1', 'Первая СОШ'],
    ]);
  });

  it('duplicates of school/year/procedure: the first one is used', () => {
    const id = identify(
      dataset({
        results: [
          result('s', 2024, P.vpr5Rus, 10),
          result('s', 2024, P.vpr5Rus, 90),
          result('s', 2024, P.ogeMath, 50),
        ],
      }),
      params(),
    );
    const v = verdictOf(id.verdicts, 's');
    expect(v.status).toBe('risk');
    expect(v.low.map((r) => r.share2)).toEqual([50]);
  });
});

describe('parameters change the verdict', () => {
  const data = dataset({
    results: [
      result('s', 2024, P.vpr5Rus, 27),
      result('s', 2024, P.ogeMath, 26),
      result('s', 2024, P.vpr7Math, 80),
      result('s', 2023, P.vpr7Math, 80),
      result('s', 2023, P.vpr5Rus, 50),
      result('s', 2023, P.ogeMath, 50),
    ],
  });

  it('threshold 25 turns 27 % and 26 % into low results (К1)', () => {
    expect(verdictOf(identify(data, params()).verdicts, 's').status).toBe('risk');
    const v = verdictOf(identify(data, params({ threshold: 25 })).verdicts, 's');
    expect(v.criteria).toEqual(['K1', 'K2']);
  });

  it('a custom procedure set counts only its procedures', () => {
    const v = verdictOf(identify(data, params({ procedures: [P.vpr7Math] })).verdicts, 's');
    expect(v.criteria).toEqual(['K2']);
    expect(v.low.every((r) => procedureKey(r.procedure) === procedureKey(P.vpr7Math))).toBe(true);
  });

  it("'all' counts every procedure in the data", () => {
    const v = verdictOf(identify(data, params({ procedures: 'all' })).verdicts, 's');
    expect(v.criteria).toEqual(['K2']);
    expect(v.low.map((r) => r.year)).toEqual([2024, 2023, 2023, 2023]);
  });

  it('an explicit target year moves Y and Y−1', () => {
    const id = identify(data, params({ targetYear: 2023 }));
    expect(id.targetYear).toBe(2023);
    expect(verdictOf(id.verdicts, 's').criteria).toEqual(['K1']);
    expect(verdictOf(id.verdicts, 's').listChange).toBe('unknown');
  });

  it('the risk margin is a parameter', () => {
    expect(verdictOf(identify(data, params({ riskMargin: 2 })).verdicts, 's').status).toBe('ok');
  });
});

describe('resolveProcedures', () => {
  it('returns the set (without duplicates) or every procedure in the data for all', () => {
    const data = dataset({ results: [result('s', 2024, P.ogeMath, 1), result('s', 2024, P.vpr7Math, 1)] });
    expect(resolveProcedures(data, params({ procedures: [P.ogeMath, P.ogeMath, P.vpr5Rus] }))).toEqual([P.ogeMath, P.vpr5Rus]);
    expect(resolveProcedures(data, params({ procedures: 'all' }))).toEqual([P.vpr7Math, P.ogeMath]);
  });

  it('matches procedures by kind, subject and grade exactly', () => {
    const data = dataset({
      results: [
        result('s', 2024, { kind: 'КДР', subject: 'Русский язык', grade: 5 }, 90),
        result('s', 2024, { kind: 'ВПР', subject: 'Русский язык', grade: 7 }, 90),
        result('s', 2024, { kind: 'ЕГЭ', subject: 'Математика', grade: 11 }, 90),
      ],
    });
    expect(verdictOf(identify(data, params()).verdicts, 's').status).toBe('no_data');
  });
});
