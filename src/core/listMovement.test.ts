// Tests of движение по списку (§3): entered / stayed / exited / none / unknown, computed Y−1 and official-list override.
import { identify } from './identify';
import { Verdict } from './results';
import { P, dataset, officialList, params, result, school } from './testing/builders';

function byKey(verdicts: readonly Verdict[]): Record<string, Verdict> {
  return Object.fromEntries(verdicts.map((v) => [v.schoolKey, v]));
}

describe('list movement computed from Y−1 data', () => {
  const data = dataset({
    results: [
      // entered: ok in 2023, К1 in 2024
      result('entered', 2023, P.vpr5Rus, 10),
      result('entered', 2024, P.vpr5Rus, 40),
      result('entered', 2024, P.vpr5Math, 40),
      // stayed: К1 in 2023 and in 2024
      result('stayed', 2023, P.vpr5Rus, 40),
      result('stayed', 2023, P.vpr5Math, 40),
      result('stayed', 2024, P.vpr5Rus, 40),
      result('stayed', 2024, P.ogeMath, 40),
      // exited: К1 in 2023, ok in 2024
      result('exited', 2023, P.ogeRus, 50),
      result('exited', 2023, P.ogeMath, 50),
      result('exited', 2024, P.ogeMath, 5),
      // none: ok both years
      result('none', 2023, P.ogeMath, 5),
      result('none', 2024, P.ogeMath, 5),
      // К2 in 2023 needs 2022: low 2022 and low 2023 → ШНОР in 2023; 2024 no data
      result('k2prev', 2022, P.egeRus, 35),
      result('k2prev', 2023, P.egeRus, 35),
    ],
  });
  const v = byKey(identify(data, params()).verdicts);

  it('вошла / осталась / вышла / none', () => {
    expect(v.entered.listChange).toBe('entered');
    expect(v.entered.previousStatus).toBe('ok');
    expect(v.stayed.listChange).toBe('stayed');
    expect(v.stayed.previousStatus).toBe('shnor');
    expect(v.exited.listChange).toBe('exited');
    expect(v.exited.status).toBe('ok');
    expect(v.none.listChange).toBe('none');
  });

  it('Y−1 is computed the same way, with К2 reaching back to Y−2', () => {
    expect(v.k2prev.status).toBe('no_data');
    expect(v.k2prev.previousStatus).toBe('shnor');
    expect(v.k2prev.listChange).toBe('exited');
  });
});

describe('unknown when Y−1 is neither computable nor listed', () => {
  it('no counted result in Y−1 (a non-counted one does not make it computable)', () => {
    const data = dataset({
      results: [result('s', 2023, P.vpr7Math, 50), result('s', 2024, P.vpr5Rus, 40), result('s', 2024, P.vpr5Math, 40)],
    });
    const v = identify(data, params()).verdicts[0];
    expect(v.status).toBe('shnor');
    expect(v.listChange).toBe('unknown');
    expect(v.previousStatus).toBeUndefined();
  });
});

describe('official list of Y−1 overrides the computation', () => {
  const data = dataset({
    results: [
      // computed ok in 2023, but on the list; ШНОР in 2024 → stayed
      result('listed', 2023, P.vpr5Rus, 5),
      result('listed', 2024, P.vpr5Rus, 40),
      result('listed', 2024, P.vpr5Math, 40),
      // computed ШНОР in 2023, not on the list; ШНОР in 2024 → entered
      result('unlisted', 2023, P.vpr5Rus, 40),
      result('unlisted', 2023, P.vpr5Math, 40),
      result('unlisted', 2024, P.vpr5Rus, 40),
      // on the list, ok in 2024 → exited
      result('left', 2024, P.vpr5Rus, 1),
    ],
    officialLists: [officialList(2023, ['listed', 'left'])],
  });
  const v = byKey(identify(data, params()).verdicts);

  it('those on the list were ШНОР in Y−1 (previousStatus listed)', () => {
    expect(v.listed.listChange).toBe('stayed');
    expect(v.listed.previousStatus).toBe('listed');
    expect(v.left.listChange).toBe('exited');
    expect(v.left.previousStatus).toBe('listed');
  });

  it('those not on the list were not ШНОР in Y−1, whatever the computation says', () => {
    expect(v.unlisted.status).toBe('shnor');
    expect(v.unlisted.listChange).toBe('entered');
    expect(v.unlisted.previousStatus).toBeUndefined();
  });

  it('a list alone (no Y−1 data) makes the movement known', () => {
    const alone = dataset({
      results: [result('a', 2024, P.vpr5Rus, 50), result('a', 2024, P.vpr5Math, 50), result('b', 2024, P.vpr5Rus, 1)],
      schools: [school('a'), school('b'), school('c')],
      officialLists: [officialList(2023, ['b']), officialList(2022, ['a'])],
    });
    const w = byKey(identify(alone, params()).verdicts);
    expect(w.a.listChange).toBe('entered');
    expect(w.b.listChange).toBe('exited');
    expect(w.c.listChange).toBe('none');
  });

  it('a list for another year does not decide Y−1', () => {
    const other = dataset({
      results: [result('a', 2024, P.vpr5Rus, 50), result('a', 2024, P.vpr5Math, 50)],
      officialLists: [officialList(2022, ['a'])],
    });
    expect(identify(other, params()).verdicts[0].listChange).toBe('unknown');
  });
});
