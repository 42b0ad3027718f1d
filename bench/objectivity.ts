// Bench case objectivity-region: a region's protocols with real task structure (cohorts over two years, planted
// schools) through the CLI with the markers of §7 and with them switched off — time and peak memory of both.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { protocolRows, xlsxOf } from '../test/fixtures/protocols/generate';
import { Plant, makeRegion, taskMaxima } from '../test/fixtures/protocols/region';
import { runCliMeasured } from './protocols';

const WORKS: readonly { year: number; subject: string; file: string; grade: number; bounds: [number, number, number]; max: number; tasks: number }[] = [
  { year: 2020, subject: 'Русский язык', file: 'русскому языку', grade: 4, bounds: [13, 23, 32], max: 38, tasks: 26 },
  { year: 2020, subject: 'Математика', file: 'математике', grade: 4, bounds: [5, 9, 13], max: 20, tasks: 16 },
  { year: 2020, subject: 'Русский язык', file: 'русскому языку', grade: 5, bounds: [17, 28, 38], max: 45, tasks: 31 },
  { year: 2020, subject: 'Математика', file: 'математике', grade: 5, bounds: [6, 10, 14], max: 20, tasks: 16 },
  { year: 2020, subject: 'Математика', file: 'математике', grade: 6, bounds: [5, 9, 13], max: 16, tasks: 14 },
  { year: 2021, subject: 'Русский язык', file: 'русскому языку', grade: 5, bounds: [17, 28, 38], max: 45, tasks: 31 },
  { year: 2021, subject: 'Математика', file: 'математике', grade: 5, bounds: [6, 11, 16], max: 20, tasks: 16 },
  { year: 2021, subject: 'Русский язык', file: 'русскому языку', grade: 6, bounds: [24, 34, 44], max: 51, tasks: 31 },
  { year: 2021, subject: 'Математика', file: 'математике', grade: 6, bounds: [5, 9, 13], max: 16, tasks: 14 },
  { year: 2021, subject: 'Русский язык', file: 'русскому языку', grade: 4, bounds: [13, 23, 32], max: 38, tasks: 26 },
];
const PLANTS: readonly Plant[] = ['boundary', 'reversed', 'copied', 'hard', 'fives', 'jump', 'dataError'];

/** objectivity-region: ten protocol files of 1 000 schools (≈ 25 000 pupils each), markers on and off. */
export function objectivityRegion(): { rows: number; ms: number; msOff: number; ratio: number; peakMB: number; peakMBOff: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-bench-objectivity-'));
  try {
    const paths: string[] = [];
    let rows = 0;
    WORKS.forEach((w, i) => {
      const max = taskMaxima(w.tasks, w.max);
      const plants = new Map(PLANTS.map((p, k) => [k * 100 + i, p]));
      // One seed per subject: a school is the same cohort in 2020 (grade g) and 2021 (grade g + 1).
      const schools = makeRegion({ seed: w.subject === 'Математика' ? 1001 : 1002, schools: 1000, taskMax: max, bounds: w.bounds, plants, earlier: w.year === 2020 });
      const sheet = protocolRows('2021', schools, max.length, undefined, max);
      rows += sheet.length - 1;
      const file = path.join(dir, `Проведение работы по ${w.file}, ${w.grade} класс. ВПР ${w.year}.xlsx`);
      fs.writeFileSync(file, xlsxOf([{ name: 'Лист1', rows: sheet }], i % 2 === 0));
      paths.push(file);
    });
    const off = runCliMeasured(['analyze', ...paths, '--json', path.join(dir, 'off.json'), '--objectivity-markers', 'none']);
    const on = runCliMeasured(['analyze', ...paths, '--json', path.join(dir, 'on.json')]);
    return { rows, ms: Math.round(on.ms), msOff: Math.round(off.ms), ratio: Math.round((on.ms / off.ms) * 100) / 100, peakMB: on.peakMB, peakMBOff: off.peakMB };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
