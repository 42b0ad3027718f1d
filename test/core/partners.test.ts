// Школы-кураторы (methodology.md §4a): stable, better in exactly the ШНОР school's low procedures, same level or
// higher, same municipality when known; one to three; the user's choice replaces the suggestion.
import { analyze } from '../../src/core/analyze';
import { Dataset, Procedure, ResultRecord, School } from '../../src/core/model';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { schoolLevel, suggestPartners } from '../../src/core/partners';
import { partnerReasonText } from '../../src/report/partnerText';

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

describe('suggestPartners', () => {
  const analysis = analyze(DATA, DEFAULT_PARAMETERS);
  const partners = analysis.partners?.get('weak') ?? [];

  it('suggests stable schools better in every one of its low procedures, of its level, in its municipality, best first', () => {
    expect(analysis.identification.verdicts.find((v) => v.schoolKey === 'weak')?.status).toBe('shnor');
    // Not the ООШ (a lower level), not the school of another district, not one without ОГЭ, not one at risk
    // («Речная»: 27 %, «Полевая»: 25 % — within 5 p.p. of the threshold).
    expect(partners.map((p) => p.name)).toEqual(['Петровская СОШ', 'Гимназия № 2']);
    expect(partners[0].reason).toEqual({
      procedures: [{ procedure: RU5, own: 45, partner: 4 }, { procedure: OGE, own: 35, partner: 8 }],
      level: 'secondary', sameLevel: true, sameMunicipality: true, municipality: 'Кировский район', stableYears: 2,
    });
    expect(partnerReasonText(partners[0].reason, 2024)).toBe(
      'лучше по: ВПР-5 русский язык — 4 % против 45 %, ОГЭ математика — 8 % против 35 %; средняя школа, как и эта; ' +
      'тот же муниципалитет (Кировский район); не ШНОР и не в зоне риска в 2023 и 2024 гг.');
  });

  it('lets an ООШ be helped by an ООШ or a СОШ, and takes the user\'s choice over the rule', () => {
    const data = dataset({ weak: ['Малая ООШ', undefined, { ru: [40, 50] }], soch: ['Большая СОШ', undefined, { ru: [5, 5] }], oosh: ['Другая ООШ', undefined, { ru: [2, 2] }] });
    const a = analyze(data, DEFAULT_PARAMETERS);
    expect((a.partners?.get('weak') ?? []).map((p) => p.name)).toEqual(['Другая ООШ', 'Большая СОШ']);
    const chosen = suggestPartners(a, new Map([['Малая ООШ', ['Большая СОШ']]])).get('weak') ?? [];
    expect(chosen.map((p) => [p.name, p.reason.chosen])).toEqual([['Большая СОШ', true]]);
    // Without the analysis' index the same results are found (a direct call indexes the dataset itself).
    expect(suggestPartners(a).get('weak')).toEqual(a.partners?.get('weak'));
  });

  it('takes schools of the same municipality and those whose municipality is unknown, never another municipality\'s', () => {
    const data = dataset({
      weak: ['Ивановская СОШ', 'Кировский район', { ru: [40, 50] }],
      unknown: ['Безрайонная СОШ', undefined, { ru: [3, 3] }],
      same: ['Кировская СОШ', 'Кировский район', { ru: [6, 6] }],
      other: ['Чужая СОШ', 'Лесной район', { ru: [1, 1] }],
    });
    const partners = analyze(data, DEFAULT_PARAMETERS).partners?.get('weak') ?? [];
    expect(partners.map((p) => [p.name, p.reason.sameMunicipality])).toEqual([['Безрайонная СОШ', undefined], ['Кировская СОШ', true]]);
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
