// `shnor analyze`: reads .xlsx files, identifies ШНОР, writes the annotated copy and/or result.json.
import fs from 'fs';
import path from 'path';
import { analyzeAndReport, sourceSheets, writeReport } from '../app/pipeline';
import { ingest } from '../ingest/ingest';
import { sanitizeSourceSettings } from '../ingest/settings';
import { IngestSettings } from '../ingest/types';
import { SheetGrid } from '../ingest/grid';
import { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import { Analysis } from '../core/results';
import { AnalyzeArgs } from './args';
import { toResultJson } from './resultJson';
import { summaryText } from './summary';
import { productVersion } from './version';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
}

/** Exit 2: no usable data, or a file that cannot be read. */
export class DataError extends Error {}

interface OpenedFile {
  readonly label: string;
  readonly workbook: XlsxWorkbook;
  readonly grids: readonly SheetGrid[];
}

async function openFile(file: string): Promise<OpenedFile> {
  const label = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw new DataError(`Не удалось открыть файл «${file}»: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'файл не найден' : String(e)}`);
  }
  try {
    const workbook = await XlsxWorkbook.open(bytes, label);
    const grids = await workbook.readSheets((await sourceSheets(workbook)).sources);
    return { label, workbook, grids };
  } catch (e) {
    throw new DataError(`Файл «${file}» не читается как книга Excel (.xlsx): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Per-sheet corrections from --settings; anything unreadable in the file is a clear error, not a silent skip. */
function readSettings(file: string | undefined): IngestSettings | undefined {
  if (file === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DataError(`Не удалось прочитать настройки листов «${file}»: ${e instanceof Error ? e.message : String(e)}`);
  }
  const settings = sanitizeSourceSettings(raw);
  if (typeof raw === 'object' && raw !== null && Object.keys(raw).length !== Object.keys(settings).length) {
    throw new DataError(`В настройках листов «${file}» есть записи, которые не удалось понять; ожидается { "Лист": { "excluded": true, "context": { "year": 2024 }, "columns": { "C": "share2" } } }.`);
  }
  return settings;
}

export async function runAnalyze(args: AnalyzeArgs, io: CliIO): Promise<Analysis> {
  const opened: OpenedFile[] = [];
  for (const file of args.files) opened.push(await openFile(file));
  const ingested = ingest(opened.flatMap((o) => o.grids), readSettings(args.settings));
  for (const w of ingested.dataset.warnings) {
    // Ingest messages already name the sheet and the cell («Лист «ВПР 5», ячейка D7: …»).
    io.stderr(`${w.file ? `${w.file}: ` : ''}${w.message}`);
  }
  if (ingested.dataset.results.length === 0) {
    const reasons = ingested.sheets.map((s) => `  ${s.file}: «${s.sheet}» — ${s.skippedReason ?? 'результатов не найдено'}`);
    throw new DataError(['Не найдено ни одного результата оценочных процедур.', ...reasons].join('\n'));
  }
  const { analysis, report } = analyzeAndReport(ingested, {
    parameters: args.parameters,
    now: io.now(),
    version: productVersion(),
    files: opened.map((o) => o.label),
  });
  if (args.out) {
    const first = opened[0].workbook;
    await writeReport(first, report);
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, await first.toBytes());
  }
  if (args.json) {
    const text = JSON.stringify(toResultJson(analysis), null, 2) + '\n';
    if (args.json === '-') io.stdout(text);
    else fs.writeFileSync(args.json, text);
  }
  if (args.json !== '-') {
    io.stdout(summaryText(analysis, args.lang));
    if (args.out) io.stdout(args.lang === 'en' ? `Annotated workbook: ${path.resolve(args.out)}` : `Книга с результатами: ${path.resolve(args.out)}`);
  }
  return analysis;
}
