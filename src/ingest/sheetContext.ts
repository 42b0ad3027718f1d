// Context of a whole sheet from its title lines and its name ("ВПР 5 кл 2023", "Результаты ОГЭ 2024").
import { Warning } from '../core/model';
import { TextContext, contextFromText, withFallback } from './context';
import { sheetWarning } from './messages';
import { SheetView } from './sheetView';

/** Texts of the non-blank rows in [from, to): the title lines above a table. */
export function rowTexts(view: SheetView, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(0, from); r < Math.min(to, view.rows); r++) {
    const seen = new Set<string>();
    for (let c = 0; c < view.cols; c++) {
      const t = view.text(r, c);
      if (t !== '') seen.add(t);
    }
    if (seen.size > 0) out.push([...seen].join(' '));
  }
  return out;
}

/** Title lines first (the first line that says a thing wins), then the sheet name; a year conflict is reported. */
export function sheetContext(file: string, sheet: string, titles: readonly string[]): { context: TextContext; warnings: Warning[] } {
  let fromTitles: TextContext = {};
  for (const t of titles) fromTitles = withFallback(fromTitles, contextFromText(t));
  const fromName = contextFromText(sheet);
  const warnings: Warning[] = [];
  if (fromTitles.year !== undefined && fromName.year !== undefined && fromTitles.year !== fromName.year) {
    warnings.push(sheetWarning(file, sheet,
      `год в названии листа (${fromName.year}) расходится с годом в заголовке (${fromTitles.year}); взят ${fromTitles.year}`));
  }
  return { context: withFallback(fromTitles, fromName), warnings };
}
