// `shnor analyze`: reads .xlsx files, identifies ШНОР, writes the annotated copy and/or result.json.
import path from 'path';
import { analyzeAndReport, writeReport } from '../app/pipeline';
import { ingest } from '../ingest/ingest';
import { partnerChoicesOf, sheetSettingsOf } from '../ingest/settings';
import { WORKBOOK_SETTINGS_KEY } from '../ingest/types';
import { SettingsFile, SettingsFileError, checkSettingsNames, readSettingsFile } from './settingsFile';
import { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import { Analysis } from '../core/results';
import { AnalyzeArgs } from './args';
import { checkOutputPaths, checkReportPath, outputName } from './filePaths';
import { noteDocxBytes } from '../adapters/docx/noteDocx';
import { writeFileAtomic } from './safeWrite';
import { readLocalFile } from './localFile';
import { OpenedInput, openInput } from '../adapters/input/openInput';
import { checkReplaceable } from './replaceCheck';
import { InputFileError, MAX_FILE_BYTES } from '../adapters/files/fileKind';
import { ReportModel } from '../report/model';
import { runCaveats, skippedLines } from '../app/runCaveats';
import { toResultJson } from './resultJson';
import { newWorkbookBytes } from '../adapters/xlsx/newWorkbook';
import { MarkScale } from '../ingest/protocols/scales';
import { PROTOCOL_RESULTS_SHEET, PROTOCOL_RESULTS_WIDTHS, protocolResultsTable } from '../report/protocolResults';
import { pluralRu, quotedNames } from '../core/format';
import { Warning } from '../core/model';
import { ScalesFileError, readScalesFile } from './scalesFile';

type ProtocolTable = ReturnType<typeof protocolResultsTable>;
import { summaryText } from './summary';
import { aggregateLines, doubtLine, doubtsTitle } from '../ingest/doubts';
import { conflictLines } from './conflictLines';
import { productVersion } from './version';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
}

/** Exit 2: no usable data, or a file that cannot be read. */
export class DataError extends Error {}

/** An input as the one opener gave it, with the path it was given by. */
interface OpenedFile extends OpenedInput {
  readonly path: string;
}

interface Unreadable {
  readonly label: string;
  readonly message: string;
}

/** How files are named in messages: the file name, or the path as given when two inputs share a name. */
export function fileLabels(files: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(path.basename(f), (counts.get(path.basename(f)) ?? 0) + 1);
  return files.map((f) => ((counts.get(path.basename(f)) ?? 0) > 1 ? f : path.basename(f)));
}

/** Opens one input through the one opener of every front end; how it was read goes to stderr. */
async function openFile(file: string, label: string, io: CliIO): Promise<OpenedFile> {
  const opened = await openInput(readLocalFile(file, MAX_FILE_BYTES), label, { streamProtocols: true });
  for (const note of opened.notes) io.stderr(`${label}: ${note}`);
  return { ...opened, path: file };
}

/** Opens every input; a file that cannot be read is named with its reason and the others go on. */
async function openAll(files: readonly string[], io: CliIO): Promise<{ opened: OpenedFile[]; unreadable: Unreadable[] }> {
  const labels = fileLabels(files);
  const opened: OpenedFile[] = [];
  const unreadable: Unreadable[] = [];
  for (const [i, file] of files.entries()) {
    try {
      opened.push(await openFile(file, labels[i], io));
    } catch (e) {
      if (!(e instanceof InputFileError)) throw e;
      const message = `Файл «${labels[i]}» не прочитан: ${e.message}.`;
      io.stderr(message);
      unreadable.push({ label: labels[i], message });
    }
  }
  return { opened, unreadable };
}

/** Per-sheet corrections from --settings; anything unreadable in the file is one Russian sentence (exit 2). */
function readSettings(file: string | undefined): SettingsFile | undefined {
  if (file === undefined) return undefined;
  try {
    return readSettingsFile(file);
  } catch (e) {
    if (e instanceof SettingsFileError) throw new DataError(e.message);
    throw e;
  }
}

/** --scales: the user's scales (bad rows as warnings); an unusable file stops the run with exit 2. */
function readScales(file: string | undefined): { scales: MarkScale[]; warnings: Warning[] } {
  if (file === undefined) return { scales: [], warnings: [] };
  try {
    return readScalesFile(file);
  } catch (e) {
    if (e instanceof ScalesFileError) throw new DataError(e.message);
    throw e;
  }
}

