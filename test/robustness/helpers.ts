// Test helper: one full run over the .xlsx port (read → analyse → write), and the invariants every written package keeps.
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { RunResult, runAnalysis } from '../../src/app/pipeline';
import { DEFAULT_PARAMETERS } from '../../src/core/parameters';
import { packageProblems } from '../xlsx/packageChecks';

export const NOW = new Date('2024-11-23T10:00:00Z');

export async function runOn(bytes: Uint8Array, name = 'book.xlsx'): Promise<{ workbook: XlsxWorkbook; result: RunResult; output: Uint8Array }> {
  const workbook = await XlsxWorkbook.open(bytes, name);
  const result = await runAnalysis(workbook, { parameters: DEFAULT_PARAMETERS, now: NOW, version: 'test' });
  return { workbook, result, output: await workbook.toBytes() };
}

/** Parts the writer must edit to add sheets; every other part of the input is byte-identical in the output. */
const EDITED = /^(\[content_types\]\.xml|.*_rels\/.*\.rels|.*workbook\.xml|.*book\.xml|docprops\/(app|custom)\.xml|xl\/styles\.xml)$/i;

export async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

/**
 * A worksheet part whose only change is its tab selection: the output opens on the ШНОР list, so a source sheet that
 * was the selected tab loses tabSelected (else Excel would open with two tabs grouped); nothing else may differ.
 */
function onlyTabSelection(name: string, before: Uint8Array, after: Uint8Array): boolean {
  if (!/worksheets\/[^/]+\.xml$/i.test(name)) return false;
  const text = (b: Uint8Array): string => new TextDecoder().decode(b);
  const was = text(before);
  const now = text(after);
  return /\stabSelected\s*=\s*"(1|true)"/.test(was) && !/\stabSelected\s*=\s*"(1|true)"/.test(now) && was.replace(/\stabSelected\s*=\s*("[^"]*"|'[^']*')/g, '') === now;
}

/** What the output lost or changed of the input package (empty when it kept everything it must). */
export async function preservationProblems(input: Uint8Array, output: Uint8Array): Promise<string[]> {
  const before = await parts(input);
  const after = await parts(output);
  const problems: string[] = [];
  for (const [name, bytes] of before) {
    const got = after.get(name);
    if (!got) problems.push(`missing part ${name}`);
    else if (!EDITED.test(name) && Buffer.compare(Buffer.from(got), Buffer.from(bytes)) !== 0 && !onlyTabSelection(name, bytes, got)) problems.push(`changed part ${name}`);
  }
  // A problem the input already had (a dangling relationship of its own) is kept as it was, not made.
  const had = new Set(await packageProblems(input));
  return [...problems, ...(await packageProblems(output)).filter((p) => !had.has(p))];
}
