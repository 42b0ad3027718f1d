// --settings FILE: read like an input (regular file, size limit), every malformed file one Russian sentence, and every
// sheet or school the file names that the data does not have is a warning naming it.
import path from 'path';
import { InputFileError } from '../adapters/files/fileKind';
import { sanitizeSourceSettings } from '../ingest/settings';
import { schoolKey } from '../ingest/schoolNames';
import { IngestSettings, WORKBOOK_SETTINGS_KEY } from '../ingest/types';
import { Warning } from '../core/model';
import { parseJsonText, readLocalFile } from './localFile';

/** Settings are a few kilobytes; a megabyte is already far more than any workbook's corrections. */
export const MAX_SETTINGS_BYTES = 4 * 1024 * 1024;

export const SETTINGS_SHAPE = '{ "Лист": { "excluded": true, "context": { "year": 2024 }, "columns": { "C": "share2" } } }';

/** The settings file cannot be used; the message is one Russian sentence (exit 2). */
export class SettingsFileError extends Error {}

export interface SettingsFile {
  readonly settings: IngestSettings;
  /** The file as parsed, for naming what it refers to (checkSettingsNames). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly label: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks the settings file; any problem is a SettingsFileError with one sentence of our own. */
export function readSettingsFile(file: string): SettingsFile {
  const label = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = readLocalFile(file, MAX_SETTINGS_BYTES);
  } catch (e) {
    if (e instanceof InputFileError) throw new SettingsFileError(`Файл настроек листов «${label}» не прочитан: ${e.message}.`);
    throw e;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const raw = parseJsonText(text, (place) => new SettingsFileError(
    `Файл настроек листов «${label}» — не JSON${place ? ` (ошибка: ${place})` : ''}; ожидается ${SETTINGS_SHAPE}.`,
  ));
  if (!isRecord(raw)) throw new SettingsFileError(`В файле настроек листов «${label}» не объект JSON; ожидается ${SETTINGS_SHAPE}.`);
  const settings = sanitizeSourceSettings(raw);
  const understood = new Set(Object.keys(settings));
  const notUnderstood = Object.keys(raw).filter((k) => !understood.has(k));
  if (notUnderstood.length > 0) {
    throw new SettingsFileError(
      `В файле настроек листов «${label}» не удалось понять ${notUnderstood.length === 1 ? 'запись' : 'записи'} ${notUnderstood.slice(0, 5).map((k) => `«${k}»`).join(', ')}; ожидается ${SETTINGS_SHAPE}.`,
    );
  }
  return { settings, raw, label };
}

function schoolNamesOf(raw: Readonly<Record<string, unknown>>): string[] {
  const whole = raw[WORKBOOK_SETTINGS_KEY];
  if (!isRecord(whole)) return [];
  const names: string[] = [];
  if (Array.isArray(whole.schoolMerges)) {
    for (const pair of whole.schoolMerges) if (Array.isArray(pair)) for (const n of pair) if (typeof n === 'string') names.push(n);
  }
  if (isRecord(whole.partners)) {
    for (const [school, partners] of Object.entries(whole.partners)) {
      names.push(school);
      if (Array.isArray(partners)) for (const n of partners) if (typeof n === 'string') names.push(n);
    }
  }
  return names;
}

/**
 * Warnings for what the settings name and the data does not have: a sheet of no input, a school of no sheet (in
 * school merges or partner choices). Such a correction would otherwise be ignored without a word.
 */
export function checkSettingsNames(
  file: SettingsFile,
  sheetNames: ReadonlySet<string>,
  schools: readonly { readonly name: string; readonly aliases: readonly string[] }[],
): Warning[] {
  const warnings: Warning[] = [];
  const warn = (message: string): void => { warnings.push({ file: file.label, sheet: '', message }); };
  for (const sheet of Object.keys(file.raw)) {
    if (sheet !== WORKBOOK_SETTINGS_KEY && !sheetNames.has(sheet)) warn(`Настройки «${file.label}»: листа «${sheet}» нет ни в одном входном файле — его поправки не применены.`);
  }
  const known = new Set<string>();
  for (const s of schools) {
    known.add(schoolKey(s.name));
    for (const a of s.aliases) known.add(schoolKey(a));
  }
  const reported = new Set<string>();
  for (const name of schoolNamesOf(file.raw)) {
    const key = schoolKey(name);
    if (known.has(key) || reported.has(key) || name.trim() === '') continue;
    reported.add(key);
    warn(`Настройки «${file.label}»: школы «${name.trim()}» нет в данных — объединение или выбор партнёров с ней не применены.`);
  }
  return warnings;
}
