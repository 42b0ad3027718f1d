// Tests of the comparison rules and number formatting (threshold inclusivity, direction boundaries, Russian format).
import { formatNumber, formatPercent, pluralRu } from './format';
import { changeBand, directionOf, isAbove, isLow, isNearThreshold, roundChange } from './rules';

describe('rules', () => {
  it('isLow is inclusive at the threshold and robust to float noise', () => {
    expect(isLow(30, 30)).toBe(true);
    expect(isLow(29.999, 30)).toBe(false);
    expect(isLow(100 - 0.2 - 0.4 - 69.4, 30)).toBe(true);
    expect(isLow(25, 25)).toBe(true);
    expect(isLow(0, 0)).toBe(true);
  });

  it('isNearThreshold: threshold − margin ≤ share < threshold', () => {
    expect(isNearThreshold(25, 30, 5)).toBe(true);
    expect(isNearThreshold(24.99, 30, 5)).toBe(false);
    expect(isNearThreshold(29.99, 30, 5)).toBe(true);
    expect(isNearThreshold(30, 30, 5)).toBe(false);
  });

  it('isAbove is strict', () => {
    expect(isAbove(30, 30)).toBe(false);
    expect(isAbove(30.01, 30)).toBe(true);
  });

  it('direction: ±stableBand inclusive is stable; beyond it improved (fewer «2») or worsened', () => {
    expect(directionOf(-2, 2)).toBe('stable');
    expect(directionOf(2, 2)).toBe('stable');
    expect(directionOf(-2.01, 2)).toBe('improved');
    expect(directionOf(2.01, 2)).toBe('worsened');
    expect(directionOf(roundChange(32.1 - 30.1), 2)).toBe('stable');
    expect(directionOf(0.5, 0)).toBe('worsened');
  });

  it('roundChange rounds to two decimals symmetrically and never gives −0', () => {
    expect(roundChange(1.005)).toBe(1.01);
    expect(roundChange(-1.005)).toBe(-1.01);
    expect(roundChange(-0.001)).toBe(0);
    expect(Object.is(roundChange(-0.001), -0)).toBe(false);
    expect(roundChange(33.333 - 41.666)).toBe(-8.33);
  });
});

describe('format', () => {
  it('formatPercent: one decimal, decimal comma, space before %', () => {
    expect(formatPercent((5 / 12) * 100)).toBe('41,7 %');
    expect(formatPercent(30)).toBe('30,0 %');
    expect(formatPercent(-0.01)).toBe('0,0 %');
    expect(formatPercent(-2.5)).toBe('-2,5 %');
  });

  it('formatNumber drops a trailing ,0', () => {
    expect(formatNumber(30)).toBe('30');
    expect(formatNumber(27.5)).toBe('27,5');
  });

  it('pluralRu', () => {
    const forms = (n: number): string => pluralRu(n, 'участник', 'участника', 'участников');
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111].map(forms)).toEqual([
      'участник',
      'участника',
      'участника',
      'участников',
      'участников',
      'участников',
      'участников',
      'участник',
      'участника',
      'участников',
      'участников',
    ]);
  });

  it('change band: ±stableBand, or just under one pupil\'s share of the smaller sample', () => {
    expect(changeBand(2)).toBe(2);
    expect(changeBand(2, 100, 200)).toBe(2);
    expect(changeBand(2, 5, 30)).toBeCloseTo(20, 5);
    expect(changeBand(2, 5, 30)).toBeLessThan(20);
    expect(changeBand(2, undefined, 10)).toBeCloseTo(10, 5);
  });
});
