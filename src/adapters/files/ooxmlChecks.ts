// What SheetJS passes over in silence in an .xlsx package, said per sheet: a missing or truncated sheet part, cells
// beyond column XFD, a shared-string index out of range.
import * as XLSX from '@e965/xlsx';
import { GridNotice } from '../../ingest/grid';

interface PackageFile {
  readonly content?: Uint8Array | string;
}

interface WorkbookWithFiles {
  readonly files?: Readonly<Record<string, PackageFile>>;
  readonly Directory?: { readonly workbooks?: readonly string[]; readonly sst?: string };
}

const MAX_COLUMN = 16384; // XFD

function textOf(file: PackageFile | undefined): string | undefined {
  const c = file?.content;
  if (c === undefined) return undefined;
  if (typeof c === 'string') return c;
  if ((c[0] === 0xff && c[1] === 0xfe) || (c[0] === 0xfe && c[1] === 0xff)) return new TextDecoder(c[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(c.subarray(2));
  return new TextDecoder('utf-8').decode(c);
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function resolve(base: string, target: string): string {
  const parts: string[] = [];
  for (const seg of (target.startsWith('/') ? target : base + target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function findFile(files: Readonly<Record<string, PackageFile>>, path: string): PackageFile | undefined {
  if (Object.prototype.hasOwnProperty.call(files, path)) return files[path];
  const lower = path.toLowerCase();
  const key = Object.keys(files).find((k) => k.replace(/^\/+/, '').toLowerCase() === lower);
  return key === undefined ? undefined : files[key];
}

function sharedStringCount(wb: WorkbookWithFiles, files: Readonly<Record<string, PackageFile>>): number {
  const sst = wb.Directory?.sst ? textOf(findFile(files, wb.Directory.sst.replace(/^\/+/, ''))) : undefined;
  return sst === undefined ? 0 : (sst.match(/<(?:[\w-]+:)?si[\s>]/g) ?? []).length;
}

/** Cells holding a formula with no cached value (a file written by a tool that does not calculate). */
function uncalculatedFormulas(xml: string): { cells: string[]; count: number } {
  const out = { cells: [] as string[], count: 0 };
  if (!/<(?:[\w-]+:)?f[\s>/]/.test(xml)) return out;
  for (const m of xml.matchAll(/<(?:[\w-]+:)?c\b([^>]*?)>([\s\S]*?)<\/(?:[\w-]+:)?c>/g)) {
    if (!/<(?:[\w-]+:)?f[\s>/]/.test(m[2]) || /<(?:[\w-]+:)?(v|is)[\s>]/.test(m[2])) continue;
    out.count++;
    if (out.cells.length < 5) out.cells.push(attr(m[1], 'r') ?? '?');
  }
  return out;
}

/** Problems of each sheet's part, by sheet name; `emptySheets` are the sheets SheetJS gave no cell for. */
export function ooxmlSheetNotices(book: XLSX.WorkBook, emptySheets: ReadonlySet<string>): Map<string, GridNotice[]> {
  const wb = book as unknown as WorkbookWithFiles;
  const out = new Map<string, GridNotice[]>();
  const files = wb.files;
  const workbookPath = wb.Directory?.workbooks?.[0]?.replace(/^\/+/, '');
  if (!files || !workbookPath) return out;
  const relsXml = textOf(findFile(files, `${folderOf(workbookPath)}_rels/${workbookPath.slice(folderOf(workbookPath).length)}.rels`)) ?? '';
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[\w-]+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, resolve(folderOf(workbookPath), target));
  }
  const sheets = book.Workbook?.Sheets ?? [];
  book.SheetNames.forEach((name, i) => {
    const notices: GridNotice[] = [];
    const relId = (sheets[i] as { id?: string } | undefined)?.id;
    const part = relId ? targets.get(relId) : undefined;
    const xml = part ? textOf(findFile(files, part)) : undefined;
    if (xml === undefined) {
      notices.push({ message: `данные листа не найдены в файле (повреждённая ссылка${part ? ` на ${part}` : ''}) — лист не прочитан` });
      out.set(name, notices);
      return;
    }
    if (!/<\/(?:[\w-]+:)?worksheet>\s*$/.test(xml.slice(-200))) {
      const rows = xml.match(/<(?:[\w-]+:)?row\b/g)?.length ?? 0;
      notices.push({ message: `лист в файле оборван (файл записан не полностью${rows > 0 ? `, начато ${rows} строк` : ''}) — ${emptySheets.has(name) ? 'лист не прочитан' : 'прочитано только начало'}; откройте файл в Excel и сохраните заново` });
    }
    const beyond: string[] = [];
    for (const m of xml.matchAll(/\br="([A-Z]{3,})(\d+)"/g)) if (columnNumber(m[1]) > MAX_COLUMN && beyond.length < 5) beyond.push(`${m[1]}${m[2]}`);
    if (beyond.length > 0) notices.push({ cell: beyond[0], message: `ячейки ${beyond.join(', ')} за пределами листа (после столбца XFD) — не учтены` });
    const uncalculated = uncalculatedFormulas(xml);
    if (uncalculated.count > 0) {
      const more = uncalculated.count > uncalculated.cells.length ? ` и ещё ${uncalculated.count - uncalculated.cells.length}` : '';
      notices.push({ cell: uncalculated.cells[0], message: `формулы не пересчитаны (${uncalculated.cells.join(', ')}${more}) — откройте и сохраните файл в Excel, затем повторите` });
    }
    if (emptySheets.has(name) && notices.length === 0 && /<(?:[\w-]+:)?c\b/.test(xml)) {
      const count = sharedStringCount(wb, files);
      let bad: { cell?: string; text: string } | undefined;
      for (const m of xml.matchAll(/<(?:[\w-]+:)?c\b([^>]*)>\s*<(?:[\w-]+:)?v>(\d+)</g)) {
        if (attr(m[1], 't') === 's' && Number(m[2]) >= count) {
          bad = { cell: attr(m[1], 'r'), text: `ссылка на строку № ${m[2]} общего списка строк, а в нём ${count} — лист не прочитан` };
          break;
        }
      }
      notices.push({ ...(bad?.cell ? { cell: bad.cell } : {}), message: `${bad?.text ?? 'данные листа повреждены — лист не прочитан'}; откройте файл в Excel и сохраните заново` });
    }
    if (notices.length > 0) out.set(name, notices);
  });
  return out;
}
