// Школы-кураторы (methodology.md §4a): stable, better in exactly the ШНОР school's low procedures, same level or
// higher, same municipality when known; one to three; the user's choice replaces the suggestion.
import { analyze } from '../../src/core/analyze';
import { Dataset, Procedure, ResultRecord, School } from '../../src/core/model';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { assignCurators, schoolLevel, suggestPartners } from '../../src/core/partners';
import { curatorGapText, partnerReasonText } from '../../src/report/partnerText';

const RU5: Procedure = { kind: 'ВПР', subject: 'Русский язык', grade: 5 };
const MA5: Procedure = { kind: 'ВПР', subject: 'Математика', grade: 5 };
const OGE: Procedure = { kind: 'ОГЭ', subject: 'Математика', grade: 9 };

let cell = 0;
function r(schoolKey: string, year: number, procedure: Procedure, share2: number): ResultRecord {
  cell++;
  return { schoolKey, year, procedure, share2, participants: 25, source: { file: '', sheet: 'Данные', cell: `C${cell}` } };
}

/** key → [name, municipality, shares of 2023 and 2024 per procedure]. */
function dataset(schools: Record<string, [string, string | undefined, Partial<Record<'ru' | 'ma' | 'oge', [number, number]>>]>): Dataset {
  const procs = { ru: RU5, ma: MA5, oge: OGE };
  const list: School[] = Object.entries(schools).map(([key, [name, municipality]]) => ({ key, name, aliases: [name], ...(municipality ? { municipality } : {}) }));
  const results = Object.entries(schools).flatMap(([key, [, , shares]]) =>
    Object.entries(shares).flatMap(([p, pair]) => [r(key, 2023, procs[p as 'ru'], (pair as [number, number])[0]), r(key, 2024, procs[p as 'ru'], (pair as [number, number])[1])]));
  return { schools: list, results, aggregates: [], officialLists: [], warnings: [] };
}

const DATA = dataset({
  weak: ['Ивановская СОШ', 'Кировский район', { ru: [20, 45], oge: [10, 35] }],
  best: ['Петровская СОШ', 'Кировский район', { ru: [5, 4], oge: [6, 8], ma: [3, 3] }],
  good: ['Гимназия № 2', 'Кировский район', { ru: [10, 9], oge: [12, 11] }],
  basic: ['Лесная ООШ', 'Кировский район', { ru: [2, 2], oge: [1, 1] }],
  other: ['СОШ № 7', 'Лесной район', { ru: [1, 1], oge: [1, 1] }],
  partial: ['Озёрная СОШ', 'Кировский район', { ru: [3, 3] }],
  risky: ['Речная СОШ', 'Кировский район', { ru: [26, 27], oge: [5, 5] }],
  worse: ['Полевая СОШ', 'Кировский район', { ru: [20, 25], oge: [20, 25] }],
});

