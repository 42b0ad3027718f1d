// Rule sets (methodology.md §2 "Rule sets"): worked examples per preset, and properties against the default rules.
import fc from 'fast-check';
import { identify } from '../../src/core/identify';
import { Dataset } from '../../src/core/model';
import { Parameters } from '../../src/core/parameters';
import { P, dataset, params, result } from '../../src/core/testing/builders';
import { datasetArb, parametersArb } from './arbitraries';

function verdict(ds: Dataset, prm: Parameters, key: string) {
  const v = identify(ds, prm).verdicts.find((x) => x.schoolKey === key);
  if (!v) throw new Error(`no verdict for ${key}`);
  return v;
}

describe('«К2 по одной процедуре»', () => {
  // Low in 2023 in ВПР-5 математика, in 2024 in ОГЭ математика: different procedures.
  const different = dataset({ results: [result('a', 2023, P.vpr5Math, 40), result('a', 2024, P.ogeMath, 50), result('a', 2024, P.vpr5Rus, 10)] });
  const same = dataset({ results: [result('b', 2023, P.vpr5Math, 40), result('b', 2024, P.vpr5Math, 35)] });

  it('K2 needs the same procedure low in Y−1 and Y; the municipal rule accepts any', () => {
    expect(verdict(different, params(), 'a').criteria).toEqual(['K2']);
    const strict = verdict(different, params({ ruleSet: 'same-procedure' }), 'a');
    expect([strict.status, strict.criteria]).toEqual(['risk', []]);
    expect(strict.explanation).toContain('Правило «К2 по одной процедуре».');
    const b = verdict(same, params({ ruleSet: 'same-procedure' }), 'b');
    expect(b.criteria).toEqual(['K2']);
    expect(b.explanation).toContain('ШНОР по критерию К2 (одна и та же процедура): доля «2» ≥ 30 % и в 2023 г., и в 2024 г.: ВПР-5 математика — 35,0 %');
  });
});

describe('«Минимум участников»', () => {
  const ds = dataset({ results: [
    result('a', 2024, P.egeRus, 66.7, { participants: 3 }), result('a', 2024, P.egeProf, 50, { participants: 2 }),
    result('b', 2024, P.egeRus, 40, { participants: 20 }), result('b', 2024, P.egeProf, 35, { participants: 12 }),
  ] });

  it('a result with fewer participants cannot be low; it is still shown, marked and explained', () => {
    expect(verdict(ds, params(), 'a').criteria).toEqual(['K1']);
    const a = verdict(ds, params({ minParticipants: 5 }), 'a');
    expect([a.status, a.criteria]).toEqual(['ok', []]);
    expect(a.explanation).toContain('Не считаются низкими (меньше минимума участников): ЕГЭ русский язык — 66,7 % (ЕГЭ 2024!C2) — 3 уч.');
    expect(verdict(ds, params({ minParticipants: 5 }), 'b').criteria).toEqual(['K1']);
  });
});

describe('«Нижние N %»', () => {
  // 8 schools; mean доля «2» over 2022–2024 of the counted procedures (results under 5 participants left out).
  const shares: Record<string, number[]> = {
    s1: [50, 40, 45], s2: [30, 35, 32], s3: [20, 22, 18], s4: [10, 12, 8], s5: [5, 5, 5], s6: [0, 0, 0], s7: [25, 15, 20], s8: [60, 70, 65],
  };
  const results = Object.entries(shares).flatMap(([key, s]) => s.map((share, i) => result(key, 2022 + i, P.vpr5Math, share, { participants: 20 })));
  // s9: very low share, but on 3 participants: not ranked on that result.
  const ds = dataset({ results: [...results, result('s9', 2024, P.vpr5Math, 90, { participants: 3 }), result('s9', 2024, P.vpr5Rus, 1, { participants: 30 })] });

  it('the worst 15 % (ceil of 9 × 0,15 = 2) are ШНОР, with mean, place and cut-off in the explanation', () => {
    const id = identify(ds, params({ ruleSet: 'bottom-15' }));
    expect(id.verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey).sort()).toEqual(['s1', 's8']);
    const s8 = id.verdicts.find((v) => v.schoolKey === 's8');
    expect(s8?.criteria).toEqual(['BOTTOM']);
    expect(s8?.explanation).toContain('ШНОР по правилу «Нижние 15 %»: средняя доля «2» 65,0 % за 2022–2024 гг. (3 результата, от 5 участников) — 1-е место с конца из 9; в нижние 15 % входят 2.');
  });

  it('the worst 25 % (ceil of 9 × 0,25 = 3) add the third; a result under the minimum is not in the mean', () => {
    const id = identify(ds, params({ ruleSet: 'bottom-25' }));
    expect(id.verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey).sort()).toEqual(['s1', 's2', 's8']);
    expect(id.verdicts.find((v) => v.schoolKey === 's9')?.status).not.toBe('shnor');
  });
});

describe('rule sets, properties', () => {
  it('«К2 по одной процедуре» ⊆ «Муниципальная»', () => {
    fc.assert(fc.property(datasetArb, parametersArb, (ds, prm) => {
      const municipal = new Set(identify(ds, prm).verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey));
      for (const v of identify(ds, { ...prm, ruleSet: 'same-procedure' }).verdicts) if (v.status === 'shnor') expect(municipal.has(v.schoolKey)).toBe(true);
    }));
  });

  it('raising the minimum of participants never adds a school (both К-rules)', () => {
    fc.assert(fc.property(datasetArb, parametersArb, fc.constantFrom(0, 3, 5), fc.constantFrom(1, 5, 20), fc.constantFrom('municipal' as const, 'same-procedure' as const), (ds, prm, low, more, ruleSet) => {
      const list = (min: number) => new Set(identify(ds, { ...prm, ruleSet, minParticipants: min }).verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey));
      const fewer = list(low);
      for (const key of list(low + more)) expect(fewer.has(key)).toBe(true);
    }));
  });

  it('«Нижние 25 %» holds at least as many schools as «Нижние 15 %», and every «15 %» school is in it', () => {
    fc.assert(fc.property(datasetArb, parametersArb, (ds, prm) => {
      const list = (ruleSet: 'bottom-15' | 'bottom-25') => identify(ds, { ...prm, ruleSet }).verdicts.filter((v) => v.status === 'shnor').map((v) => v.schoolKey);
      const wide = new Set(list('bottom-25'));
      for (const key of list('bottom-15')) expect(wide.has(key)).toBe(true);
    }));
  });
});
