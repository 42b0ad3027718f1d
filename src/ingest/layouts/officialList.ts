// The official ШНОР list of a year («Перечень ШНОР 2023»): a column of school names → OfficialList.
import { aggregateLevel } from '../aggregates';
import { findYears } from '../years';
import { DraftList } from '../draft';
import { recogniseRole } from '../headers';
import { SheetView } from '../sheetView';
import { fold } from '../text';
import { rowTexts } from '../sheetContext';

const LIST_RE = /(перечень|список|реестр)\S*.{0,60}(шнор|шнро|школ\S* с низкими)|(шнор|шнро)\S*.{0,30}(перечень|список)/;
const TITLE_ROWS = 5;
const NOTE_RE = /^(примечан|\*|источник|исполнител|подпис|утвержд|приложени)/;

/** The text that names the sheet an official list (sheet name or a title line), or undefined. */
export function officialListTitle(view: SheetView, sheet: string): string | undefined {
  if (LIST_RE.test(fold(sheet))) return sheet;
  return rowTexts(view, 0, TITLE_ROWS).find((t) => LIST_RE.test(fold(t)));
}

/** Reads the names of an official list; undefined year when neither the title nor the sheet name gives one. */
export function readOfficialList(view: SheetView, file: string, sheet: string, title: string): { list?: DraftList; rowsRead: number; year?: number } {
  const years = [...findYears(title), ...findYears(sheet), ...rowTexts(view, 0, TITLE_ROWS).flatMap(findYears)];
  const year = years[0];
  let col: number | undefined;
  let start = 0;
  for (let r = 0; r < Math.min(view.rows, 20) && col === undefined; r++) {
    for (let c = 0; c < view.cols; c++) {
      if (recogniseRole(view.text(r, c)) === 'school') {
        col = c;
        start = r + 1;
        break;
      }
    }
  }
  if (col === undefined) {
    const counts = new Array<number>(view.cols).fill(0);
    for (let r = 0; r < view.rows; r++) {
      for (let c = 0; c < view.cols; c++) if (typeof view.raw(r, c) === 'string' && !view.isEmpty(r, c)) counts[c]++;
    }
    col = counts.indexOf(Math.max(...counts, 0));
    while (start < view.rows && (view.isBlankRow(start) || LIST_RE.test(fold(rowTexts(view, start, start + 1)[0] ?? '')))) start++;
  }
  const names: { name: string; cell: string }[] = [];
  let rowsRead = 0;
  for (let r = start; r < view.rows; r++) {
    const raw = view.raw(r, col);
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    rowsRead++;
    const text = raw.trim();
    if (aggregateLevel(text) !== undefined || NOTE_RE.test(fold(text)) || recogniseRole(text) === 'school' || LIST_RE.test(fold(text))) continue;
    names.push({ name: text, cell: view.address(r, col) });
  }
  if (year === undefined || col < 0) return { rowsRead, year };
  return { list: { year, names, source: { file, sheet, cell: names[0]?.cell ?? view.address(0, 0) } }, rowsRead, year };
}
