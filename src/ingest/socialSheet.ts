// The context sheet («социальный паспорт» per school, methodology §6): indicators or a ready index recognised by header words.
import { IndicatorDirection, SocialIndicator } from '../core/social/types';
import { Warning } from '../core/model';
import { SheetGrid } from './grid';
import { recogniseRole } from './headers';
import { readNumber } from './numbers';
import { SheetView } from './sheetView';
import { fold } from './text';

const HEADER_ROWS = 15;

/** Indicator words and the direction each defaults to ('worse': more = more disadvantaged). */
const INDICATOR_RULES: readonly { readonly re: RegExp; readonly direction: IndicatorDirection; readonly kind: SocialIndicator['kind'] }[] = [
  { re: /исбш|индекс\S* (социальн\S* )?благополуч|благополучи\S* школ/, direction: 'better', kind: 'index' },
  { re: /киасуо|(социальн\S*|социо\S*|контекстн\S*|региональн\S*) индекс|индекс (социальн|неблагоприятн|депривац|риск|контекст|условий)|^индекс$/, direction: 'worse', kind: 'index' },
  { re: /малообеспеч|малоимущ|низк\S* (доход|достат)/, direction: 'worse', kind: 'indicator' },
  { re: /многодет/, direction: 'worse', kind: 'indicator' },
  { re: /неполн\S* сем|одинок\S* родител/, direction: 'worse', kind: 'indicator' },
  { re: /(^|[^а-я])овз([^а-я]|$)|ограниченн\S* возможност|инвалидност|детей-инвалид/, direction: 'worse', kind: 'indicator' },
  { re: /на учет|(^|[^а-я])(вшу|пдн|кдн)([^а-я]|$)|внутришкольн\S* учет|групп\S* риска/, direction: 'worse', kind: 'indicator' },
  { re: /не (является )?родн|неродн|мигрант|инофон|билингв|иностранн\S* граждан/, direction: 'worse', kind: 'indicator' },
  { re: /(без|не имеют|не имеющ|нет)\S*.{0,30}высш\S* образ/, direction: 'worse', kind: 'indicator' },
  { re: /высш\S* образ/, direction: 'better', kind: 'indicator' },
  { re: /безработ|не работа/, direction: 'worse', kind: 'indicator' },
  { re: /неблагополуч|сиро|опек/, direction: 'worse', kind: 'indicator' },
  { re: /сельск|село|сельская местность/, direction: 'worse', kind: 'indicator' },
  { re: /численност|контингент/, direction: 'better', kind: 'indicator' },
];

/** Result columns: a sheet with them is a results sheet, not a context sheet. */
const RESULT_ROLES = new Set(['share2', 'count2', 'share3', 'share4', 'share5', 'share45', 'lowered', 'confirmed', 'raised', 'meanScore', 'subject', 'kind', 'grade']);
const CODE_RE = /^(логин|код( оо)?|логин оо)$/;
const YES_RE = /^(да|1|есть|\+|сельская|село|сельск\S*)$/;
const NO_RE = /^(нет|0|-|городская|город|городск\S*)$/;

/** The indicator a header names, with its default direction, or undefined. */
export function indicatorOfHeader(header: string): { readonly direction: IndicatorDirection; readonly kind: SocialIndicator['kind'] } | undefined {
  const folded = fold(header).replace(/[\r\n]+/g, ' ');
  const rule = INDICATOR_RULES.find((r) => r.re.test(folded));
  return rule ? { direction: rule.direction, kind: rule.kind } : undefined;
}

/** One row of the context sheet as written, before it is matched to a school. */
export interface DraftSocialRow {
  readonly name: string;
  readonly code?: string;
  readonly municipality?: string;
  readonly values: readonly (number | undefined)[];
  /** Address of the name cell. */
  readonly cell: string;
}

export interface DraftSocial {
  readonly indicators: readonly SocialIndicator[];
  readonly rows: readonly DraftSocialRow[];
}

interface Layout {
  readonly headerRow: number;
  readonly school: number;
  readonly municipality?: number;
  readonly code?: number;
  readonly indicators: readonly { readonly c: number; readonly header: string; readonly direction: IndicatorDirection; readonly kind: SocialIndicator['kind'] }[];
}

