// P8's answer vectors in fixed memory (§7): the sketch finds exactly the copied groups a naive exact count finds, and
// keeps nothing for the distinct answers of a whole region's pupils.
import { CountSketch, VectorTally, copiedVectors, vectorHash } from '../../src/ingest/protocols/vectorSketch';
import { seededRandom } from '../../src/cli/sample/district';

interface Pupil { login: string; variant: string; total: number; scores: number[] }

function naive(pupils: readonly Pupil[], upper4: number): string[] {
  const all = new Map<string, number>();
  const bySchool = new Map<string, number>();
  for (const p of pupils) {
    const v = `${p.variant}|${p.scores.join(',')}`;
    all.set(v, (all.get(v) ?? 0) + 1);
    bySchool.set(`${p.login}#${v}`, (bySchool.get(`${p.login}#${v}`) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [k, n] of bySchool) {
    const [login, v] = k.split('#');
    const total = Number(v.split('|')[1].split(',').reduce((a, x) => a + Number(x), 0));
    if (n >= 4 && total > 0 && total <= upper4 && (all.get(v) ?? 0) - n <= 1) out.push(`${login}:${n}:${(all.get(v) ?? 0) - n}`);
  }
  return out.sort();
}

function sketched(pupils: readonly Pupil[], upper4: number): string[] {
  const t = new VectorTally();
  for (const p of pupils) t.add(p.login, p.variant, p.total, p.scores);
  return [...copiedVectors(t.groups(), upper4)].flatMap(([login, list]) => list.map((g) => `${login}:${g.pupils}:${g.elsewhere}`)).sort();
}

function region(seed: number, schools: number, perSchool: number, tasks: number): Pupil[] {
  const rand = seededRandom(seed);
  const out: Pupil[] = [];
  for (let s = 0; s < schools; s++) {
    const login = `sch22${String(1000 + s)}`;
    // Every fifth school: a group of 4–7 pupils with one answer; some of them copied by one pupil elsewhere.
    const copied = s % 5 === 0 ? Array.from({ length: tasks }, (): number => (rand() < 0.5 ? 1 : 0)) : undefined;
    for (let p = 0; p < perSchool; p++) {
      const scores = copied && p < 4 + (s % 4) ? [...copied] : Array.from({ length: tasks }, () => Math.floor(rand() * 3));
      const variant = String(1 + (p % 2));
      out.push({ login, variant: copied && p < 8 ? '1' : variant, total: scores.reduce((a, x) => a + x, 0), scores });
    }
    if (copied && s % 10 === 0) out.push({ login: `sch22${String(9000 + s)}`, variant: '1', total: copied.reduce((a, x) => a + x, 0), scores: [...copied] });
  }
  // Low-score answers many pupils share across the region (all 0 but one task): common, never «rare».
  for (let i = 0; i < 200; i++) out.push({ login: `sch22${String(1000 + (i % schools))}`, variant: '1', total: 1, scores: [1, ...new Array<number>(tasks - 1).fill(0)] });
  return out;
}

describe('VectorTally (count-min sketches)', () => {
  it.each([11, 22, 33])('finds the same copied groups as an exact count (seed %i)', (seed) => {
    const pupils = region(seed, 300, 30, 14);
    const exact = naive(pupils, 20);
    expect(exact.length).toBeGreaterThan(40);
    expect(sketched(pupils, 20)).toEqual(exact);
  });

  it('keeps nothing for 40 000 pupils with distinct answers (memory fixed), and still finds one planted group', () => {
    const t = new VectorTally();
    const rand = seededRandom(5);
    for (let i = 0; i < 40_000; i++) t.add(`sch22${1000 + (i % 700)}`, '1', 10, Array.from({ length: 16 }, () => Math.floor(rand() * 4)));
    expect(t.kept).toBeLessThanOrEqual(2);
    for (let i = 0; i < 5; i++) t.add('sch229999', '2', 7, [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const found = copiedVectors(t.groups(), 20).get('sch229999');
    expect(found).toEqual([{ variant: '2', total: 7, pupils: 5, elsewhere: 0 }]);
  });

  it('a sketch never counts below the truth', () => {
    const s = new CountSketch();
    const truth = new Map<number, number>();
    const rand = seededRandom(8);
    for (let i = 0; i < 20_000; i++) {
      const k = vectorHash('1', [Math.floor(rand() * 300), Math.floor(rand() * 300)]);
      s.add(k);
      truth.set(k, (truth.get(k) ?? 0) + 1);
    }
    let over = 0;
    for (const [k, n] of truth) {
      expect(s.estimate(k)).toBeGreaterThanOrEqual(n);
      if (s.estimate(k) > n) over++;
    }
    expect(over / truth.size).toBeLessThan(0.01);
  });
});
