// Tests of the verdict explanations: criteria, procedures, shares, source cells, marks; file prefix only for several files.
import { sourceLabel } from './explain';
import { identify } from './identify';
import { P, cell, dataset, params, result } from './testing/builders';

describe('explanations', () => {
  it('К1: the sentence of the brief, with shares rounded to one decimal and source cells', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.vpr5Rus, (5 / 12) * 100, { source: cell('ВПР 5 кл 2024', 'C19') }),
        result('s', 2024, P.ogeMath, 100 / 3, { source: cell('ОГЭ 2024', 'G9') }),
      ],
    });
    expect(identify(data, params()).verdicts[0].explanation).toBe(
      'ШНОР по критерию К1: доля «2» ≥ 30 % в 2 процедурах 2024 г.: ' +
        'ВПР-5 русский язык — 41,7 % (ВПР 5 кл 2024!C19), ОГЭ математика — 33,3 % (ОГЭ 2024!G9). Правило «Муниципальная».',
    );
  });

  it('К2 names both years with their procedures, shares and cells', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.ogeMath, 50, { source: cell('ОГЭ 2024', 'G9') }),
        result('s', 2023, P.vpr5Math, 37.5, { source: cell('ВПР 2023', 'D4') }),
      ],
    });
    const text = identify(data, params()).verdicts[0].explanation;
    expect(text).toMatch(/^ШНОР по критерию К2/);
    expect(text).toContain('2023 г.: ВПР-5 математика — 37,5 % (ВПР 2023!D4)');
    expect(text).toContain('2024 г.: ОГЭ математика — 50,0 % (ОГЭ 2024!G9)');
  });

  it('both criteria are named when both hold; the threshold parameter is quoted', () => {
    const data = dataset({
      results: [result('s', 2024, P.ogeMath, 26), result('s', 2024, P.ogeRus, 26), result('s', 2023, P.ogeRus, 26)],
    });
    const text = identify(data, params({ threshold: 25 })).verdicts[0].explanation;
    expect(text).toMatch(/^ШНОР по критериям К1 и К2: доля «2» ≥ 25 %/);
    expect(text).toContain('2023 г.');
  });

  it('risk, ok and no_data have a short reason', () => {
    const data = dataset({
      results: [
        result('risk', 2024, P.ogeMath, 40, { source: cell('ОГЭ 2024', 'G9') }),
        result('near', 2024, P.ogeMath, 27.5),
        result('ok', 2024, P.ogeMath, 10),
        result('ok', 2024, P.ogeRus, 10),
        result('nodata', 2023, P.ogeMath, 10),
      ],
    });
    const [risk, near, ok, nodata] = identify(data, params()).verdicts;
    expect(risk.explanation).toMatch(/^Не ШНОР, зона риска: одна низкая процедура в 2024 г\.: ОГЭ математика — 40,0 % \(ОГЭ 2024!G9\)/);
    expect(near.explanation).toMatch(/^Не ШНОР, зона риска: .*ниже порога 30 %: ОГЭ математика — 27,5 %/);
    expect(ok.explanation).toBe('Не ШНОР: в 2024 г. доля «2» ниже 25 % во всех учитываемых процедурах (2). Правило «Муниципальная».');
    expect(nodata.explanation).toBe('Нет данных за 2024 г. по учитываемым процедурам. Правило «Муниципальная».');
  });

  it('mentions small samples and objectivity', () => {
    const data = dataset({
      results: [
        result('s', 2024, P.ogeMath, 50, { participants: 4, source: cell('ОГЭ 2024', 'G9') }),
        result('s', 2024, P.vpr7Math, 10, { participants: 25, share5: 48, lowered: 72 }),
        ...Array.from({ length: 20 }, (_, i) => result(`r${i}`, 2024, P.vpr7Math, 10, { participants: 25, share5: 12, lowered: 30 })),
      ],
    });
    const text = identify(data, params()).verdicts[0].explanation;
    expect(text).toContain('Малая выборка: ОГЭ математика 2024 г. — 4 участника (ОГЭ 2024!G9)');
    expect(text).toContain('Признаки необъективности (маркеры §7, вердикт не меняется): ВПР-7 математика — P5, P6a.');
  });

  it('prefixes the file only when the dataset spans more than one file', () => {
    const one = dataset({ results: [result('s', 2024, P.ogeMath, 10, { source: cell('Результаты', 'G14', 'long.xlsx') })] });
    expect(identify(one, params({ riskMargin: 25 })).verdicts[0].explanation).toContain('(Результаты!G14)');
    const two = dataset({
      results: [
        result('s', 2024, P.ogeMath, 10, { source: cell('Результаты', 'G14', 'long.xlsx') }),
        result('t', 2024, P.ogeMath, 10, { source: cell('Лист1', 'B2', 'wide.xlsx') }),
      ],
    });
    expect(identify(two, params({ riskMargin: 25 })).verdicts[0].explanation).toContain('(long.xlsx: Результаты!G14)');
  });

  it('sourceLabel', () => {
    expect(sourceLabel(cell('ОГЭ', 'A1', ''), true)).toBe('ОГЭ!A1');
    expect(sourceLabel(cell('ОГЭ', 'A1', 'a.xlsx'), false)).toBe('ОГЭ!A1');
    expect(sourceLabel(cell('ОГЭ', 'A1', 'a.xlsx'), true)).toBe('a.xlsx: ОГЭ!A1');
  });
});
