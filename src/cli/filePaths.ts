// The one place that decides whether an output path is safe: never an input (same file, not just the same string),
// never JSON over a workbook, a workbook name that keeps the input's kind.
import fs from 'fs';
import path from 'path';
import { UsageError } from './args';

const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|csv)$/i;

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** True when both paths name the same existing file (same device and inode: hard links, symlinks, "./a" vs "a"). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const sa = statOf(a);
  const sb = statOf(b);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Starts like a workbook package (zip) or an Excel 97 compound file. */
function holdsWorkbook(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(4);
      fs.readSync(fd, head, 0, 4, 0);
      return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Refuses outputs that would destroy an input or a workbook; the message says what to do instead. */
export function checkOutputPaths(inputs: readonly string[], out: string | undefined, json: string | undefined): void {
  if (json !== undefined && json !== '-') {
    if (WORKBOOK_EXTENSIONS.test(json)) {
      throw new UsageError(
        `--json «${json}» — это имя книги, а не файла JSON; результат JSON никогда не записывается поверх книги. ` +
          'Укажите файл .json (например, --json result.json) или «-» для вывода на экран.',
      );
    }
    if (inputs.some((i) => sameFile(i, json))) throw new UsageError(`--json «${json}» указывает на входной файл: исходные данные не перезаписываются.`);
    if (holdsWorkbook(json)) throw new UsageError(`--json «${json}»: по этому пути лежит книга Excel — она не будет перезаписана. Укажите другой файл.`);
  }
  if (out !== undefined) {
    if (!/\.(xlsx|xlsm)$/i.test(out)) throw new UsageError(`--out «${out}»: книга с результатами записывается в формате .xlsx (или .xlsm для книги с макросами).`);
    const input = inputs.find((i) => sameFile(i, out));
    if (input !== undefined) throw new UsageError(`--out «${out}» указывает на входной файл «${input}»: исходные данные не перезаписываются. Укажите другое имя.`);
    if (json !== undefined && json !== '-' && sameFile(out, json)) throw new UsageError('--out и --json указывают на один и тот же файл.');
  }
}

/** --report: a .docx that is neither an input nor the other outputs. */
export function checkReportPath(inputs: readonly string[], report: string, others: readonly (string | undefined)[]): void {
  if (!/\.docx$/i.test(report)) throw new UsageError(`--report «${report}»: справка записывается документом Word (.docx), например --report справка.docx.`);
  const input = inputs.find((i) => sameFile(i, report));
  if (input !== undefined) throw new UsageError(`--report «${report}» указывает на входной файл «${input}»: исходные данные не перезаписываются.`);
  if (others.some((o) => o !== undefined && o !== '-' && sameFile(o, report))) throw new UsageError(`--report «${report}» совпадает с другим выходным файлом.`);
}

/**
 * The name the annotated copy gets: a macro-enabled input stays .xlsm (Excel refuses macros under .xlsx), other
 * inputs .xlsx; `changed` says when the user's name had to change.
 */
export function outputName(out: string, macroEnabled: boolean): { file: string; changed: boolean } {
  const wanted = macroEnabled ? '.xlsm' : '.xlsx';
  if (out.toLowerCase().endsWith(wanted)) return { file: out, changed: false };
  return { file: out.replace(/\.(xlsx|xlsm)$/i, wanted), changed: true };
}
