// Sheet «Объективность» (§7): school × ВПР work of Y, each marker with its evidence, the headline, data checks first,
// grouped by municipality; the official ФИОКО list beside the computed markers. Never changes a ШНОР verdict.
import { Dataset, FiokoListing } from '../core/model';
import { MARKERS, MarkerResult, WorkObjectivity } from '../core/objectivity';
import { Analysis, Verdict } from '../core/results';
import { rangeA1 } from './a1';
import { pluralRu } from '../core/format';
import { compareProcedures, compareText } from './labels';
import { SheetSpec } from './model';
import { formatNumber } from './format';
import { checksText, fiokoText, markerEvidence, sourceText, workShort } from './objectivityWords';
import { BAD_FILL, BAD_FONT, MUTED_FILL, MUTED_FONT, NEUTRAL_FILL, NEUTRAL_FONT } from './palette';
import { fitHeaderWords } from './rowHeights';
import { NO_DATA_TEXT, SheetBuilder } from './sheetBuilder';

export const OBJECTIVITY_SHEET_NAME = 'Объективность';
const TAB_OBJECTIVITY = '7030A0';
const NO_MUNICIPALITY = 'Муниципалитет не указан';

const municipalities = new WeakMap<Dataset, Map<string, string>>();
const listings = new WeakMap<Dataset, Map<string, FiokoListing[]>>();

/** The school's entries in official ФИОКО lists, by its key or its login. */
export function fiokoListingsOf(analysis: Pick<Analysis, 'dataset'>, schoolKey: string): readonly FiokoListing[] {
  const d = analysis.dataset;
  if (!d.fiokoLists || d.fiokoLists.length === 0) return [];
  let map = listings.get(d);
  if (!map) {
    const byLogin = new Map<string, FiokoListing[]>();
    for (const l of d.fiokoLists) {
      const list = byLogin.get(l.login);
      if (list) list.push(l);
      else byLogin.set(l.login, [l]);
    }
    map = new Map();
    for (const s of d.schools) {
      const found = byLogin.get(s.key) ?? (s.code ? byLogin.get(s.code.toLowerCase()) : undefined);
      if (found) map.set(s.key, found);
    }
    listings.set(d, map);
  }
  return map.get(schoolKey) ?? [];
}

/** The school's municipality as the data names it (undefined when none does). */
export function municipalityOf(analysis: Pick<Analysis, 'dataset'>, schoolKey: string): string | undefined {
  let map = municipalities.get(analysis.dataset);
  if (!map) {
    map = new Map();
    for (const s of analysis.dataset.schools) if (s.municipality) map.set(s.key, s.municipality);
    municipalities.set(analysis.dataset, map);
  }
  return map.get(schoolKey);
}

/** A marker's cell: its evidence when marked, «—» when clear, why not when it could not be computed. */
function markerCell(m: MarkerResult | undefined): string {
  if (!m) return 'выкл.';
  if (m.state === 'clear') return '—';
  if (m.state === 'no_data') return m.reason === 'few' ? 'мало уч.' : 'нет данных';
  return `${m.strong ? '● ' : ''}${markerEvidence(m, true)}${m.uncounted ? ' (не в счёт)' : ''}`;
}

interface Row {
  readonly verdict: Verdict;
  readonly work: WorkObjectivity;
}

/** Works with data checks first, then flagged, then the rest; by school name within each. */
function order(a: Row, b: Row): number {
  const rank = (r: Row): number => (r.work.checks.length > 0 ? 0 : r.work.flagged ? 1 : 2);
  return rank(a) - rank(b) || compareText(a.verdict.name, b.verdict.name) || compareProcedures(a.work.procedure, b.work.procedure);
}

/** «г. Барнаул — 120 работ; с признаками — 5; ошибка данных? — 1»: a municipality's line over its rows. */
function sectionText(name: string, rows: readonly Row[]): string {
  const flagged = rows.filter((r) => r.work.flagged).length;
  const checked = rows.filter((r) => r.work.checks.length > 0).length;
  return `${name} — ${rows.length} ${pluralRu(rows.length, 'работа', 'работы', 'работ')}; с признаками — ${flagged}${checked > 0 ? `; ошибка данных? — ${checked}` : ''}`;
}

/** Column widths in characters: the name, the work, n, data («протоколы; малая выборка» in two lines), checks, the headline, the markers, the ФИОКО list. */
const WIDTHS = { school: 20, work: 11, n: 7, data: 14, checks: 13, headline: 9, marker: 12, fioko: 12 } as const;

