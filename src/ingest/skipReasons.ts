// Exact reasons for a skipped sheet: what was found, what was missing, which header cells were looked at.
import { pluralRu } from '../core/format';
import { LayoutRead } from './draft';
import { HeaderBlock } from './headerRows';
import { isMetricRole, recogniseRole } from './headers';
import { SKIP } from './messages';
import { NameColumnEvidence } from './nameColumns';
import { SheetView } from './sheetView';

const SCAN_ROWS = 60;
const LISTED = 6;

/** The row (in the first 60) with the most header-like texts, and those texts with their columns. */
function bestHeaderRow(view: SheetView): { r: number; cells: { c: number; text: string }[] } | undefined {
  let best: { r: number; cells: { c: number; text: string }[] } | undefined;
  for (let r = 0; r < Math.min(view.rows, SCAN_ROWS); r++) {
    const cells: { c: number; text: string }[] = [];
    for (let c = 0; c < view.cols; c++) {
      const text = view.text(r, c);
      if (text !== '' && typeof view.raw(r, c) === 'string' && /[А-Яа-яЁёA-Za-z]/.test(text)) cells.push({ c, text });
    }
    const known = cells.filter((x) => recogniseRole(x.text) !== undefined).length;
    if (cells.length >= 2 && (!best || known > best.cells.filter((x) => recogniseRole(x.text) !== undefined).length)) best = { r, cells };
  }
  return best;
}

function listCells(view: SheetView, r: number, cells: readonly { c: number; text: string }[]): string {
  const shown = cells.slice(0, LISTED).map((x) => `«${x.text.replace(/\s+/g, ' ').slice(0, 40)}» (${view.address(r, x.c)})`);
  return shown.join(', ') + (cells.length > LISTED ? ` и ещё ${cells.length - LISTED}` : '');
}

/** A sheet of applications for the exam («заявления на участие»): counts per subject, no results. */
export function isApplicationsSheet(sheet: string, titles: readonly string[]): boolean {
  return [sheet, ...titles].some((t) => /заявлени/i.test(t));
}

/** Why no header with доля «2» (or a count of «2») was found, naming the header row that came closest. */
export function noHeaderReason(view: SheetView, sheet: string, titles: readonly string[]): string {
  if (isApplicationsSheet(sheet, titles)) return SKIP.applications;
  // The class list beside «Протокол» in ФИС ОКО exports of 2022 and later.
  if (/^классы$/i.test(sheet.trim())) return SKIP.classList;
  const best = bestHeaderRow(view);
  if (!best) return `${SKIP.noHeader}: в первых ${Math.min(view.rows, SCAN_ROWS)} строках нет ни одной строки заголовков`;
  return `${SKIP.noHeader}: ближе всего строка ${view.sheetRow(best.r)} — ${listCells(view, best.r, best.cells)}; ` +
    'нет колонки «Доля «2»», «% «2»», «Не преодолели порог» или «Получили «2», чел.» — укажите роли колонок вручную';
}

/** Why no school column was taken, naming the header row that was read. */
export function noSchoolReason(view: SheetView, headerRow: number): string {
  const cells: { c: number; text: string }[] = [];
  for (let c = 0; c < view.cols; c++) {
    const text = view.text(headerRow, c);
    if (text !== '') cells.push({ c, text });
  }
  return `${SKIP.noSchoolColumn}: в строке заголовков ${view.sheetRow(headerRow)} — ${listCells(view, headerRow, cells)}; ` +
    'нет «ОО», «Наименование ОО» или «Образовательная организация» — укажите колонку ОО вручную';
}

/** Header cells of ФИС ОКО pupil protocols, all three generations (input-layouts.md, layout 8). */
const PROTOCOL_HEADERS: readonly RegExp[] = [
  /^(groups|user|otc|klass|sum|var-\d+)$/, /^a-\d+-grade$/,
  /^логин школы$/, /^номер обучающегося$/, /^код обучающегося$/, /^всего баллов$/, /^балл за \d+$/,
  /^пользователь$/, /^итого баллов$/, /^наименование класса$/, /^дата загрузки$/, /^\d+ \(\d+б\)$/,
  /^отметка за предыдущ/,
];