/** Warnings printed to stderr before the rest is summed up in one line (all of them stay in JSON and on Параметры). */
const STDERR_WARNING_LIMIT = 200;
/** Aggregate rows listed on stderr with their evidence (all of them are on Параметры). */
const STDERR_AGGREGATE_LIMIT = 40;
/** «Возможно, одна школа»: groups printed to stderr, names shown per group (all of them go to «Параметры»). */
const STDERR_DUPLICATE_LIMIT = 20;
const DUPLICATE_NAMES_SHOWN = 5;

export async function runAnalyze(args: AnalyzeArgs, io: CliIO): Promise<Analysis> {
  checkOutputPaths(args.files, args.out, args.json);
  if (args.report !== undefined) checkReportPath(args.files, args.report, [args.out, args.json]);
  if (args.out !== undefined) await checkReplaceable(args.out, args.force);
  const settingsFile = readSettings(args.settings);
  const settings = settingsFile?.settings;
  const userScales = readScales(args.scales);
  const { opened, unreadable } = await openAll(args.files, io);
  if (opened.length === 0) throw new DataError(['Ни один файл не прочитан.', ...unreadable.map((u) => `  ${u.message}`)].join('\n'));
  const ingested = ingest(opened.flatMap((o) => o.grids), settings, { protocols: opened.flatMap((o) => o.protocols), scales: userScales.scales });
  const settingsWarnings = settingsFile
    ? checkSettingsNames(settingsFile, new Set(opened.flatMap((o) => o.sheetNames)), ingested.dataset.schools)
    : [];
  const warnings = [...settingsWarnings, ...userScales.warnings, ...ingested.dataset.warnings];
  // Doubts first: each can change a verdict, and they must not drown among ordinary warnings.
  if (ingested.doubts.length > 0) io.stderr([`${doubtsTitle(ingested.doubts)}:`, ...ingested.doubts.map((d) => `  ! ${doubtLine(d)}`)].join('\n'));
  // Ingest messages already name the sheet and the cell («Лист «ВПР 5», ячейка D7: …»); conflicts go one line per pair of sheets.
  const plain = warnings.filter((w) => w.kind !== 'conflict');
  for (const w of plain.slice(0, STDERR_WARNING_LIMIT)) io.stderr(`${w.file ? `${w.file}: ` : ''}${w.message}`);
  if (plain.length > STDERR_WARNING_LIMIT) {
    io.stderr(`… и ещё ${plain.length - STDERR_WARNING_LIMIT} предупреждений (все — в JSON и на листе «Параметры»).`);
  }
  for (const line of conflictLines(warnings)) io.stderr(line);
  const aggregates = aggregateLines(ingested.sheets);
  if (aggregates.length > 0) {
    const shown = aggregates.slice(0, STDERR_AGGREGATE_LIMIT).map((l) => `  ${l}`);
    const more = aggregates.length > shown.length ? [`  … и ещё ${aggregates.length - shown.length} (все — на листе «Параметры»)`] : [];
    io.stderr(['Строки, взятые как итоги (не школы), и почему:', ...shown, ...more].join('\n'));
  }
  const caveats = runCaveats(ingested);
  if (caveats.skipped.length > 0 && ingested.dataset.results.length > 0) {
    io.stderr(['Пропущены листы:', ...skippedLines(caveats).map((l) => `  ${l}`)].join('\n'));
  }
  const duplicates = ingested.dataset.possibleDuplicates ?? [];
  for (const d of duplicates.slice(0, STDERR_DUPLICATE_LIMIT)) {
    io.stderr(`Возможно, одна школа: ${quotedNames(d.names, DUPLICATE_NAMES_SHOWN)} — считаются разными; если это одна школа, объедините их в --settings: { "*": { "schoolMerges": [["${d.names[0]}", "${d.names[1]}"]] } }`);
  }
  if (duplicates.length > STDERR_DUPLICATE_LIMIT) {
    const rest = duplicates.length - STDERR_DUPLICATE_LIMIT;
    io.stderr(`… и ещё ${rest} ${pluralRu(rest, 'группа', 'группы', 'групп')} похожих названий (все — на листе «Параметры»).`);
  }
  if (ingested.dataset.results.length === 0) {
    const reasons = ingested.sheets.map((s) => `  ${s.file}: «${s.sheet}» — ${s.skippedReason ?? 'результатов не найдено'}`);
    throw new DataError(['Не найдено ни одного результата оценочных процедур.', ...reasons, ...unreadable.map((u) => `  ${u.message}`)].join('\n'));
  }
  const years = [...new Set(ingested.dataset.results.map((r) => r.year))].sort((a, b) => a - b);
  if (args.parameters.targetYear !== undefined && !years.includes(args.parameters.targetYear)) {
    throw new DataError(`За ${args.parameters.targetYear} г. в данных нет ни одного результата; есть годы: ${years.join(', ')}. Укажите --year одним из них.`);
  }
  const partnerChoices = partnerChoicesOf(settings);
  const { analysis, report } = analyzeAndReport(ingested, {
    parameters: partnerChoices ? { ...args.parameters, partnerChoices } : args.parameters,
    now: io.now(),
    version: productVersion(),
    files: opened.map((o) => o.label),
    note: sheetSettingsOf(settings, WORKBOOK_SETTINGS_KEY)?.note,
  });
  // The JSON first: it does not depend on the workbook being writable.
  if (args.json) {
    const json = toResultJson(analysis, [...unreadable.map((u) => ({ file: u.label, sheet: '', message: u.message })), ...settingsWarnings, ...userScales.warnings], ingested.doubts);
    const text = JSON.stringify(json, null, 2) + '\n';
    if (args.json === '-') io.stdout(text);
    else writeFileAtomic(args.json, text);
  }
  if (args.report !== undefined && report.note) {
    writeFileAtomic(args.report, await noteDocxBytes(report.note));
    io.stderr(`Аналитическая справка: ${path.resolve(args.report)}`);
  }
  let written: string | undefined;
  if (args.out) written = await writeAnnotated(opened, args.out, args.force, report, protocolResultsTable(ingested.dataset, ingested.sheets), io);
  if (args.json !== '-') {
    io.stdout(summaryText(analysis, args.lang, ingested.doubts));
    if (written) io.stdout(args.lang === 'en' ? `Annotated workbook: ${path.resolve(written)}` : `Книга с результатами: ${path.resolve(written)}`);
  }
  return analysis;
}

