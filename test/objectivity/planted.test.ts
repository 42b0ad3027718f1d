// Objectivity markers (§7) from generated protocols of all three export generations: each planted school is found
// by its marker and not by markers it should not trip; data checks (D) come first and are not markers.
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { objectivityIndex } from '../../src/core/flags';
import { MarkerId, WorkObjectivity } from '../../src/core/objectivity';
import { params } from '../../src/core/testing/builders';
import { Generation, loginOf, protocolRows } from '../fixtures/protocols/generate';
import { Plant, makeRegion, taskMaxima } from '../fixtures/protocols/region';

const grid = (file: string, values: RawValue[][]): SheetGrid => ({ file, sheet: 'Лист1', values, originRow: 1, originCol: 1, merges: [] });
const MATH_MAX = taskMaxima(16, 20);
const RUS_MAX = taskMaxima(20, 45);
const PLANTS: readonly Plant[] = ['boundary', 'reversed', 'copied', 'hard', 'fives', 'jump', 'dataError'];
const SCHOOLS = 60;

/** What each planted school must show, and markers it must not. */
const EXPECT: Readonly<Record<Exclude<Plant, 'dataError'>, { readonly marker: MarkerId; readonly not: readonly MarkerId[]; readonly flagged?: boolean }>> = {
  boundary: { marker: 'P4', not: ['P2', 'P3', 'P7', 'P8'] },
  reversed: { marker: 'P2', not: ['P3', 'P4', 'P7', 'P8'], flagged: true },
  copied: { marker: 'P8', not: ['P2', 'P3', 'P4', 'P7'] },
  hard: { marker: 'P7', not: ['P2', 'P3', 'P4', 'P8'] },
  fives: { marker: 'P5', not: ['P2', 'P3', 'P4', 'P7', 'P8'] },
  jump: { marker: 'P3', not: ['P2', 'P4', 'P7', 'P8'], flagged: true },
};

function region(gen: Generation, seed: number): { works: Map<string, WorkObjectivity[]>; warnings: string[]; keys: string[]; rusKeys: string[] } {
  const plants = new Map(PLANTS.map((p, i) => [i, p]));
  const later = makeRegion({ seed, schools: SCHOOLS, taskMax: MATH_MAX, bounds: [6, 11, 16], plants });
  const earlier = makeRegion({ seed, schools: SCHOOLS, taskMax: MATH_MAX, bounds: [5, 9, 13], plants: new Map([[5, 'jump']]), earlier: true });
  const russian = makeRegion({ seed: seed + 100, schools: SCHOOLS, taskMax: RUS_MAX, bounds: [17, 28, 38], plants: new Map([[2, 'copied']]) });
  const { dataset } = ingest([
    grid('Проведение работы по математике, 4 класс. ВПР 2020.xlsx', protocolRows(gen, earlier, MATH_MAX.length, undefined, MATH_MAX)),
    grid('Проведение работы по математике, 5 класс. ВПР 2021.xlsx', protocolRows(gen, later, MATH_MAX.length, undefined, MATH_MAX)),
    grid('Проведение работы по русскому языку, 5 класс. ВПР 2021.xlsx', protocolRows(gen, russian, RUS_MAX.length, undefined, RUS_MAX)),
  ]);
  const index = objectivityIndex(dataset.results, dataset.aggregates, params());
  const works = new Map([...index].map(([k, v]) => [k, [...v]]));
  return { works, warnings: dataset.warnings.map((w) => w.message), keys: later.map((s) => loginOf(gen, s)), rusKeys: russian.map((s) => loginOf(gen, s)) };
}

const workOf = (works: Map<string, WorkObjectivity[]>, key: string, subject: string, year = 2021): WorkObjectivity => {
  const w = works.get(key)?.find((x) => x.year === year && x.procedure.subject === subject);
  if (!w) throw new Error(`нет работы ${key} ${subject} ${year}`);
  return w;
};
const marked = (w: WorkObjectivity): MarkerId[] => w.markers.filter((m) => m.state === 'marked').map((m) => m.id);

describe.each<Generation>(['2020', '2021', '2022+'])('generation %s', (gen) => {
  const { works, warnings, keys, rusKeys } = region(gen, 11);

  it.each(Object.keys(EXPECT) as (keyof typeof EXPECT)[])('a planted «%s» school is found by its marker and not by others', (plant) => {
    const e = EXPECT[plant];
    const w = workOf(works, keys[PLANTS.indexOf(plant)], 'Математика');
    expect(w.source).toBe('protocol');
    expect(marked(w)).toContain(e.marker);
    for (const id of e.not) expect([id, marked(w).includes(id)]).toEqual([id, false]);
    if (e.flagged) expect(w.flagged).toBe(true);
  });

  it('copied answers are strong for русский язык and «проверить» (not strong) for математика', () => {
    const rus = workOf(works, rusKeys[2], 'Русский язык');
    const p8 = rus.markers.find((m) => m.id === 'P8');
    expect([p8?.state, p8?.strong, p8?.value]).toEqual(['marked', true, 6]);
    expect(rus.flagged).toBe(true);
    expect(workOf(works, keys[2], 'Математика').markers.find((m) => m.id === 'P8')?.strong).toBe(false);
  });

  it('data errors are checks shown apart (a task nobody scored where the region succeeds; a total ≠ the sum of tasks)', () => {
    const w = workOf(works, keys[PLANTS.indexOf('dataError')], 'Математика');
    const kinds = w.checks.map((c) => c.kind);
    expect(kinds).toContain('zero_task');
    expect(w.checks.find((c) => c.kind === 'zero_task')?.regionSuccess).toBeGreaterThanOrEqual(50);
    if (gen === '2020') {
      // A task header is wrong («Учебник»): totals and task sums differ for many pupils, so the sum is not checked at all.
      expect(kinds).not.toContain('sum_mismatch');
      expect(warnings.some((m) => /сумм/.test(m) && /задани/.test(m))).toBe(false);
    } else {
      expect(w.checks.find((c) => c.kind === 'sum_mismatch')?.count).toBe(1);
    }
    for (const k of keys.slice(PLANTS.length)) expect(workOf(works, k, 'Математика').checks).toEqual([]);
  });

  it('a clean school is rarely flagged (chance at α = 0,01)', () => {
    const clean = keys.slice(PLANTS.length).map((k) => workOf(works, k, 'Математика'));
    expect(clean.filter((w) => w.flagged).length).toBeLessThanOrEqual(2);
  });
});