describe('curator assignment', () => {
  const analysis = analyze(DATA, DEFAULT_PARAMETERS);
  const partners = analysis.partners?.get('weak') ?? [];

  it('assigns the best stable school better in every one of its low procedures, of its level, in its municipality', () => {
    expect(analysis.identification.verdicts.find((v) => v.schoolKey === 'weak')?.status).toBe('shnor');
    // Not the ООШ (a lower level), not the school of another district, not one without ОГЭ, not one at risk
    // («Речная»: 27 %, «Полевая»: 25 % — within 5 p.p. of the threshold); one curator, the best of the two left.
    expect(partners.map((p) => p.name)).toEqual(['Петровская СОШ']);
    expect(partners[0].reason).toEqual({
      procedures: [{ procedure: RU5, own: 45, partner: 4 }, { procedure: OGE, own: 35, partner: 8 }],
      level: 'secondary', sameLevel: true, sameMunicipality: true, municipality: 'Кировский район', stableYears: 2,
    });
    expect(partnerReasonText(partners[0].reason, 2024)).toBe(
      'лучше по ВПР-5 рус. (4\u00a0% против 45\u00a0%) и ОГЭ мат. (8\u00a0% против 35\u00a0%); тот же муниципалитет; стабильна 2\u00a0года (2023–2024)');
  });

  it('lets an ООШ be helped by an ООШ or a СОШ (its own level first), and takes the user\'s choice over the rule', () => {
    const data = dataset({ weak: ['Малая ООШ', undefined, { ru: [40, 50] }], soch: ['Большая СОШ', undefined, { ru: [1, 1] }], oosh: ['Другая ООШ', undefined, { ru: [2, 2] }] });
    const a = analyze(data, DEFAULT_PARAMETERS);
    expect((a.partners?.get('weak') ?? []).map((p) => p.name)).toEqual(['Другая ООШ']);
    const chosen = suggestPartners(a, new Map([['Малая ООШ', ['Большая СОШ']]])).get('weak') ?? [];
    expect(chosen.map((p) => [p.name, p.reason.chosen])).toEqual([['Большая СОШ', true]]);
    // The same choice given as a Map (settings keyed by user text).
    expect(suggestPartners(a, new Map([['Малая ООШ', ['Большая СОШ']]])).get('weak')).toEqual(chosen);
    // Without the analysis' index the same results are found (a direct call indexes the dataset itself).
    expect(suggestPartners(a).get('weak')).toEqual(a.partners?.get('weak'));
  });

  it('prefers the same municipality, takes one whose municipality is unknown, never another municipality\'s', () => {
    const data = dataset({
      weak: ['Ивановская СОШ', 'Кировский район', { ru: [40, 50] }],
      unknown: ['Безрайонная СОШ', undefined, { ru: [3, 3] }],
      same: ['Кировская СОШ', 'Кировский район', { ru: [6, 6] }],
      other: ['Чужая СОШ', 'Лесной район', { ru: [1, 1] }],
    });
    const partners = analyze(data, DEFAULT_PARAMETERS).partners?.get('weak') ?? [];
    expect(partners.map((p) => [p.name, p.reason.sameMunicipality])).toEqual([['Кировская СОШ', true]]);
    const alone = dataset({ weak: ['Ивановская СОШ', 'Кировский район', { ru: [40, 50] }], unknown: ['Безрайонная СОШ', undefined, { ru: [3, 3] }], other: ['Чужая СОШ', 'Лесной район', { ru: [1, 1] }] });
    expect((analyze(alone, DEFAULT_PARAMETERS).partners?.get('weak') ?? []).map((p) => p.name)).toEqual(['Безрайонная СОШ']);
  });

  it('never proposes a school with an objectivity flag or a small sample in the compared procedures, and says why none is left', () => {
    const small = dataset({ weak: ['Ивановская СОШ', undefined, { ru: [40, 50] }], tiny: ['Малокомплектная СОШ', undefined, { ru: [1, 1] }] });
    const withSmall: Dataset = { ...small, results: small.results.map((r) => (r.schoolKey === 'tiny' ? { ...r, participants: 3 } : r)) };
    const a = analyze(withSmall, DEFAULT_PARAMETERS);
    expect(a.partners?.get('weak')).toBeUndefined();
    expect(a.curatorGaps?.get('weak')).toEqual({ reason: 'no_candidate', candidates: 0 });
    expect(curatorGapText({ reason: 'no_candidate', candidates: 0 }, 2)).toMatch(/нет стабильной школы/);
    // A flagged school (§7 headline: «5» and понизили far above the region) is not a curator either.
    const flagged = dataset({ weak: ['Ивановская СОШ', undefined, { ru: [40, 50] }], inflated: ['Завышенная СОШ', undefined, { ru: [1, 1] }] });
    const withFlag: Dataset = { ...flagged, results: flagged.results.map((r) => (r.schoolKey === 'inflated' ? { ...r, participants: 30, share5: 60, lowered: 90 } : { ...r, participants: 30, share5: 5, lowered: 5 })) };
    const b = analyze(withFlag, DEFAULT_PARAMETERS);
    expect(b.identification.verdicts.find((v) => v.schoolKey === 'inflated')?.flags).toContain('objectivity');
    expect(b.partners?.get('weak')).toBeUndefined();
  });

  it('gives each ШНОР its own curator, at most two per curator, the scarcest first, and names the ones left with why', () => {
    // Five ШНОР, two possible curators: «Сильная» fits all five, «Средняя» only the two with milder results.
    const data = dataset({
      w1: ['Первая СОШ', undefined, { ru: [40, 60] }], w2: ['Вторая СОШ', undefined, { ru: [40, 55] }],
      w3: ['Третья СОШ', undefined, { ru: [40, 50] }], w4: ['Четвёртая СОШ', undefined, { ru: [40, 45] }],
      w5: ['Пятая СОШ', undefined, { ru: [40, 44] }],
      strong: ['Сильная СОШ', undefined, { ru: [2, 2] }], middle: ['Средняя СОШ', undefined, { ru: [10, 10] }],
    });
    const a = analyze(data, DEFAULT_PARAMETERS);
    const curatorOf = (k: string): string | undefined => a.partners?.get(k)?.[0]?.name;
    const loads = new Map<string, number>();
    for (const list of a.partners?.values() ?? []) for (const p of list) loads.set(p.name, (loads.get(p.name) ?? 0) + 1);
    expect(Math.max(...loads.values())).toBeLessThanOrEqual(2);
    expect(a.partners?.size).toBe(4);
    expect(a.curatorGaps?.size).toBe(1);
    const [gapKey, gap] = [...(a.curatorGaps ?? new Map())][0];
    expect(gap).toEqual({ reason: 'all_busy', candidates: 2 });
    expect(curatorGapText(gap, 2)).toBe('все 2 подходящие школы уже курируют по 2\u00a0ШНОР (предел нагрузки)');
    expect(['w1', 'w2', 'w3', 'w4', 'w5']).toContain(gapKey);
    // Each curator's ШНОР are really worse than it.
    for (const k of ['w1', 'w2', 'w3', 'w4', 'w5']) {
      const c = curatorOf(k);
      if (c === undefined) continue;
      expect(a.partners?.get(k)?.[0].reason.procedures.every((p) => p.partner < p.own)).toBe(true);
    }
    // A higher limit serves everyone; the same input gives the same assignment.
    const wide = analyze(data, { ...DEFAULT_PARAMETERS, curatorLoad: 3 });
    expect(wide.partners?.size).toBe(5);
    expect(wide.curatorGaps?.size).toBe(0);
    expect([...analyze(data, DEFAULT_PARAMETERS).partners ?? []]).toEqual([...a.partners ?? []]);
  });

  it('counts the methodologist\'s choices towards a curator\'s load', () => {
    const data = dataset({
      w1: ['Первая СОШ', undefined, { ru: [40, 60] }], w2: ['Вторая СОШ', undefined, { ru: [40, 55] }], w3: ['Третья СОШ', undefined, { ru: [40, 50] }],
      strong: ['Сильная СОШ', undefined, { ru: [2, 2] }], middle: ['Средняя СОШ', undefined, { ru: [3, 3] }],
    });
    const a = analyze(data, { ...DEFAULT_PARAMETERS, curatorLoad: 1, partnerChoices: new Map([['Первая СОШ', ['Сильная СОШ']]]) });
    expect(a.partners?.get('w1')?.map((p) => p.name)).toEqual(['Сильная СОШ']);
    const others = ['w2', 'w3'].map((k) => a.partners?.get(k)?.[0]?.name);
    expect(others.filter((n) => n === 'Сильная СОШ')).toEqual([]);
    expect(others.filter((n) => n === 'Средняя СОШ')).toHaveLength(1);
  });

  it('keeps a chosen name that is not in the data, and says so instead of dropping it', () => {
    const data = dataset({ weak: ['Малая ООШ', undefined, { ru: [40, 50] }], soch: ['Большая СОШ', undefined, { ru: [5, 5] }] });
    const a = analyze(data, { ...DEFAULT_PARAMETERS, partnerChoices: new Map([['Малая ООШ', ['Большая СОШ', 'Болшая СОШ']]]) });
    const chosen = a.partners?.get('weak') ?? [];
    expect(chosen.map((p) => [p.name, p.schoolKey, p.reason.missing === true])).toEqual([['Большая СОШ', 'soch', false], ['Болшая СОШ', undefined, true]]);
    expect(chosen.map((p) => partnerReasonText(p.reason, 2024))).toEqual(['выбрано методистом', 'выбрано методистом, но такой школы нет в данных — проверьте название']);
  });

  it('reads the level from the name', () => {
    expect(['МБОУ «Ивановская СОШ»', 'Лесная ООШ', 'Гимназия № 2', 'Лицей № 5', 'Озёрная НОШ', 'Школа искусств'].map(schoolLevel))
      .toEqual(['secondary', 'basic', 'secondary', 'secondary', 'primary', undefined]);
  });
});

