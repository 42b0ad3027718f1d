// Analyses for the справка tests: the sample district (through the CLI's reading) and a generated region of 640
// schools in 11 municipalities, 2022–2024 (bench/district.ts).
import fs from 'fs';
import os from 'os';
import path from 'path';
import { generateDataset } from '../../bench/district';
import { parseAnalyzeArgs } from '../../src/cli/args';
import { runAnalyze } from '../../src/cli/analyzeCommand';
import { sampleWorkbookBytes } from '../../src/cli/sample/generateSample';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { Analysis } from '../../src/core/results';

export const NOTE_NOW = new Date('2024-11-23T10:00:00Z');

let region: Analysis | undefined;

/** The analysis of the generated region (computed once per test file). */
export function regionAnalysis(): Analysis {
  region ??= analyze(generateDataset({ schools: 640, years: [2022, 2023, 2024], perMunicipality: 60, seed: 7 }), DEFAULT_PARAMETERS);
  return region;
}

/** The analysis of the sample district workbook, read as the CLI reads it. */
export async function sampleAnalysis(): Promise<Analysis> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-note-'));
  try {
    const input = path.join(dir, 'район.xlsx');
    fs.writeFileSync(input, await sampleWorkbookBytes());
    return await runAnalyze(parseAnalyzeArgs([input]), { stdout: () => undefined, stderr: () => undefined, now: () => NOTE_NOW });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
