// <conditionalFormatting> elements for a worksheet: cellIs (numbers), text equality, 2- and 3-colour scales.
import { ConditionalFormat } from '../../../report/model';
import { argb, StyleBook } from './styles';
import { boundsRef, parseRange } from './ranges';
import { escapeXml } from './xml';

/** A number as a formula literal (finite; "." decimal separator). */
function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Условное форматирование: недопустимое число ${n}.`);
  return String(n);
}

/** A string as a formula literal: "a""b". */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function sqref(range: string): string {
  const b = parseRange(range);
  if (!b) throw new Error(`Условное форматирование: неверный диапазон «${range}».`);
  return boundsRef(b);
}

function ruleXml(cf: ConditionalFormat, priority: number, styles: StyleBook): string {
  if (cf.type === 'cellIs') {
    const count = cf.operator === 'between' ? 2 : 1;
    if (cf.values.length < count) throw new Error(`Условное форматирование ${cf.range}: нужно чисел: ${count}.`);
    const formulas = cf.values.slice(0, count).map((v) => `<formula>${numberLiteral(v)}</formula>`).join('');
    const dxfId = styles.dxf(cf.style);
    return `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${cf.operator}">${formulas}</cfRule>`;
  }
  if (cf.type === 'textEquals') {
    // cellIs "equal" with a quoted text literal: read the same by Excel, LibreOffice and ExcelJS.
    const dxfId = styles.dxf(cf.style);
    return (
      `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="equal">` +
      `<formula>${escapeXml(textLiteral(cf.text))}</formula></cfRule>`
    );
  }
  const colors = cf.colors.map((c) => argb(c)).filter((c): c is string => c !== undefined);
  if (colors.length < 2 || colors.length > 3) throw new Error(`Цветовая шкала ${cf.range}: нужно 2 или 3 цвета.`);
  const mid =
    cf.midpoint !== undefined ? `<cfvo type="num" val="${numberLiteral(cf.midpoint)}"/>` : '<cfvo type="percentile" val="50"/>';
  const low = cf.min !== undefined ? `<cfvo type="num" val="${numberLiteral(cf.min)}"/>` : '<cfvo type="min"/>';
  const high = cf.max !== undefined ? `<cfvo type="num" val="${numberLiteral(cf.max)}"/>` : '<cfvo type="max"/>';
  const cfvos = colors.length === 3 ? `${low}${mid}${high}` : `${low}${high}`;
  const colorEls = colors.map((c) => `<color rgb="${c}"/>`).join('');
  return `<cfRule type="colorScale" priority="${priority}"><colorScale>${cfvos}${colorEls}</colorScale></cfRule>`;
}

/** All conditional formats of a sheet, one element per rule, priorities 1, 2, … in the given order. */
export function conditionalFormattingXml(cfs: readonly ConditionalFormat[], styles: StyleBook): string {
  return cfs
    .map((cf, i) => `<conditionalFormatting sqref="${sqref(cf.range)}">${ruleXml(cf, i + 1, styles)}</conditionalFormatting>`)
    .join('');
}
