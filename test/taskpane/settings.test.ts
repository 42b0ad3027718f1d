// Saved rules and source corrections: checked on load, converted to analysis parameters; Office theme detection.
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { MARKER_IDS } from '../../src/core/objectivity/markers';
import { DEFAULT_RULES, procedureOptions, rulesToParameters, sanitizeRules } from '../../src/taskpane/controller/rules';
import { sanitizeSourceSettings, withSheetSettings } from '../../src/ingest/settings';
import { themeFromBackground } from '../../src/taskpane/officeTheme';

describe('rules', () => {
  it('defaults are the methodology numbers and its nine procedures', () => {
    const p = rulesToParameters(DEFAULT_RULES);
    expect(p).toEqual({ ...DEFAULT_PARAMETERS, ruleSet: 'municipal', minParticipants: 0, curatorLoad: 2, objectivityMarkers: MARKER_IDS, social: { line: { kind: 'local' }, shnsuPercent: 25 } });
  });

  it('converts the user choice to Parameters', () => {
    const p = rulesToParameters({
      threshold: 25, procedures: ['ОГЭ|Математика|9'], targetYear: 2023, smallSample: 3, riskMargin: 4,
      ruleSet: 'same-procedure', minParticipants: 5, compareRules: 'municipal', curatorLoad: 3, objectivityAlpha: 0.05, objectivityMinN: 15, objectivityMarkers: ['P2', 'P5'], socialLine: 'local', shnsuPercent: 25,
    });
    expect(p).toMatchObject({ threshold: 25, targetYear: 2023, smallSample: 3, riskMargin: 4, ruleSet: 'same-procedure', minParticipants: 5, compareRules: 'municipal', curatorLoad: 3 });
    expect(p).toMatchObject({ objectivityAlpha: 0.05, objectivityMinN: 15, objectivityMarkers: ['P2', 'P5'] });
    expect(p.procedures).toEqual([{ kind: 'ОГЭ', subject: 'Математика', grade: 9 }]);
  });

  it('keeps what is valid in a saved value and replaces the rest', () => {
    expect(sanitizeRules({ threshold: 150, procedures: ['ВПР|Математика|7', 'мусор', 'ВПР|Математика|7'], targetYear: 23, smallSample: 4 }))
      .toEqual({ threshold: 30, procedures: ['ВПР|Математика|7'], smallSample: 4, riskMargin: 5, ruleSet: 'municipal', minParticipants: 0, curatorLoad: 2, objectivityAlpha: 0.01, objectivityMinN: 10, objectivityMarkers: MARKER_IDS, socialLine: 'local', shnsuPercent: 25 });
    expect(sanitizeRules({ curatorLoad: 0 }).curatorLoad).toBe(2);
    expect(sanitizeRules({ curatorLoad: 3 }).curatorLoad).toBe(3);
    // Objectivity settings: a bad α or n falls back to the default; unknown marker ids are dropped, the order is §7's.
    expect(sanitizeRules({ objectivityAlpha: 2, objectivityMinN: 0, objectivityMarkers: ['P8', 'P9', 'P2'] })).toMatchObject({ objectivityAlpha: 0.01, objectivityMinN: 10, objectivityMarkers: ['P2', 'P8'] });
    expect(sanitizeRules({ objectivityAlpha: 0.05, objectivityMinN: 20, objectivityMarkers: [] })).toMatchObject({ objectivityAlpha: 0.05, objectivityMinN: 20, objectivityMarkers: [] });
    expect(sanitizeRules({ ruleSet: 'bottom-25', minParticipants: 3, compareRules: 'same-procedure' })).toMatchObject({ ruleSet: 'bottom-25', minParticipants: 3, compareRules: 'same-procedure' });
    expect(sanitizeRules({ ruleSet: 'регион', compareRules: 7 })).toMatchObject({ ruleSet: 'municipal' });
    expect(sanitizeRules({ compareRules: 7 })).not.toHaveProperty('compareRules');
    expect(sanitizeRules(null)).toBe(DEFAULT_RULES);
    expect(sanitizeRules('30')).toBe(DEFAULT_RULES);
  });

  it('context-layer options: saved, checked, converted (a regional line needs both numbers)', () => {
    const saved = sanitizeRules({ socialMethod: 'pca', socialLine: 'regional', socialIntercept: 12.5, socialSlope: 4, shnsuPercent: 20 });
    expect(rulesToParameters(saved).social).toEqual({ method: 'pca', line: { kind: 'regional', intercept: 12.5, slope: 4 }, shnsuPercent: 20 });
    expect(sanitizeRules({ socialLine: 'regional', socialIntercept: 3 }).socialLine).toBe('local');
    expect(sanitizeRules({ socialMethod: 'median', shnsuPercent: 0 })).toMatchObject({ shnsuPercent: 25 });
    expect(sanitizeRules({ socialMethod: 'median' })).not.toHaveProperty('socialMethod');
    expect(rulesToParameters(sanitizeRules({ socialLine: 'none' })).social?.line).toEqual({ kind: 'none' });
  });

  it('offers the default set plus chosen procedures, grouped ВПР before ОГЭ before ЕГЭ', () => {
    const options = procedureOptions(undefined, ['ВПР|Математика|7']);
    expect(options).toHaveLength(10);
    expect(options.find((o) => o.key === 'ВПР|Математика|7')).toMatchObject({ isDefault: false, inData: false });
    const kinds = options.map((o) => o.kind);
    expect(kinds.indexOf('ОГЭ')).toBeGreaterThan(kinds.lastIndexOf('ВПР'));
    expect(kinds.indexOf('ЕГЭ')).toBeGreaterThan(kinds.lastIndexOf('ОГЭ'));
  });
});

describe('source settings', () => {
  it('drops unreadable entries and keeps valid ones', () => {
    expect(sanitizeSourceSettings({
      'ВПР 5': { excluded: true, context: { year: 2024, kind: 'ВПР', grade: 'пять', subject: ' Математика ' }, columns: { C: 'share2', d: 'share2', E: 'неизвестно' } },
      Пусто: {},
      Плохо: 'x',
    })).toEqual({ 'ВПР 5': { excluded: true, context: { year: 2024, kind: 'ВПР', subject: 'Математика' }, columns: { C: 'share2' } } });
    expect(sanitizeSourceSettings(undefined)).toEqual({});
  });

  it('replaces one sheet and removes it when nothing is left', () => {
    const all = { A: { excluded: true }, B: { context: { year: 2023 } } };
    expect(withSheetSettings(all, 'A', undefined)).toEqual({ B: { context: { year: 2023 } } });
    expect(withSheetSettings(all, 'B', { columns: { C: 'ignore' } })).toEqual({ A: { excluded: true }, B: { columns: { C: 'ignore' } } });
    expect(all).toEqual({ A: { excluded: true }, B: { context: { year: 2023 } } });
  });
});

describe('Office theme', () => {
  it('follows the body background', () => {
    expect(themeFromBackground('#FFFFFF')).toBe('light');
    expect(themeFromBackground('#F3F3F3')).toBe('light');
    expect(themeFromBackground('#262626')).toBe('dark');
    expect(themeFromBackground('#000')).toBe('dark');
    expect(themeFromBackground(undefined)).toBe('light');
    expect(themeFromBackground('красный')).toBe('light');
  });
});
