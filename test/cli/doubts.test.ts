// Doubts on the command line: the «Сомнения» block comes first on stderr (before ordinary warnings) and opens the
// summary; JSON carries doubts[] with the affected schools' names; a run without doubts says «Сомнений нет».
import { aggregateLines } from '../../src/ingest/doubts';
import { SheetReport } from '../../src/ingest/types';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ResultJson } from '../../src/cli/resultJson';
import { rawXlsx } from '../fixtures/rawXlsx';
import { REAL_MUNICIPALITIES, evidenceForm } from '../fixtures/forms/regionalEvidence';
import { runCli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-doubts-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The real form; with `percentHeader` its «не преодолен min порог» of русский язык is headed «…, %» over counts. */
async function formFile(name: string, percentHeader: boolean): Promise<string> {
  const form = evidenceForm({ sheet: '2023', year: 2023, municipalities: REAL_MUNICIPALITIES, total: { label: 'Итого по Энской области', at: 'bottom' } });
  const rows = form.sheet.rows.map((row, r) => (percentHeader && r === 5 ? row.map((cell, c) => (c === 4 ? 'не преодолели min порог, %' : cell)) : row));
  // A stray text in a participants cell: an ordinary warning, which must come after the doubts.
  const withWarning = rows.map((row, r) => (r === 9 ? row.map((cell, c) => (c === 5 ? 'нет данных?' : cell)) : row));
  const file = path.join(dir, name);
  fs.writeFileSync(file, await rawXlsx([{ ...form.sheet, rows: withWarning }]));
  return file;
}

describe('shnor analyze with doubts', () => {
  it('prints the «Сомнения» block first on stderr and first in the summary, and puts doubts[] in the JSON', async () => {
    const file = await formFile('сомнения.xlsx', true);
    const r = await runCli(['analyze', file]);
    expect(r.code).toBe(0);
    const err = r.err.split('\n');
    expect(err[0]).toMatch(/^Сомнения \(1\): решение, от которого зависят выводы о школах, — проверьте:$/);
    expect(err[1]).toMatch(/^ {2}! сомнения\.xlsx, лист «2023», столбец E: столбец E .* прочитан как число учащихся с «2»\. Зависят выводы о 4 школах: /);
    const warningAt = err.findIndex((l) => l.includes('нет данных?'));
    expect(warningAt).toBeGreaterThan(1);
    expect(r.out.split('\n')[0]).toBe('Сомнения (1): решение, от которого зависят выводы о школах, — проверьте:');
    expect(r.out).toMatch(/\n\s+! .*\nЦелевой год 2023/);

    const json = JSON.parse((await runCli(['analyze', file, '--json', '-'])).out) as ResultJson;
    expect(json.doubts).toHaveLength(1);
    expect(json.doubts[0]).toMatchObject({ kind: 'units', sheet: '2023', cell: 'E' });
    expect([...json.doubts[0].schools].sort()).toEqual(
      ['Гимназия № 3 имени А. С. Пушкина г. Энска', 'Кадетская школа-интернат п.г.т. Энский', 'СОШ № 5 г. Энска', 'СОШ с. Заречное Энского района Энской области'].sort());
  });

  it('says «Сомнений нет» when the reading took no such decision, and lists the total row with its evidence', async () => {
    const file = await formFile('чисто.xlsx', false);
    const r = await runCli(['analyze', file, '--json', path.join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Сомнений нет.');
    expect(r.err).not.toContain('Сомнения');
    expect(r.err).toContain('Строки, взятые как итоги (не школы), и почему:\n  чисто.xlsx, лист «2023», B16 «Итого по Энской области» — итог: подпись «Итого по Энской области»; числа — сумма');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')) as ResultJson;
    expect(json.doubts).toEqual([]);
  });
});

describe('aggregate rows on stderr', () => {
  it('say each district row once per sheet and reason, with its cells, not once per procedure and year', () => {
    const lines = aggregateLines([{
      file: 'район.xlsx', sheet: 'Результаты', layout: 'long', rowsRead: 0, resultsRead: 0, schools: 0, aggregates: 9, warnings: [],
      aggregateRows: [
        ...Array.from({ length: 8 }, (_, i) => ({ cell: `B${214 + i}`, name: 'Северо-Озёрский район', level: 'municipality' as const, evidence: 'подпись «Северо-Озёрский район»' })),
        { cell: 'B214', name: 'Северо-Озёрский район', level: 'municipality' as const, evidence: 'подпись «Северо-Озёрский район»' },
        { cell: 'B300', name: 'Ивановская область', level: 'region' as const, evidence: 'подпись «Ивановская область»' },
      ],
    } as unknown as SheetReport]);
    expect(lines).toEqual([
      'район.xlsx, лист «Результаты», B214, B215, B216, B217, B218, B219 и ещё 2 «Северо-Озёрский район» — муниципалитет: подпись «Северо-Озёрский район»',
      'район.xlsx, лист «Результаты», B300 «Ивановская область» — регион: подпись «Ивановская область»',
    ]);
  });
});
