// Parses `shnor analyze` arguments (cli.md) into options, or a usage error in Russian/English.
import { Procedure, parseProcedureKey } from '../core/model';
import { DEFAULT_PARAMETERS, DEFAULT_PROCEDURES, Parameters } from '../core/parameters';
import { RULE_SET_IDS, RuleSetId, isRuleSetId } from '../core/ruleSets/presets';
import { MARKER_IDS, MarkerId } from '../core/objectivity/markers';
import { DEFAULT_SHNSU_PERCENT, SocialLine, SocialMethod, SocialParameters } from '../core/social/types';

export type Lang = 'ru' | 'en';

export interface AnalyzeArgs {
  readonly files: readonly string[];
  readonly parameters: Parameters;
  readonly out?: string;
  readonly json?: string;
  /** JSON file with per-sheet corrections, the same shape the task pane saves (sheet → { excluded, context, columns }). */
  readonly settings?: string;
  /** Mark scales of ВПР works (xlsx/csv with the columns of the sheet «Шкалы», or JSON rows of the same shape). */
  readonly scales?: string;
  /** The справка as a Word document (.docx). */
  readonly report?: string;
  readonly lang: Lang;
  /** --force: --out may replace an existing file that is not the product's own earlier output. */
  readonly force: boolean;
}

export class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--year', '--threshold', '--procedures', '--out', '--json', '--lang', '--small-sample', '--settings', '--scales', '--report', '--rules', '--min-participants', '--compare', '--curator-load',
  '--objectivity-alpha', '--objectivity-min-n', '--objectivity-markers', '--context-method', '--context-line', '--shnsu-quarter']);

export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs {
  const files: string[] = [];
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') {
      force = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`не задано значение параметра ${flag}`);
      values.set(flag, value);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`неизвестный параметр ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError('не указан ни один файл .xlsx');
  const lang = values.get('--lang') ?? 'ru';
  if (lang !== 'ru' && lang !== 'en') throw new UsageError(`--lang: ожидается ru или en, получено «${lang}»`);
  return {
    files,
    lang,
    force,
    out: values.get('--out'),
    json: values.get('--json'),
    settings: values.get('--settings'),
    scales: values.get('--scales'),
    report: values.get('--report'),
    parameters: {
      ...DEFAULT_PARAMETERS,
      threshold: numberArg(values.get('--threshold'), '--threshold', DEFAULT_PARAMETERS.threshold, 0, 100),
      smallSample: numberArg(values.get('--small-sample'), '--small-sample', DEFAULT_PARAMETERS.smallSample, 0, 10000),
      ruleSet: rulesArg(values.get('--rules'), '--rules') ?? 'municipal',
      minParticipants: numberArg(values.get('--min-participants'), '--min-participants', 0, 0, 10000),
      ...(values.has('--compare') ? { compareRules: rulesArg(values.get('--compare'), '--compare') } : {}),
      ...(values.has('--curator-load') ? { curatorLoad: integerArg(values.get('--curator-load'), '--curator-load', 1, 100) } : {}),
      objectivityAlpha: numberArg(values.get('--objectivity-alpha'), '--objectivity-alpha', DEFAULT_PARAMETERS.objectivityAlpha, 1e-9, 0.5),
      objectivityMinN: numberArg(values.get('--objectivity-min-n'), '--objectivity-min-n', DEFAULT_PARAMETERS.objectivityMinN, 1, 10000),
      ...(values.has('--objectivity-markers') ? { objectivityMarkers: markersArg(values.get('--objectivity-markers') as string) } : {}),
      targetYear: yearArg(values.get('--year')),
      procedures: proceduresArg(values.get('--procedures')),
      social: socialArgs(values),
    },
  };
}

function numberArg(text: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag}: ожидается число от ${min} до ${max}, получено «${text}»`);
  return n;
}

function integerArg(text: string | undefined, flag: string, min: number, max: number): number {
  const n = numberArg(text, flag, min, min, max);
  if (!Number.isInteger(n)) throw new UsageError(`${flag}: ожидается целое число от ${min} до ${max}, получено «${text}»`);
  return n;
}

/** all | none | a list of marker ids «P2,P5,P6a» (methodology §7). */
function markersArg(text: string): readonly MarkerId[] {
  const t = text.trim().toLowerCase();
  if (t === 'all') return MARKER_IDS;
  if (t === 'none') return [];
  const byLower = new Map(MARKER_IDS.map((id) => [id.toLowerCase(), id]));
  return t.split(/[;,\s]+/).filter(Boolean).map((x) => {
    const id = byLower.get(x);
    if (!id) throw new UsageError(`--objectivity-markers: «${x}» — ожидается all, none или список из ${MARKER_IDS.join(', ')}`);
    return id;
  });
}

/** municipal | same-procedure | bottom-15 | bottom-25. */
function rulesArg(text: string | undefined, flag: string): RuleSetId | undefined {
  if (text === undefined) return undefined;
  if (!isRuleSetId(text)) throw new UsageError(`${flag}: ожидается ${RULE_SET_IDS.join(', ')}, получено «${text}»`);
  return text;
}

function yearArg(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UsageError(`--year: ожидается год, например 2024, получено «${text}»`);
  return n;
}

/** default | all | a list of keys "ВПР|Русский язык|5" separated by ";" or ",". */
function proceduresArg(text: string | undefined): readonly Procedure[] | 'all' {
  if (text === undefined || text === 'default') return DEFAULT_PROCEDURES;
  if (text === 'all') return 'all';
  const list = text.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
  return list.map((key) => {
    const p = parseProcedureKey(key);
    if (!p) throw new UsageError(`--procedures: «${key}» — ожидается вид «ВПР|Русский язык|5»`);
    return p;
  });
}

/** --context-method mean|pca|given, --context-line local|none|A,B (intercept, slope), --shnsu-quarter PERCENT. */
function socialArgs(values: ReadonlyMap<string, string>): SocialParameters {
  const methodText = values.get('--context-method');
  if (methodText !== undefined && methodText !== 'mean' && methodText !== 'pca' && methodText !== 'given') {
    throw new UsageError(`--context-method: ожидается mean, pca или given, получено «${methodText}»`);
  }
  const method: SocialMethod | undefined = methodText;
  const line = lineArg(values.get('--context-line'));
  const percent = numberArg(values.get('--shnsu-quarter'), '--shnsu-quarter', DEFAULT_SHNSU_PERCENT, 1, 100);
  return { ...(method ? { method } : {}), ...(line ? { line } : {}), shnsuPercent: percent };
}

function lineArg(text: string | undefined): SocialLine | undefined {
  if (text === undefined || text === 'local') return text === undefined ? undefined : { kind: 'local' };
  if (text === 'none') return { kind: 'none' };
  const parts = (text.includes(';') ? text.split(';') : text.split(',')).map((p) => Number(p.trim().replace(',', '.')));
  if (parts.length !== 2 || !parts.every(Number.isFinite)) {
    throw new UsageError(`--context-line: ожидается «A,B» (свободный член и наклон линии региона, например 12.5,4.1), local или none, получено «${text}»`);
  }
  return { kind: 'regional', intercept: parts[0], slope: parts[1] };
}