/** A pupil protocol: a header row (in the first 10) with at least three cells only protocols have. */
export function isPupilProtocol(view: SheetView): boolean {
  for (let r = 0; r < Math.min(view.rows, 10); r++) {
    let hits = 0;
    for (let c = 0; c < view.cols && hits < 3; c++) {
      const t = view.text(r, c).toLowerCase().replace(/\s+/g, ' ');
      if (t !== '' && PROTOCOL_HEADERS.some((re) => re.test(t))) hits++;
    }
    if (hits >= 3) return true;
  }
  return false;
}

const ROLE_NAMES: ReadonlyMap<string, string> = new Map([
  ['school', 'ОО'], ['municipality', 'муниципалитет'], ['ignore', 'не читается'], ['year', 'год'], ['kind', 'процедура'],
  ['grade', 'класс'], ['subject', 'предмет'], ['category', 'категория участников'],
]);
const roleName = (role: string | undefined): string => ROLE_NAMES.get(role ?? 'ignore') ?? 'не читается';

/** «B «Наименование ОО»» — a column and its header, short. */
function columnText(letters: string, header: string): string {
  return `${letters} «${header.replace(/\s+/g, ' ').slice(0, 50)}»`;
}

/**
 * Why a sheet whose table was read gave no school: every row was taken for a total or a municipality. Names the
 * rows taken, the school column and the header cells of the name columns, and how to correct it.
 */
export function onlyAggregatesReason(read: LayoutRead, aggregateNames: readonly string[]): string {
  const row = read.headerRow;
  const nameCols = read.columns.filter((col) => !isMetricRole(col.role) && col.header !== '');
  const cells = nameCols.slice(0, LISTED).map((col) => `${columnText(col.column, col.header)}${row !== undefined ? ` (${col.column}${row})` : ''} — ${roleName(col.role)}`);
  const n = aggregateNames.length;
  const taken = n === 0
    ? 'ни одна строка таблицы не прочитана'
    : `все строки с числами прочитаны как итоги или муниципалитеты (${n} ${pluralRu(n, 'название', 'названия', 'названий')}: ${aggregateNames.slice(0, 3).map((a) => `«${a.slice(0, 60)}»`).join(', ')}${n > 3 ? ' …' : ''})`;
  return `${SKIP.noRows}: ${taken}; ${row !== undefined ? `заголовки строки ${row}` : 'колонки'}: ${cells.join('; ')}` +
    '. Если названия ОО в другой колонке, укажите колонку ОО вручную';
}

function evidenceText(view: SheetView, block: HeaderBlock, e: NameColumnEvidence): string {
  const header = block.columns[e.c]?.header ?? '';
  return `${columnText(view.letters(e.c), header)} (${view.address(block.roleRow, e.c)}): ${e.texts} ${pluralRu(e.texts, 'строка', 'строки', 'строк')}, ` +
    `${e.distinct} ${pluralRu(e.distinct, 'разное значение', 'разных значения', 'разных значений')}, со словами школы ${e.schoolWords}, названий органов управления образованием ${e.departments}`;
}

/** What the contents decided when several headers named the schools: the school column and the others, with evidence. */
export function decidedSchoolColumnNote(view: SheetView, block: HeaderBlock, decided: { school: NameColumnEvidence; others: readonly NameColumnEvidence[] }): string {
  const others = decided.others.map((e) => `${evidenceText(view, block, e)} — ${roleName(block.columns[e.c]?.role)}`);
  return `названия ОО могли быть в нескольких колонках; по содержимому ОО — колонка ${evidenceText(view, block, decided.school)}; ` +
    `${others.join('; ')}. Если это не так, укажите колонку ОО вручную`;
}
