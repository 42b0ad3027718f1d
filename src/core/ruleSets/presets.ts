// Rule sets as regions and regulators write them (methodology.md §2 "Rule sets"): each a little data, naming its source.

export type RuleSetId = 'municipal' | 'same-procedure' | 'bottom-15' | 'bottom-25';

export interface RuleSet {
  readonly id: RuleSetId;
  /** Short Russian name shown in the pane, on «Параметры» and in every explanation. */
  readonly name: string;
  /** Where the rule comes from. */
  readonly source: string;
  /** К2 needs the same procedure low in Y−1 and Y (regulators' wording). */
  readonly sameProcedureK2: boolean;
  /** «Нижние N %»: the worst N % of schools by mean доля «2» over the last years are ШНОР. */
  readonly bottomPercent?: number;
}

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  municipal: {
    id: 'municipal',
    name: 'Муниципальная',
    source: 'муниципальные программы повышения качества образования в ШНОР (Краснодарский, Красноярский, Приморский края, Челябинская и Тульская области, 2021–2024): К1 — не менее двух низких процедур в Y; К2 — низкая процедура в Y−1 и в Y',
    sameProcedureK2: false,
  },
  'same-procedure': {
    id: 'same-procedure',
    name: 'К2 по одной процедуре',
    source: 'формулировка проверок Рособрнадзора: «не менее 30 % … по двум и более оценочным процедурам в Y году, а также по одной и той же оценочной процедуре в Y−1 и Y годах»',
    sameProcedureK2: true,
  },
  'bottom-15': {
    id: 'bottom-15',
    name: 'Нижние 15 %',
    source: 'рейтинговое правило ряда регионов: 15 % школ с наибольшей средней долей «2» по учитываемым процедурам за последние годы',
    sameProcedureK2: false,
    bottomPercent: 15,
  },
  'bottom-25': {
    id: 'bottom-25',
    name: 'Нижние 25 %',
    source: 'рейтинговое правило ряда регионов: 25 % школ с наибольшей средней долей «2» по учитываемым процедурам за последние годы',
    sameProcedureK2: false,
    bottomPercent: 25,
  },
};

export const RULE_SET_IDS = Object.keys(RULE_SETS) as RuleSetId[];

export function isRuleSetId(value: unknown): value is RuleSetId {
  return typeof value === 'string' && (RULE_SET_IDS as readonly string[]).includes(value);
}

/** «Нижние N %» without a minimum of participants of its own counts results of at least this many. */
export const BOTTOM_DEFAULT_MIN_PARTICIPANTS = 5;