export function buildObjectivitySheet(analysis: Analysis): SheetSpec {
  const y = analysis.identification.targetYear;
  const sheet = new SheetBuilder();
  sheet.addTitle(`Признаки необъективности результатов ВПР ${y} г.`);
  const headers = ['Школа', 'Работа', 'Кол-во уч.', 'Данные', 'Ошибка данных?', 'Признаки', ...MARKERS.map((m) => `${m.id} ${m.name}`), 'Список ФИОКО'];
  const widths = fitHeaderWords(headers, [WIDTHS.school, WIDTHS.work, WIDTHS.n, WIDTHS.data, WIDTHS.checks, WIDTHS.headline, ...MARKERS.map(() => WIDTHS.marker), WIDTHS.fioko]);
  const width = headers.length;
  // The ФИОКО column prints only when an official list was read (else it is empty on every page).
  const printed = analysis.dataset.fiokoLists && analysis.dataset.fiokoLists.length > 0 ? width : width - 1;
  const byMunicipality = new Map<string, Row[]>();
  for (const verdict of analysis.identification.verdicts) {
    for (const work of verdict.objectivity) {
      const m = municipalityOf(analysis, verdict.schoolKey) ?? NO_MUNICIPALITY;
      let list = byMunicipality.get(m);
      if (!list) byMunicipality.set(m, (list = []));
      list.push({ verdict, work });
    }
  }
  let header = 0;
  if (byMunicipality.size === 0) {
    sheet.addHint(`Нет результатов ВПР ${y} г. для маркеров: нужны протоколы ФИС ОКО или её отчёты «Статистика по отметкам», «Сравнение отметок с отметками по журналу», «Распределение первичных баллов», «Выполнение заданий». ${NO_DATA_TEXT}`);
  } else {
    const p = analysis.identification.parameters;
    sheet.addWrappedSubtitle(`Маркеры методики §7 (показатели ФИОКО 2019 и методики программы), каждая школа — против региона; α = ${formatNumber(p.objectivityAlpha, 4)}, не менее ${p.objectivityMinN} участников (менее 20 — малая выборка). ` +
      '«Признаки» — два маркера или один сильный (●: P2, P3, P8 по русскому языку); один маркер — не «необъективность»; вердикт ШНОР не меняется. ' +
      'В ячейке маркера — значение школы «при» значении региона (P3 — при медиане региона), n — участников, p — значимость. Сначала работы с ошибкой данных, затем с признаками.', printed);
    header = sheet.addHeader(headers);
    const names = [...byMunicipality.keys()].sort((a, b) => (a === NO_MUNICIPALITY ? 1 : b === NO_MUNICIPALITY ? -1 : compareText(a, b)));
    for (const name of names) {
      const rows = (byMunicipality.get(name) as Row[]).sort(order);
      const section = sheet.addRow([sectionText(name, rows)]);
      sheet.span(section, 1, printed, 2);
      sheet.style(rangeA1(section, 1, section, printed), { bold: true, border: 'thin', fill: MUTED_FILL });
      for (const { verdict, work } of rows) {
        const byId = new Map(work.markers.map((m) => [m.id, m]));
        const row = sheet.addRow([
          verdict.name, workShort(work, y), work.n, `${sourceText(work)}${work.small ? '; малая выборка' : ''}`, checksText(work).replace(/^ошибка данных\?: /, ''),
          work.flagged ? 'есть' : '', ...MARKERS.map((m) => markerCell(byId.get(m.id))), fiokoText(fiokoListingsOf(analysis, verdict.schoolKey)),
        ]);
        if (work.checks.length > 0) sheet.style(rangeA1(row, 5, row, 5), { fill: NEUTRAL_FILL, fontColor: NEUTRAL_FONT });
        if (work.flagged) sheet.style(rangeA1(row, 6, row, 6), { fill: BAD_FILL, fontColor: BAD_FONT, bold: true });
        MARKERS.forEach((m, i) => {
          const r = byId.get(m.id);
          if (r?.state === 'marked') sheet.style(rangeA1(row, 7 + i, row, 7 + i), { fill: r.uncounted ? NEUTRAL_FILL : BAD_FILL, fontColor: r.uncounted ? NEUTRAL_FONT : BAD_FONT });
          else if (r?.state !== 'clear') sheet.style(rangeA1(row, 7 + i, row, 7 + i), { fontColor: MUTED_FONT });
        });
      }
    }
    sheet.style(rangeA1(header + 1, 1, sheet.lastRow, width), { border: 'thin', wrap: true, vAlign: 'top' });
    sheet.format(rangeA1(header + 1, 3, sheet.lastRow, 3), '0');
    sheet.skipRow();
    sheet.addSection('Маркеры');
    // Name over the school and work columns, origin over the next two, the rule over the rest of the printed width.
    for (const m of MARKERS) legendRow(sheet, [`${m.id} ${m.name}`, m.origin, m.rule], printed);
    legendRow(sheet, ['Цвета', '', 'красный — маркер (в «Признаках» — признаки необъективности); жёлтый — маркер «не в счёт» (P1 без P5 или P6b) и ошибка данных; ' +
      'серый текст — маркер не рассчитан: «мало уч.», «нет данных», «выкл.» (маркер отключён в параметрах); «—» — маркера нет.'], printed);
  }
  const built = sheet.build({
    kind: 'objectivity',
    name: OBJECTIVITY_SHEET_NAME,
    columnWidths: widths,
    ...(header > 0 ? { freeze: { rows: header, columns: 2 } } : {}),
    tabColor: TAB_OBJECTIVITY,
  });
  return printed < width && header > 0 ? { ...built, printColumns: printed } : built;
}

/** A legend row: the name over columns 1–2, the origin over 3–4, the rule over 5..last (wrapped, measured). */
function legendRow(sheet: SheetBuilder, [name, origin, rule]: readonly [string, string, string], last: number): void {
  const row = sheet.addRow([name, null, origin, null, rule]);
  sheet.span(row, 1, 2, 3);
  sheet.span(row, 3, 4, 2);
  sheet.span(row, 5, last, 6);
  sheet.style(rangeA1(row, 1, row, last), { wrap: true, vAlign: 'top' });
}
