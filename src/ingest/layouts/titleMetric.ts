// Layout 7: the metric is in the title («Результаты ВПР (доля «2» в %) …») and the columns carry only subject, grade
// and year («Русский язык | Математика», cohort tables «4 класс, 2021 | 5 класс, 2022 | 6 класс, 2023»).
import { contextFromText, isEmptyContext } from '../context';
import { HeaderBlock, HeaderColumn, unknownCodeCell } from '../headerRows';
import { recogniseRole } from '../headers';
import { SheetView } from '../sheetView';
import { canonicalSubject, isKnownSubject } from '../subjects';
import { fold } from '../text';

/** A title that says the numbers below are доля «2» (in percent). */
const SHARE2_TITLE_RE = /(доля|процент|%)\s*(обучающихся,?\s*)?(получивших\s*)?[«"]?\s*2\s*[»"]?|[«"]2[»"]\s*(в\s*)?%|не преодолевш|не преодолели/;
const SCAN_ROWS = 15;

/** True when the title lines say the table holds доля «2». */
export function titleNamesShare2(titles: readonly string[]): boolean {
  return SHARE2_TITLE_RE.test(fold(titles.join(' ')));
}

/** What a header text says of a column: a subject, a grade, a year (or nothing). */
function columnContext(texts: readonly string[]): ReturnType<typeof contextFromText> {
  const ctx = contextFromText(texts.join(' '));
  if (ctx.subject !== undefined) return ctx;
  const named = texts.map((t) => (isKnownSubject(t) ? canonicalSubject(t) : undefined)).find((s) => s !== undefined);
  return named ? { ...ctx, subject: named } : ctx;
}

/**
 * A header block for a table whose metric is in the title: the first row with a school column and at least one
 * column whose header names a subject, grade or year; up to two rows above with several texts are its group rows.
 */
export function titleMetricBlock(view: SheetView): HeaderBlock | undefined {
  for (let r = 0; r < Math.min(view.rows, SCAN_ROWS); r++) {
    const schoolCol = [...Array(view.cols).keys()].find((c) => recogniseRole(view.text(r, c)) === 'school');
    if (schoolCol === undefined) continue;
    const texts = (k: number): number => new Set(view.filledColumns(k).map((c) => view.text(k, c))).size;
    const numeric = (k: number): boolean => view.filledColumns(k).some((c) => typeof view.raw(k, c) === 'number');
    let top = r;
    while (top - 1 >= 0 && r - (top - 1) <= 2 && texts(top - 1) >= 2 && !numeric(top - 1)) top--;
    // Sub-header rows below the school's header cell («5 класс» over «Русский язык | Математика»).
    let bottom = r;
    while (bottom + 1 < view.rows && bottom - r < 2 && texts(bottom + 1) >= 2 && !numeric(bottom + 1)) bottom++;
    const columns: HeaderColumn[] = [];
    let metrics = 0;
    for (let c = 0; c < view.cols; c++) {
      const texts: string[] = [];
      for (let k = top; k <= bottom; k++) {
        const t = view.text(k, c);
        if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
      }
      const header = texts.join(' / ');
      if (c === schoolCol) {
        columns.push({ c, header, role: 'school', group: {} });
        continue;
      }
      const own = recogniseRole(view.text(r, c)) ?? recogniseRole(view.text(bottom, c));
      const unknownCode = unknownCodeCell(view, c, top, bottom);
      if (unknownCode) {
        columns.push({ c, header, role: 'ignore', group: {}, unknownCode });
        continue;
      }
      const group = columnContext(texts);
      if (own === undefined && texts.length > 0 && !isEmptyContext(group) && (group.subject !== undefined || group.grade !== undefined || group.year !== undefined)) {
        columns.push({ c, header, role: 'share2', group });
        metrics++;
      } else {
        columns.push({ c, header, role: own === undefined ? undefined : own, group: {} });
      }
    }
    if (metrics > 0) return { top, bottom, roleRow: bottom, columns };
  }
  return undefined;
}
