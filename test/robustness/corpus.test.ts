// The corpus through the CLI as a user runs it (`--json`, `--out`), each case held to the same promises: exit 0/2, no
// stack trace or library text, valid JSON, planted bad cells named, input untouched, the input's parts kept in the
// output, the output readable and a re-run idempotent.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { ResultJson } from '../../src/cli/resultJson';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { corpus } from './corpus';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { parts, preservationProblems } from './helpers';

const CASES = corpus();
const OUTPUT_SHEETS = /^(ШНОР \d{4}|Динамика|Сводка|Параметры)( \(\d+\))?$/;
const LIBRARY_TEXT = /Cannot read|is not a function|is not defined|TypeError|RangeError|SyntaxError|Unexpected token|\bundefined\b|непредвиденная ошибка/;
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-corpus-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => { err += `${t}\n`; }, now: () => new Date('2024-11-23T10:00:00Z') });
  return { code, err };
}

/** The output sheets of a written workbook, as values. */
function outputSheets(bytes: Uint8Array): Record<string, unknown> {
  const read = readSpreadsheet(bytes, 'out.xlsx');
  return Object.fromEntries(read.grids.filter((g) => OUTPUT_SHEETS.test(g.sheet)).map((g) => [g.sheet, g.values]));
}

test('the corpus has at least 150 cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(150);
});

describe.each(CASES.map((c, i) => [i, c.name, c] as const))('case %i: %s', (i, _name, c) => {
  it('keeps every promise', async () => {
    const caseDir = path.join(dir, String(i));
    fs.mkdirSync(path.join(caseDir, 'again'), { recursive: true });
    const input = path.join(caseDir, c.fileName);
    const bytes = await c.bytes();
    fs.writeFileSync(input, bytes);
    const json = path.join(caseDir, 'result.json');
    const out = path.join(caseDir, 'again', c.fileName.replace(/\.[^.]+$/, '.xlsx'));
    const run = await cli(['analyze', input, '--json', json, '--out', out]);

    expect([0, 2]).toContain(run.code);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(run.err).not.toMatch(LIBRARY_TEXT);
    expect(Buffer.from(fs.readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
    if (run.code === 2) {
      expect(run.err).toMatch(/[а-яё]/i);
      return;
    }
    const result = JSON.parse(fs.readFileSync(json, 'utf8')) as ResultJson;
    expect(Array.isArray(result.schools)).toBe(true);
    for (const w of result.warnings) {
      expect(w.message).not.toMatch(LIBRARY_TEXT);
      if (w.cell !== undefined) expect(w.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    }
    if (c.named) expect(result.warnings.some((w) => w.sheet === c.named?.sheet && w.cell === c.named?.cell)).toBe(true);

    const written = fs.readdirSync(path.join(caseDir, 'again')).map((f) => path.join(caseDir, 'again', f));
    expect(written).toHaveLength(1);
    const output = new Uint8Array(fs.readFileSync(written[0]));
    // Every part the product wrote or edited holds only characters XML 1.0 allows (the input's own parts are kept as they were).
    const inputParts = /\.(xlsx|xlsm)$/i.test(c.fileName) ? await parts(bytes).catch(() => new Map<string, Uint8Array>()) : new Map<string, Uint8Array>();
    for (const [name, part] of await parts(output)) {
      const kept = inputParts.get(name);
      if (kept && Buffer.from(kept).equals(Buffer.from(part))) continue;
      if (/\.(xml|rels|vml)$/i.test(name)) expect(new TextDecoder().decode(part)).not.toMatch(INVALID_XML_CHARS);
    }
    const first = outputSheets(output);
    expect(Object.keys(first).length).toBeGreaterThanOrEqual(3);
    // Every part of an .xlsx input is kept (byte-identical but for the parts the writer edits), unless the input
    // already held output sheets, whose parts a run replaces.
    const replacesOwnOutput = /\.(xlsx|xlsm)$/i.test(c.fileName) && (await (await XlsxWorkbook.open(bytes, c.fileName)).readTracked()).length > 0;
    if (/\.(xlsx|xlsm)$/i.test(c.fileName) && !run.err.includes('новый файл .xlsx')) {
      const problems = await preservationProblems(bytes, output);
      expect(replacesOwnOutput ? problems.filter((p) => !/^(changed|missing) part/.test(p)) : problems).toEqual([]);
    }

    // A re-run on the annotated copy (under the input's own name) replaces its own sheets and writes the same values.
    const again = path.join(caseDir, 'again2.xlsx');
    fs.writeFileSync(input, output);
    const rerun = await cli(['analyze', input, '--out', again]);
    expect(rerun.code).toBe(0);
    expect(outputSheets(new Uint8Array(fs.readFileSync(again)))).toEqual(first);
  });
});
