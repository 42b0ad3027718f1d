// Exact reasons for a skipped sheet: what was found, what was missing, which header cells were looked at.
import { recogniseRole } from './headers';
import { SKIP } from './messages';
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
