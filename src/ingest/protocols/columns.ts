// The header of a ФИС ОКО pupil protocol (three export generations, input-layouts.md layout 8) and its columns.
import { RawValue } from '../grid';
import { forMatching } from '../text';

export type ProtocolGeneration = '2020' | '2021' | '2022+';

/** Column indexes (0-based, within the row given) of what a protocol row holds; only login and total are required. */
export interface ProtocolColumns {
  readonly generation: ProtocolGeneration;
  /** The school login (`user`, «Логин школы», «Пользователь»). */
  readonly login: number;
  /** 2022+: «Школа» as a coded label `edu223017 | МБОУ "…"` (gives the login when «Пользователь» does not). */
  readonly school?: number;
  /** `groups` (2020: a tag list with `reg22_vpr_m026`), «регион» (2021), «Муниципалитет» (2022+). */
  readonly municipality?: number;
  readonly variant?: number;
  /** `sum`, «Всего баллов», «Итого баллов». */
  readonly total: number;
  /** The journal mark of the last term (`otc`, «Отметка за предыдущую четверть/триместр»). */
  readonly journal?: number;
  readonly className?: number;
  /** Task columns (scores per task): not needed for the mark, kept to tell a protocol from other tables. */
  readonly tasks: readonly number[];
}

/** Header text compared: lower case, spaces collapsed, «ё» as «е». */
export function headerKey(value: RawValue | undefined): string {
  return typeof value === 'string' ? forMatching(value).toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim() : '';
}

const LOGIN: ReadonlyMap<string, ProtocolGeneration> = new Map([['user', '2020'], ['логин школы', '2021'], ['пользователь', '2022+']]);
const TOTAL = new Set(['sum', 'всего баллов', 'итого баллов', 'сумма баллов', 'первичный балл']);
/** Municipality headers, best first: in 2021 «регион» holds the municipality, in 2022+ «Регион» is the region itself. */
const MUNICIPALITY = ['муниципалитет', 'муниципальное образование', 'groups', 'регион'];
const VARIANT = new Set(['var-1', 'вариант']);
const CLASS_NAME = new Set(['klass', 'класс', 'наименование класса']);
const TASK_RE = /^(?:a-\d+-grade|балл за \d+.*|\d+(?:\.\d+)? \(\d+б\)|\d+(?:\.\d+)?)$/;

/** Recognises a protocol header row; undefined when the row is not one (no login or no total column). */
export function protocolColumns(row: readonly RawValue[]): ProtocolColumns | undefined {
  let login: number | undefined;
  let generation: ProtocolGeneration | undefined;
  let total: number | undefined;
  let school: number | undefined;
  let municipality: number | undefined;
  let variant: number | undefined;
  let journal: number | undefined;
  let className: number | undefined;
  const tasks: number[] = [];
  for (let c = 0; c < row.length; c++) {
    const h = headerKey(row[c]);
    if (h === '') continue;
    if (LOGIN.has(h) && login === undefined) {
      login = c;
      generation = LOGIN.get(h);
    } else if (TOTAL.has(h) && total === undefined) total = c;
    else if (h === 'школа' && school === undefined) school = c;
    else if (MUNICIPALITY.includes(h)) {
      if (municipality === undefined || MUNICIPALITY.indexOf(h) < MUNICIPALITY.indexOf(headerKey(row[municipality]))) municipality = c;
    }
    else if (VARIANT.has(h) && variant === undefined) variant = c;
    else if (/^(?:otc|отметка за предыдущ)/.test(h) && journal === undefined) journal = c;
    else if (CLASS_NAME.has(h) && className === undefined) className = c;
    else if (TASK_RE.test(h)) tasks.push(c);
  }
  if (login === undefined || total === undefined || generation === undefined) return undefined;
  return { generation, login, school, municipality, variant, total, journal, className, tasks };
}

/** How many rows at the top of a sheet may come before a protocol's header (title lines of some exports). */
export const PROTOCOL_HEADER_SCAN = 10;

/** The header row among the first rows of a sheet and its columns; undefined when the sheet is not a protocol. */
export function findProtocolHeader(rows: readonly (readonly RawValue[])[]): { readonly index: number; readonly columns: ProtocolColumns } | undefined {
  for (let i = 0; i < Math.min(rows.length, PROTOCOL_HEADER_SCAN); i++) {
    const columns = protocolColumns(rows[i]);
    if (columns) return { index: i, columns };
  }
  return undefined;
}
