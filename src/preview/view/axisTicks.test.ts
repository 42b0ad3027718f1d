// Tests the chart axis: nice steps that cover the data and include zero.
import { niceAxis } from './axisTicks';

describe('niceAxis', () => {
  it('covers positive data from zero in steps of 1, 2 or 5 × 10^n', () => {
    const axis = niceAxis(3, 47);
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(47);
    expect(axis.ticks[0]).toBe(0);
    const step = axis.ticks[1] - axis.ticks[0];
    expect([1, 2, 5, 10, 20, 50]).toContain(step);
    expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.max);
  });

  it('spans negative changes and keeps zero as a tick', () => {
    const axis = niceAxis(-7.5, 4.2);
    expect(axis.min).toBeLessThanOrEqual(-7.5);
    expect(axis.max).toBeGreaterThanOrEqual(4.2);
    expect(axis.ticks).toContain(0);
  });

  it('gives a unit axis when all values are zero', () => {
    expect(niceAxis(0, 0)).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});