function findLayout(view: SheetView): Layout | undefined {
  for (let r = 0; r < Math.min(view.rows, HEADER_ROWS); r++) {
    let school: number | undefined;
    let municipality: number | undefined;
    let code: number | undefined;
    let results = false;
    const indicators: Layout['indicators'][number][] = [];
    for (let c = 0; c < view.cols; c++) {
      const text = view.text(r, c).trim();
      if (text === '') continue;
      const ind = indicatorOfHeader(text);
      if (ind) { indicators.push({ c, header: text.replace(/\s+/g, ' '), ...ind }); continue; }
      const folded = fold(text);
      if (CODE_RE.test(folded)) { code ??= c; continue; }
      const role = recogniseRole(text);
      if (role === 'school') school ??= c;
      else if (role === 'municipality') municipality ??= c;
      else if (role !== undefined && RESULT_ROLES.has(role)) results = true;
    }
    if (school !== undefined && indicators.length > 0 && !results) return { headerRow: r, school, municipality, code, indicators };
  }
  return undefined;
}

function cellNumber(raw: unknown): { value?: number; bad?: string } {
  if (typeof raw === 'string') {
    const t = fold(raw).trim();
    if (YES_RE.test(t)) return { value: 1 };
    if (NO_RE.test(t)) return { value: 0 };
  }
  const read = readNumber(raw as Parameters<typeof readNumber>[0]);
  if (read.kind === 'number') return { value: read.value };
  if (read.kind === 'bad') return { bad: read.text };
  return {};
}

/** True when the grid is a context sheet (checked before the results layouts). */
export function isSocialSheet(grid: SheetGrid): boolean {
  return findLayout(new SheetView(grid)) !== undefined;
}

/**
 * Reads a context sheet: the indicators found (directions defaulted from the header, or the user's per column) and a row
 * per school; an unreadable value is named by its cell and left out. Undefined when the sheet is not one.
 */
export function readSocialSheet(
  grid: SheetGrid,
  directions: Readonly<Record<string, IndicatorDirection>> = {},
): { social: DraftSocial; warnings: Warning[]; rowsRead: number; headerRow: number; columns: { column: string; header: string }[] } | undefined {
  const view = new SheetView(grid);
  const layout = findLayout(view);
  if (!layout) return undefined;
  const indicators: SocialIndicator[] = layout.indicators.map((i) => {
    const column = view.letters(i.c);
    const own = Object.prototype.hasOwnProperty.call(directions, column) ? directions[column] : undefined;
    return { column, header: i.header, direction: own === 'worse' || own === 'better' ? own : i.direction, kind: i.kind };
  });
  const warnings: Warning[] = [];
  const rows: DraftSocialRow[] = [];
  let rowsRead = 0;
  for (let r = layout.headerRow + 1; r < view.rows; r++) {
    const name = view.text(r, layout.school).trim();
    if (name === '' || view.isBlankRow(r)) continue;
    rowsRead++;
    if (/^(итого|всего|среднее|по району|по муниципалитету|по региону)/.test(fold(name))) continue;
    const values = layout.indicators.map((ind) => {
      const got = cellNumber(view.value(r, ind.c));
      if (got.bad !== undefined) {
        warnings.push({
          file: grid.file, sheet: grid.sheet, cell: view.address(r, ind.c),
          message: `Лист «${grid.sheet}», ячейка ${view.address(r, ind.c)}: «${got.bad}» — не число, показатель «${ind.header}» для «${name}» не учтён`,
        });
      }
      return got.value;
    });
    const municipality = layout.municipality === undefined ? '' : view.text(r, layout.municipality).trim();
    const code = layout.code === undefined ? '' : view.text(r, layout.code).trim().toLowerCase();
    rows.push({ name, values, cell: view.address(r, layout.school), ...(municipality ? { municipality } : {}), ...(/^(sch|edu)\d+$/.test(code) ? { code } : {}) });
  }
  const columns = [
    { column: view.letters(layout.school), header: view.text(layout.headerRow, layout.school).trim() },
    ...indicators.map((i) => ({ column: i.column, header: i.header })),
  ];
  return { social: { indicators, rows }, warnings, rowsRead, headerRow: view.sheetRow(layout.headerRow), columns };
}
