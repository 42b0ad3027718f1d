// What the protocols give the objectivity markers (§7) per school and work: distributions and counts, never pupils.

/** Per-task score moments of one school's pupils (P7, D): sums and cross-products, bounded by tasks², not pupils. */
export interface TaskMoments {
  /** Pupils with a total whose task scores were read. */
  readonly pupils: number;
  /** Σ score per task. */
  readonly sums: readonly number[];
  /** Σ score_t × score_u, row-major tasks × tasks. */
  readonly products: ArrayLike<number>;
  /** The highest score seen per task (the task's maximum when the header does not give it). */
  readonly maxSeen: readonly number[];
  /** The maximum per task from the header («3 (2б)»), when every task header gives one. */
  readonly maxDeclared?: readonly number[];
}

/** A task-score vector ≥ 4 pupils of one variant share at one school and at most one pupil elsewhere holds (P8). */
export interface CopiedVector {
  readonly variant: string;
  readonly total: number;
  readonly pupils: number;
  /** Pupils elsewhere in the protocol with the same vector (0 or 1). */
  readonly elsewhere: number;
}

/** A data check (D «ошибка данных?»): shown first, never a marker. */
export interface DataCheck {
  readonly kind: 'above_max' | 'sum_mismatch' | 'zero_task';
  /** Pupils concerned (zero_task: pupils who wrote the work). */
  readonly count: number;
  /** The first cell concerned, when known. */
  readonly cell?: string;
  /** zero_task: the task number (1-based) and the region's success on it, in percent. */
  readonly task?: number;
  readonly regionSuccess?: number;
}

/** One school's pupils in one work, as the protocol gives them. */
export interface WorkEvidence {
  /** Pupils per total score. */
  readonly totals: ReadonlyMap<number, number>;
  /** Pupils per total and journal mark: key `${total}|${mark}`. */
  readonly journal: ReadonlyMap<string, number>;
  /** The scale of the work: upper bounds of «2», «3», «4» and the maximum. */
  readonly scale: { readonly upper2: number; readonly upper3: number; readonly upper4: number; readonly max: number };
  readonly tasks?: TaskMoments;
  /** P8 groups found while reading the protocol (the region = the protocol's pupils). */
  readonly copied?: readonly CopiedVector[];
  /** Pupils whose total differs from the sum of their task scores, and the first such cell. */
  readonly sumMismatch?: { readonly count: number; readonly cell: string };
  /** Pupils with a total above the maximum, and the first such cell. */
  readonly aboveMax?: { readonly count: number; readonly cell: string };
}

/** A ФИС ОКО «Распределение первичных баллов» row: pupils per primary score (shares × participants, rounded). */
export interface ScoreStatistics {
  readonly n: number;
  /** Pupils per primary score, 0 … max. */
  readonly totals: ReadonlyMap<number, number>;
  /** The work's maximum primary score (the last score column of the report). */
  readonly max: number;
  /** The lowest «3» score of the scale of that year, subject and grade, when it is known and fits the report (P4). */
  readonly lowest3?: number;
}

/** A ФИС ОКО «Выполнение заданий» row: the share of the maximum scored per task (0..1), as the report gives it. */
export interface TaskStatistics {
  readonly n: number;
  /** Per task (and sub-task, «3(1)», «1К2»), in the report's column order. */
  readonly success: readonly (number | undefined)[];
  readonly labels: readonly string[];
  /** The maximum per task, when the report has a «Макс. балл» row. */
  readonly max?: readonly number[];
}

/** What school-level ФИС ОКО reports give the markers beyond marks and the journal comparison (§7). */
export interface WorkStatistics {
  readonly scores?: ScoreStatistics;
  readonly tasks?: TaskStatistics;
}
