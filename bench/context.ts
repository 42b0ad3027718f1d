// Bench case context-region: the context layer (index, fit, intervals, groups, stability) on a region of 600 schools.
import { analyze } from '../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../src/core/parameters';
import { analyzeSocial } from '../src/core/social/analyzeSocial';
import { generateDataset } from './district';
import { socialDataOf } from './socialPassport';

/** Median of `runs` timings of the layer alone (after the list it explains), with the full analyze() for scale. */
export function contextRegion(schools = 600, runs = 5): { schools: number; layerMs: number; analyzeMs: number; resilient: number } {
  const base = generateDataset({ schools, years: [2023, 2024], perMunicipality: 50, seed: 17 });
  const dataset = { ...base, social: socialDataOf(base) };
  const identification = analyze({ ...dataset, social: undefined }, DEFAULT_PARAMETERS).identification;
  const median = (f: () => void): number => {
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    const sorted = times.slice(2).sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
  };
  let resilient = 0;
  const layerMs = median(() => { resilient = analyzeSocial(dataset, identification)?.resilientKeys.size ?? 0; });
  const analyzeMs = median(() => analyze(dataset, DEFAULT_PARAMETERS));
  return { schools, layerMs, analyzeMs, resilient };
}
