// An official ФИОКО list of schools with signs of non-objectivity (methodology §7):
// `Год | Логин | Муниципалитет | ОО | 4 РУ | 4 МА | 5 РУ | 5 МА | Количество маркеров`, read as its own source.
import { FiokoListing, Warning } from '../../core/model';
import { RawValue, SheetGrid, cellAddress } from '../grid';
import { cellWarning } from '../messages';
import { loginCode } from '../schoolNames';
import { subjectCode } from '../subjects';

function text(v: RawValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function key(v: RawValue | undefined): string {
  return text(v).toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

interface Columns {
  readonly year: number;
  readonly login: number;
  readonly name?: number;
  readonly municipality?: number;
  readonly markers?: number;
  readonly works: readonly { readonly column: number; readonly grade: number; readonly subject: string }[];
}

function columnsOf(row: readonly RawValue[]): Columns | undefined {
  let year: number | undefined;
  let login: number | undefined;
  let name: number | undefined;
  let municipality: number | undefined;
  let markers: number | undefined;
  const works: { column: number; grade: number; subject: string }[] = [];
  row.forEach((v, c) => {
    const k = key(v);
    // Work columns: a grade and a subject code of ФИС ОКО («4 РУ», «5 МА»), the codes the other readers know.
    const work = subjectCode(text(v));
    const subject = work?.grade !== undefined ? work.subject : undefined;
    if (k === 'год' && year === undefined) year = c;
    else if (k === 'логин' && login === undefined) login = c;
    else if ((k === 'оо' || k === 'наименование оо') && name === undefined) name = c;
    else if (k.startsWith('муниципал') && municipality === undefined) municipality = c;
    else if (k.startsWith('количество маркеров') && markers === undefined) markers = c;
    else if (work?.grade !== undefined && subject) works.push({ column: c, grade: work.grade, subject });
  });
  if (year === undefined || login === undefined || works.length === 0) return undefined;
  return { year, login, name, municipality, markers, works };
}

/** A cell that marks a work: anything but empty, 0, «-», «нет». */
function marks(v: RawValue | undefined): boolean {
  const t = key(v);
  return t !== '' && t !== '0' && t !== '-' && t !== '—' && t !== 'нет';
}

/** The list on a grid with a warning per bad row; undefined when the grid is not a ФИОКО list. */
export function fiokoListOfGrid(grid: SheetGrid): { readonly entries: FiokoListing[]; readonly warnings: Warning[] } | undefined {
  for (let i = 0; i < Math.min(grid.values.length, 10); i++) {
    const cols = columnsOf(grid.values[i]);
    if (!cols) continue;
    const entries: FiokoListing[] = [];
    const warnings: Warning[] = [];
    for (let r = i + 1; r < grid.values.length; r++) {
      const row = grid.values[r];
      if (row.every((v) => text(v) === '')) continue;
      const at = (c: number): string => cellAddress(grid.originRow + r, grid.originCol + c);
      const yearText = text(row[cols.year]);
      const year = Number(yearText);
      const loginText = text(row[cols.login]);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        warnings.push(cellWarning(grid.file, grid.sheet, at(cols.year), `список ФИОКО: год «${yearText}» не понят — строка не учтена`));
        continue;
      }
      if (loginText === '') {
        warnings.push(cellWarning(grid.file, grid.sheet, at(cols.login), 'список ФИОКО: нет логина школы — строка не учтена'));
        continue;
      }
      const markers = cols.markers !== undefined ? Number(text(row[cols.markers]).replace(',', '.')) : NaN;
      entries.push({
        year, login: loginCode(loginText) ?? loginText.toLowerCase(), name: cols.name !== undefined ? text(row[cols.name]) || loginText : loginText,
        ...(cols.municipality !== undefined && text(row[cols.municipality]) !== '' ? { municipality: text(row[cols.municipality]) } : {}),
        works: cols.works.filter((w) => marks(row[w.column])).map((w) => ({ grade: w.grade, subject: w.subject })),
        ...(Number.isFinite(markers) ? { markers } : {}),
        source: { file: grid.file, sheet: grid.sheet, cell: at(cols.login) },
      });
    }
    return { entries, warnings };
  }
  return undefined;
}
