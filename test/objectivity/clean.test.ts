// A clean generated region flags few schools by chance (§7, α = 0,01), over several seeds; and the statistics-only
// path (school shares, no protocols) gives the same P5/P6a/P6b as the protocol path on the same pupils.
import { RawValue, SheetGrid } from '../../src/ingest/grid';
import { ingest } from '../../src/ingest/ingest';
import { objectivityIndex } from '../../src/core/flags';
import { ResultRecord } from '../../src/core/model';
import { MarkerId, WorkObjectivity } from '../../src/core/objectivity';
import { params } from '../../src/core/testing/builders';
import { protocolRows } from '../fixtures/protocols/generate';
import { makeRegion, taskMaxima } from '../fixtures/protocols/region';

const MAX = taskMaxima(16, 20);
const grid = (values: RawValue[][]): SheetGrid => ({ file: 'Проведение работы по математике, 5 класс. ВПР 2021.xlsx', sheet: 'Лист1', values, originRow: 1, originCol: 1, merges: [] });

/** A region where every school is alike (spread 0): whatever a marker finds is chance. */
function results(seed: number, schools: number): readonly ResultRecord[] {
  const region = makeRegion({ seed, schools, taskMax: MAX, bounds: [6, 11, 16], spread: 0 });
  return ingest([grid(protocolRows('2022+', region, MAX.length, undefined, MAX))]).dataset.results;
}

function works(rs: readonly ResultRecord[], alpha = 0.01): WorkObjectivity[] {
  return [...objectivityIndex(rs, [], params({ objectivityAlpha: alpha })).values()].flat();
}

describe('a clean region (schools alike)', () => {
  const seeds = [101, 202, 303, 404, 505];
  const regions = seeds.map((s) => results(s, 120));
  const all = regions.flatMap((r) => works(r));
  const rate = (id: MarkerId): number => all.filter((w) => w.markers.some((m) => m.id === id && m.state === 'marked')).length / all.length;

  it('has hundreds of judged works with enough pupils', () => {
    expect(all.length).toBe(seeds.length * 120);
    expect(all.filter((w) => w.markers.some((m) => m.state !== 'no_data')).length).toBeGreaterThan(500);
  });

  it('each test marker fires at about α or less (exact tests are conservative), the headline at most ~1 %', () => {
    // P1 is an interval rule (95 %), not a test at α: about 2,5 % by chance, and it counts only with P5 or P6b.
    expect(rate('P1')).toBeLessThanOrEqual(0.05);
    for (const id of ['P4', 'P5', 'P6a', 'P6b', 'P7'] as const) expect([id, rate(id) <= 0.02]).toEqual([id, true]);
    for (const id of ['P2', 'P3', 'P8'] as const) expect([id, rate(id) <= 0.01]).toEqual([id, true]);
    expect(all.filter((w) => w.flagged).length / all.length).toBeLessThanOrEqual(0.015);
  });

  it('a looser α marks more (the markers respond to α)', () => {
    const loose = regions.flatMap((r) => works(r, 0.2));
    const count = (ws: WorkObjectivity[]): number => ws.reduce((a, w) => a + w.markers.filter((m) => m.state === 'marked').length, 0);
    expect(count(loose)).toBeGreaterThan(count(all));
  });
});

describe('statistics only against protocols, same pupils', () => {
  it('P5, P6a and P6b agree when every pupil has a journal mark; the other markers say «нет данных»', () => {
    const region = makeRegion({ seed: 77, schools: 80, taskMax: MAX, bounds: [6, 11, 16], plants: new Map([[0, 'fives'], [1, 'reversed'], [2, 'boundary']]) })
      .map((s) => ({ ...s, pupils: s.pupils.filter((p) => p.total !== null).map((p) => ({ ...p, journal: p.journal ?? 4 })) }));
    const rs = ingest([grid(protocolRows('2021', region, MAX.length, undefined, MAX))]).dataset.results;
    const fromProtocols = works(rs);
    // The same results as a ФИС ОКО statistics report gives them: shares and participants, no pupils.
    const fromStatistics = works(rs.map(({ evidence: _evidence, ...shares }) => shares));
    expect(fromStatistics.every((w) => w.source === 'statistics')).toBe(true);
    const pick = (ws: WorkObjectivity[], id: MarkerId): string[] =>
      ws.flatMap((w) => w.markers.filter((m) => m.id === id).map((m) => `${w.schoolKey}:${m.state}:${(m.p ?? 1).toFixed(9)}`)).sort();
    for (const id of ['P5', 'P6a', 'P6b'] as const) expect(pick(fromStatistics, id)).toEqual(pick(fromProtocols, id));
    expect(pick(fromStatistics, 'P5').filter((x) => x.includes(':marked:')).length).toBeGreaterThan(0);
    for (const w of fromStatistics) {
      expect(w.markers.filter((m) => m.state === 'no_data' && m.reason === 'no_source').map((m) => m.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P7', 'P8']);
    }
  });
});