/** Writes the annotated copy of the first readable input; says what the user should know about it. */
async function writeAnnotated(opened: readonly OpenedFile[], out: string, force: boolean, report: ReportModel, protocolTable: ProtocolTable, io: CliIO): Promise<string> {
  const base = opened.find((o) => o.workbook !== undefined);
  if (!base?.workbook) {
    // Only protocols were given: a new workbook with the per-school table they gave and the output sheets.
    const sheet = { name: PROTOCOL_RESULTS_SHEET, values: protocolTable, columnWidths: PROTOCOL_RESULTS_WIDTHS, freeze: { rows: 1, columns: 1 } };
    const workbook = await XlsxWorkbook.open(await newWorkbookBytes([sheet]), 'protocols.xlsx');
    const name = outputName(out, false);
    if (name.changed) await checkReplaceable(name.file, force);
    io.stderr(`Книга с результатами — новый файл .xlsx: в ней лист «${PROTOCOL_RESULTS_SHEET}» (результаты ОО, посчитанные по протоколам) и листы результатов.`);
    checkOutputPaths(opened.map((o) => o.path), name.file, undefined);
    await writeReport(workbook, report);
    writeFileAtomic(name.file, await workbook.toBytes());
    return name.file;
  }
  const first = { ...base, workbook: base.workbook };
  const name = outputName(out, first.workbook.macroEnabled);
  if (name.changed) await checkReplaceable(name.file, force);
  if (name.changed) {
    io.stderr(`«${first.label}» — книга с макросами: копия записана как «${name.file}» (под именем .xlsx Excel её не откроет).`);
  }
  if (first.workbook.rebuilt) {
    io.stderr(`Книга с результатами — новый файл .xlsx (${first.workbook.rebuilt}): в нём значения исходных листов «${first.label}» и листы результатов.`);
  }
  if (opened.length > 1) io.stderr(`Листы результатов добавлены в копию первой книги — «${first.label}».`);
  if (protocolTable.length > 0) {
    const added = await first.workbook.addSourceSheet(PROTOCOL_RESULTS_SHEET, protocolTable, PROTOCOL_RESULTS_WIDTHS);
    io.stderr(added
      ? `В копию книги добавлен лист «${PROTOCOL_RESULTS_SHEET}»: результаты ОО, посчитанные по протоколам (получатель видит данные без протоколов).`
      : `Лист «${PROTOCOL_RESULTS_SHEET}» уже есть в книге «${first.label}» — он не изменён; результаты новых протоколов — в JSON и в объяснениях листа «ШНОР».`);
  }
  checkOutputPaths(opened.map((o) => o.path), name.file, undefined);
  await writeReport(first.workbook, report);
  for (const notice of first.workbook.writeNotices()) io.stderr(notice);
  writeFileAtomic(name.file, await first.workbook.toBytes());
  return name.file;
}
