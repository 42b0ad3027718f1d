// Which work a protocol holds (year, subject, grade; autumn 2020): the sheet's title lines, its name, the file name.
import { TextContext, contextFromText, withFallback } from '../context';

export interface WorkContext extends TextContext {
  /** ВПР of autumn 2020: the work tested the previous grade's programme and counts under the grade it is named by. */
  readonly autumn2020: boolean;
  /** Where each part was found, for the sheet report («год — из имени файла»). */
  readonly from: { readonly year?: string; readonly subject?: string; readonly grade?: string };
}

interface Layer {
  readonly text: string;
  readonly label: string;
}

function stripExtension(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i, '');
}

/**
 * Context of a protocol: the user's correction first, then title lines above the header, the sheet name and the
 * file name («Проведение работы по математике, 5 класс. ВПР 2021.xlsx»). A protocol is always ВПР.
 */
export function workContext(file: string, sheet: string, titles: readonly string[], override: TextContext = {}): WorkContext {
  const layers: Layer[] = [
    ...titles.filter((t) => t.trim() !== '').map((text) => ({ text, label: 'заголовок листа' })),
    { text: sheet, label: 'имя листа' },
    { text: stripExtension(file), label: 'имя файла' },
  ];
  let ctx: TextContext = {};
  const from: { year?: string; subject?: string; grade?: string } = {};
  if (override.year !== undefined) from.year = 'уточнение пользователя';
  if (override.subject !== undefined) from.subject = 'уточнение пользователя';
  if (override.grade !== undefined) from.grade = 'уточнение пользователя';
  ctx = withFallback(ctx, override);
  for (const layer of layers) {
    const found = contextFromText(layer.text);
    // A grade implied by ОГЭ/ЕГЭ words does not apply: protocols are ВПР.
    const grade = /класс|кл\.?|впр\s*-?\s*\d/i.test(layer.text) ? found.grade : undefined;
    if (ctx.year === undefined && found.year !== undefined) from.year = layer.label;
    if (ctx.subject === undefined && found.subject !== undefined) from.subject = layer.label;
    if (ctx.grade === undefined && grade !== undefined) from.grade = layer.label;
    ctx = withFallback(ctx, { year: found.year, subject: found.subject, grade });
  }
  const autumn = layers.some((l) => /осен/i.test(l.text));
  return { year: ctx.year, kind: 'ВПР', subject: ctx.subject, grade: ctx.grade, autumn2020: autumn && ctx.year === 2020, from };
}
