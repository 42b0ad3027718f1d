// The context layer from the command line on the bundled sample: JSON `schools[].context` and `context.fit`, the options, usage errors.
import path from 'path';
import { ResultJson } from '../../src/cli/resultJson';
import { runCli } from './runCli';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/severo-ozersky.xlsx');

const json = async (...extra: string[]): Promise<ResultJson> => {
  const r = await runCli(['analyze', SAMPLE, '--json', '-', ...extra]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as ResultJson;
};

describe('context in result.json', () => {
  it('every school carries its context; the fit is stated; the list is the same as without the layer', async () => {
    const j = await json();
    expect(j.context?.fit).toMatchObject({ kind: 'local', n: 15 });
    expect(j.context?.fit.r2).toBeGreaterThan(0);
    expect(j.context?.indicators.map((i) => i.direction)).toEqual(['worse', 'worse', 'worse', 'better', 'worse', 'better']);
    for (const s of j.schools) {
      const c = s.context;
      expect(c).toBeDefined();
      for (const key of ['socialIndex', 'quarter', 'result', 'n', 'expected', 'low', 'high', 'group', 'stable'] as const) expect(c).toHaveProperty(key);
      // expected = intercept + slope · index (within the rounding of the JSON).
      const f = j.context?.fit;
      expect(c?.expected).toBeCloseTo((f?.intercept ?? 0) + (f?.slope ?? 0) * (c?.socialIndex ?? 0), 2);
    }
    const berezovskaya = j.schools.find((s) => s.name === 'Берёзовская СОШ');
    expect(berezovskaya?.context).toMatchObject({ shnsu: true, resilient: true, group: 'better' });
    expect(j.context?.counts.resilient).toBe(1);
    const none = await json('--context-line', 'none');
    expect(none.schools.map((s) => [s.name, s.status])).toEqual(j.schools.map((s) => [s.name, s.status]));
    expect(none.context?.fit).toMatchObject({ kind: 'none', reason: 'user_none' });
  });

  it('--context-method pca, --context-line A,B, --shnsu-quarter', async () => {
    const pca = await json('--context-method', 'pca');
    expect(pca.context?.method).toBe('pca');
    const regional = await json('--context-line', '12.5,8');
    expect(regional.context?.fit).toMatchObject({ kind: 'regional', intercept: 12.5, slope: 8 });
    const half = await json('--shnsu-quarter', '50');
    expect(half.context?.shnsuPercent).toBe(50);
    expect(half.context?.counts.shnsu).toBe(8);
  });

  it('a wrong option is a usage error in Russian', async () => {
    for (const bad of [['--context-method', 'median'], ['--context-line', '1,2,3'], ['--shnsu-quarter', '0']]) {
      const r = await runCli(['analyze', SAMPLE, '--json', '-', ...bad]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(bad[0]);
    }
  });
});