describe('the curator\'s reason in one line', () => {
  it('names two procedures with their shares and counts the rest', () => {
    const P = (subject: string, grade: number, kind: 'ВПР' | 'ОГЭ' = 'ВПР'): Procedure => ({ kind, subject, grade });
    const reason = {
      procedures: [
        { procedure: P('Русский язык', 5), own: 33.3, partner: 2.1 }, { procedure: P('Математика', 5), own: 40, partner: 4 },
        { procedure: P('Русский язык', 6), own: 35, partner: 5 }, { procedure: P('Математика', 9, 'ОГЭ'), own: 36, partner: 0 },
      ],
      level: 'secondary' as const, sameLevel: true, sameMunicipality: true, municipality: 'Кировский район', stableYears: 2 as const,
    };
    expect(partnerReasonText(reason, 2024)).toBe(
      'лучше по ВПР-5 рус. (2,1\u00a0% против 33,3\u00a0%), ВПР-5 мат. (4\u00a0% против 40\u00a0%) и ещё 2 процедурам; тот же муниципалитет; стабильна 2\u00a0года (2023–2024)');
  });
});

describe('curators among many candidates', () => {
  it('keeps only the options that can matter, yet assigns the best free one', () => {
    // 3 ШНОР and 40 candidates with distinct shares: each ШНОР's options are cut to the few that the load limit can reach.
    const schools: Record<string, [string, string | undefined, Partial<Record<'ru' | 'ma' | 'oge', [number, number]>>]> = {
      w1: ['Первая СОШ', undefined, { ru: [40, 60] }], w2: ['Вторая СОШ', undefined, { ru: [40, 58] }], w3: ['Третья СОШ', undefined, { ru: [40, 56] }],
    };
    for (let i = 0; i < 40; i++) schools[`c${i}`] = [`Кандидат ${i} СОШ`, undefined, { ru: [(i * 7) % 20, (i * 7) % 20 + 0.5] }];
    const a = analyze(dataset(schools), { ...DEFAULT_PARAMETERS, curatorLoad: 1 });
    const shares = (['w1', 'w2', 'w3'] as const).map((k) => a.partners?.get(k)?.[0].reason.procedures[0].partner);
    // Shares repeat every 20 candidates: the three best are 0,5 (twice) and 1,5, one each — the load limit is 1.
    expect([...shares].sort()).toEqual([0.5, 0.5, 1.5]);
    expect(new Set((['w1', 'w2', 'w3'] as const).map((k) => a.partners?.get(k)?.[0].name)).size).toBe(3);
  });
});

describe('резильентные школы as curators', () => {
  it('are offered under the same rule, with that reason', () => {
    const data = dataset({ weak: ['Ивановская СОШ', undefined, { ru: [40, 50] }], res: ['Сельская СОШ', undefined, { ru: [4, 4] }] });
    const a = analyze(data, DEFAULT_PARAMETERS);
    const social = { resilientKeys: new Set(['res']) } as unknown as NonNullable<typeof a.social>;
    const assigned = assignCurators({ ...a, social }).partners.get('weak') ?? [];
    expect(assigned.map((p) => [p.name, p.reason.resilient])).toEqual([['Сельская СОШ', true]]);
    expect(partnerReasonText(assigned[0].reason, 2024)).toMatch(/резильентная: ШНСУ, результаты лучше ожидаемого/);
    // Not resilient: no such words.
    expect(partnerReasonText((a.partners?.get('weak') ?? [])[0].reason, 2024)).not.toMatch(/резильентная/);
  });
});
