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
