// A login directory (`логин | имя | регион`): names and municipalities of schools known in protocols only by login.
import { RawValue } from '../grid';
import { loginCode } from '../schoolNames';
import { headerKey } from './columns';
import { codedLabel } from './tally';

export interface DirectoryEntry {
  readonly name: string;
  readonly municipality?: string;
  /** Where it was read: «file: sheet!B12». */
  readonly cell: string;
}

export type LoginDirectory = ReadonlyMap<string, DirectoryEntry>;

const LOGIN_RE = /^(логин|login|логин оо|логин школы|код|код оо|пользователь)$/;
const NAME_RE = /^(имя|имя оо|наименование|наименование оо|название|название оо|оо|школа|образовательная организация|полное наименование|краткое наименование)$/;
const PLACE_RE = /^(регион|муниципалитет|муниципальное образование|мо|район|территория|муниципальный район)$/;

interface DirectoryColumns {
  readonly headerIndex: number;
  readonly login: number;
  readonly name: number;
  readonly place?: number;
}

/** The directory's header in the first rows: a login column and a name column, and nothing of a results table. */
export function directoryColumns(rows: readonly (readonly RawValue[])[]): DirectoryColumns | undefined {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const keys = rows[i].map(headerKey);
    const login = keys.findIndex((k) => LOGIN_RE.test(k));
    const name = keys.findIndex((k) => NAME_RE.test(k));
    if (login < 0 || name < 0) continue;
    const place = keys.findIndex((k) => PLACE_RE.test(k));
    const filled = keys.filter((k) => k !== '').length;
    // A results table has more columns than login, name and place (a directory may carry one or two more).
    if (filled > 5) continue;
    // Most data rows must hold login codes.
    const data = rows.slice(i + 1, i + 21).filter((r) => String(r[login] ?? '').trim() !== '');
    const coded = data.filter((r) => loginCode(String(r[login] ?? '')) !== undefined).length;
    if (data.length === 0 || coded < data.length * 0.8) continue;
    return { headerIndex: i, login, name, place: place >= 0 ? place : undefined };
  }
  return undefined;
}

/** Reads the directory's rows; `cellOf(rowIndex, col)` names a cell for the entry's source. */
export function readDirectory(rows: readonly (readonly RawValue[])[], columns: DirectoryColumns, cellOf: (r: number, c: number) => string): Map<string, DirectoryEntry> {
  const out = new Map<string, DirectoryEntry>();
  for (let r = columns.headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    const code = loginCode(String(row[columns.login] ?? ''));
    const raw = String(row[columns.name] ?? '').trim();
    if (code === undefined || raw === '' || out.has(code)) continue;
    const placeRaw = columns.place !== undefined ? String(row[columns.place] ?? '').trim() : '';
    const name = codedLabel(raw)?.name ?? raw;
    const municipality = placeRaw === '' ? undefined : (codedLabel(placeRaw)?.name ?? placeRaw);
    out.set(code, { name, municipality, cell: cellOf(r, columns.name) });
  }
  return out;
}
