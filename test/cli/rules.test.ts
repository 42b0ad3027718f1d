// --rules, --min-participants and --compare on the bundled sample: each preset gives its list, the comparison names
// every school that differs (stdout, JSON `schools[].compare`, «Параметры»), a wrong preset is a usage error.
import path from 'path';
import { ResultJson } from '../../src/cli/resultJson';
import { runCli } from './runCli';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/severo-ozersky.xlsx');

const run = runCli;

const shnor = (json: ResultJson): string[] => json.schools.filter((s) => s.status === 'shnor').map((s) => s.name).sort();

describe('rule sets from the command line', () => {
  it('each preset gives a list; «К2 по одной процедуре» is within «Муниципальная»; the JSON names the rules', async () => {
    const lists: Record<string, string[]> = {};
    for (const rules of ['municipal', 'same-procedure', 'bottom-15', 'bottom-25']) {
      const r = await run(['analyze', SAMPLE, '--rules', rules, '--json', '-']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out) as ResultJson;
      expect(json.parameters.rules).toBe(rules);
      lists[rules] = shnor(json);
      expect(lists[rules].length).toBeGreaterThan(0);
    }
    for (const name of lists['same-procedure']) expect(lists.municipal).toContain(name);
    for (const name of lists['bottom-15']) expect(lists['bottom-25']).toContain(name);
  });

  it('--compare names every school that differs, in the JSON and on stdout, with the reason', async () => {
    const r = await run(['analyze', SAMPLE, '--rules', 'same-procedure', '--compare', 'municipal', '--json', '-']);
    const json = JSON.parse(r.out) as ResultJson;
    const differ = json.schools.filter((s) => (s.status === 'shnor') !== (s.compare?.status === 'shnor'));
    expect(differ.map((s) => s.name)).toEqual(['Ключевская СОШ (филиал Малоключевская ООШ)']);
    expect(differ[0].compare).toMatchObject({ rules: 'municipal', status: 'shnor', criteria: ['K2'] });
    expect(json.schools.every((s) => s.compare?.rules === 'municipal')).toBe(true);
    const text = await run(['analyze', SAMPLE, '--rules', 'same-procedure', '--compare', 'municipal']);
    expect(text.out).toContain('Сравнение «К2 по одной процедуре» и «Муниципальная»: различий — 1.');
    expect(text.out).toContain('  • Ключевская СОШ (филиал Малоключевская ООШ): ШНОР по правилу «Муниципальная», не ШНОР по правилу «К2 по одной процедуре»');
  });

  it('--min-participants never adds a school, and a wrong preset is a usage error', async () => {
    const base = shnor(JSON.parse((await run(['analyze', SAMPLE, '--json', '-'])).out) as ResultJson);
    const strict = shnor(JSON.parse((await run(['analyze', SAMPLE, '--min-participants', '10', '--json', '-'])).out) as ResultJson);
    for (const name of strict) expect(base).toContain(name);
    const bad = await run(['analyze', SAMPLE, '--rules', 'region']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--rules: ожидается municipal, same-procedure, bottom-15, bottom-25, получено «region»');
  });
});

describe('years', () => {
  it('--year outside the data is exit 2 naming the years that exist', async () => {
    const r = await run(['analyze', SAMPLE, '--year', '2019']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('За 2019 г. в данных нет ни одного результата; есть годы: 2022, 2023, 2024. Укажите --year одним из них.');
  });

  it('with no data for Y−1 the summary says so instead of «вошли 0, вышли 0»', async () => {
    const r = await run(['analyze', SAMPLE, '--year', '2022']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(нет данных за 2021 г.: вошли/вышли и К2 не проверяются)');
  });
});
