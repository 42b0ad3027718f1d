// Tests of the marks (§3): малая выборка (Y, and Y−1 lows used by К2) and объективность (region row or default threshold).
import { identify } from './identify';
import { Parameters } from './parameters';
import { WorkObjectivity } from './objectivity';
import { P, aggregate, dataset, params, result } from './testing/builders';

describe('small sample', () => {
  it('a counted result of Y with fewer participants than smallSample marks the school; the verdict stands', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.vpr5Rus, 50, { participants: 4 }),
        result('s', 2024, P.vpr5Math, 50, { participants: 5 }),
        result('t', 2024, P.vpr5Rus, 50, { participants: 5 }),
        result('t', 2024, P.vpr7Math, 50, { participants: 1 }),
        result('u', 2024, P.vpr5Rus, 50),
      ],
    });
    const [s, t, u] = identify(data, params()).verdicts;
    expect(s.status).toBe('shnor');
    expect(s.flags).toEqual(['small_sample']);
    expect(s.smallSamples.map((r) => r.participants)).toEqual([4]);
    expect(t.flags).toEqual([]);
    expect(u.flags).toEqual([]);
  });

  it('a low Y−1 result used by К2 with few participants marks the school; a non-used one does not', () => {
    const data = dataset({
      results: [
        result('k2', 2023, P.ogeMath, 50, { participants: 3 }),
        result('k2', 2024, P.ogeMath, 50, { participants: 20 }),
        result('notk2', 2023, P.ogeMath, 50, { participants: 3 }),
        result('notk2', 2024, P.ogeMath, 10, { participants: 20 }),
      ],
    });
    const [k2, notk2] = identify(data, params()).verdicts;
    expect(k2.criteria).toEqual(['K2']);
    expect(k2.flags).toEqual(['small_sample']);
    expect(k2.smallSamples.map((r) => r.year)).toEqual([2023]);
    expect(notk2.flags).toEqual([]);
  });

  it('smallSample is a parameter', () => {
    const data = dataset({ results: [result('s', 2024, P.vpr5Rus, 10, { participants: 8 })] });
    expect(identify(data, params()).verdicts[0].flags).toEqual([]);
    expect(identify(data, params({ smallSample: 10 })).verdicts[0].flags).toEqual(['small_sample']);
  });
});

describe('objectivity (§7 markers; the old «понизили ≥ 30 %» rule is retired)', () => {
  // A region of 30 ordinary schools: 25 pupils, «5» 12 %, понизили 36 % (above the old 30 % rule), повысили 4 %.
  const region = (extra: readonly ReturnType<typeof result>[]): ReturnType<typeof result>[] => [
    ...Array.from({ length: 30 }, (_, i) => result(`r${i}`, 2024, P.vpr5Rus, 10, { participants: 25, share5: 12, lowered: 36, raised: 4 })),
    ...extra,
  ];

  it('a school at the region\'s own «понизили» (36 % > 30 %) is no longer marked', () => {
    const v = identify(dataset({ results: region([]) }), params()).verdicts;
    expect(v.filter((x) => x.flags.includes('objectivity'))).toEqual([]);
    expect(v[0].objectivity.map((w) => w.markers.find((m) => m.id === 'P6a')?.state)).toEqual(['clear']);
  });

  it('two markers (P5 «5» 48 % and P6a понизили 72 % against the region) flag the school; the verdict stands', () => {
    const data = dataset({ results: region([result('s', 2024, P.vpr5Rus, 40, { participants: 25, share5: 48, lowered: 72, raised: 0 }), result('s', 2024, P.vpr5Math, 40, { participants: 25 })]) });
    const s = identify(data, params()).verdicts.find((v) => v.schoolKey === 's');
    expect(s?.status).toBe('shnor');
    expect(s?.flags).toEqual(['objectivity']);
    const work = s?.objectivity.find((w) => w.procedure.subject === 'Русский язык') as WorkObjectivity;
    expect(work.flagged).toBe(true);
    expect(work.source).toBe('statistics');
    expect(work.markers.filter((m) => m.state === 'marked').map((m) => [m.id, m.data])).toEqual([['P5', 'mark_statistics'], ['P6a', 'journal_comparison']]);
    // Protocol-only markers say «нет данных», never «не отмечено».
    expect(work.markers.filter((m) => m.state === 'no_data').map((m) => m.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P7', 'P8']);
  });

  it('one marker alone (P6a) is not the headline: no flag', () => {
    const data = dataset({ results: region([result('s', 2024, P.vpr5Rus, 10, { participants: 25, share5: 12, lowered: 72, raised: 0 })]) });
    const s = identify(data, params()).verdicts.find((v) => v.schoolKey === 's');
    expect(s?.objectivity[0].markers.find((m) => m.id === 'P6a')?.state).toBe('marked');
    expect(s?.flags).toEqual([]);
  });

  it('α, the minimum n and the markers in use are parameters', () => {
    const s = result('s', 2024, P.vpr5Rus, 10, { participants: 25, share5: 40, lowered: 64, raised: 0 });
    const flagged = (prm: Parameters): boolean => identify(dataset({ results: region([s]) }), prm).verdicts.some((v) => v.schoolKey === 's' && v.flags.includes('objectivity'));
    expect(flagged(params())).toBe(true);
    expect(flagged(params({ objectivityAlpha: 1e-6 }))).toBe(false);
    expect(flagged(params({ objectivityMinN: 30 }))).toBe(false);
    expect(flagged(params({ objectivityMarkers: ['P6a', 'P6b'] }))).toBe(false);
  });

  it('a region row\'s доля «понизили» is the benchmark of P6a from statistics', () => {
    const s = result('s', 2024, P.vpr5Rus, 10, { participants: 25, share5: 12, lowered: 72 });
    const p6a = (aggregates: ReturnType<typeof aggregate>[]): string | undefined =>
      identify(dataset({ results: region([s]), aggregates }), params()).verdicts.find((v) => v.schoolKey === 's')?.objectivity[0].markers.find((m) => m.id === 'P6a')?.state;
    expect(p6a([])).toBe('marked');
    expect(p6a([aggregate('region', 2024, P.vpr5Rus, { lowered: 70 })])).toBe('clear');
  });

  it('both flags together, in a fixed order', () => {
    const data = dataset({ results: region([result('s', 2024, P.vpr5Rus, 10, { participants: 25, share5: 48, lowered: 72 }), result('s', 2024, P.vpr5Math, 10, { participants: 4 })]) });
    const s = identify(data, params()).verdicts.find((v) => v.schoolKey === 's');
    expect(s?.flags).toEqual(['small_sample', 'objectivity']);
  });
});
