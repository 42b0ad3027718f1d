// --scales FILE: the user's mark scales of ВПР works, from a table (.xlsx/.csv, columns of the sheet «Шкалы») or JSON.
import path from 'path';
import { Warning } from '../core/model';
import { readSpreadsheet } from '../adapters/files/readSpreadsheet';
import { InputFileError } from '../adapters/files/fileKind';
import { scalesOfGrid } from '../ingest/protocols/fromGrid';
import { MarkScale, ScaleRowText, parseScaleRow } from '../ingest/protocols/scales';
import { parseJsonText, readLocalFile } from './localFile';

/** Thrown with a Russian sentence when the file cannot serve as scales (exit 2). */
export class ScalesFileError extends Error {}

const JSON_SHAPE = '{ "rows": [ { "year": 2021, "subject": "Математика", "grade": 5, "2": "0–6", "3": "7–11", "4": "12–16", "5": "17–20", "source": "…" } ] }';
/** A scales table is a few hundred rows; beyond this it is not a scales file. */
const MAX_SCALES_BYTES = 16 * 1024 * 1024;

const HEADER = 'Год | Процедура | Предмет | Класс | «2» | «3» | «4» | «5» | Источник';

function fromJson(text: string, label: string): { scales: MarkScale[]; warnings: Warning[] } {
  const raw = parseJsonText(text, (place) => new ScalesFileError(`Файл шкал «${label}» — не JSON${place ? ` (ошибка: ${place})` : ''}; ожидается ${JSON_SHAPE}.`));
  const rows = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? (raw as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows)) throw new ScalesFileError(`В файле шкал «${label}» нет списка строк: ожидается ${JSON_SHAPE}.`);
  const scales: MarkScale[] = [];
  const warnings: Warning[] = [];
  rows.forEach((row: unknown, i) => {
    const parsed = typeof row === 'object' && row !== null ? parseScaleRow(row as ScaleRowText, `файл ${label}, строка ${i + 1}`) : 'строка — не объект';
    if (typeof parsed === 'string') warnings.push({ file: label, sheet: '', message: `Файл шкал «${label}», строка ${i + 1}: шкала не принята — ${parsed}` });
    else scales.push(parsed);
  });
  return { scales, warnings };
}

/** Reads the scales; bad rows are warnings naming their cell, a file with no scale table is an error. */
export function readScalesFile(file: string): { scales: MarkScale[]; warnings: Warning[] } {
  const label = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = readLocalFile(file, MAX_SCALES_BYTES);
  } catch (e) {
    if (e instanceof InputFileError) throw new ScalesFileError(`Файл шкал «${label}» не прочитан: ${e.message}.`);
    throw e;
  }
  if (/\.json$/i.test(file)) return fromJson(new TextDecoder('utf-8').decode(bytes), label);
  let grids;
  try {
    grids = readSpreadsheet(bytes, label).grids;
  } catch (e) {
    if (e instanceof InputFileError) throw new ScalesFileError(`Файл шкал «${label}» не прочитан: ${e.message}.`);
    throw e;
  }
  for (const grid of grids) {
    const got = scalesOfGrid(grid);
    if (got) return got;
  }
  throw new ScalesFileError(`В файле шкал «${label}» не найдена строка заголовков ${HEADER}.`);
}
