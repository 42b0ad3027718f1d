// Names the product derives from other names (a CSV's sheet from its file name) are always valid where they go.
import { xmlSafeText } from '../../report/sanitize/xmlText';

/** Excel's limit on a sheet name, in UTF-16 code units. */
const SHEET_NAME_LENGTH = 31;

/** The first `max` UTF-16 code units of `text`, never half of a surrogate pair. */
function cutToUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A sheet name Excel accepts made from any text: brackets become parentheses, \ / ? * : become «_», apostrophes at
 * the ends and control characters are dropped, at most 31 characters, never «History» (reserved), never empty.
 */
export function validSheetName(wanted: string, fallback = 'Лист'): string {
  let name = xmlSafeText(wanted)
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\[/g, '(')
    .replace(/]/g, ')')
    .replace(/[\\/?*:]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  name = cutToUnits(name.replace(/^'+/, ''), SHEET_NAME_LENGTH).replace(/'+$/, '').trim();
  if (name === '') return fallback;
  if (name.toLowerCase() === 'history') return `${name} (1)`;
  return name;
}

/** The sheet a CSV file is read as: its file name without folder and extension, made a valid sheet name. */
export function csvSheetName(fileName: string): string {
  return validSheetName((fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, ''), 'CSV');
}
