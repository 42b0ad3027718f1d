// What the pane's «Социальные условия» card shows: the line stated, counts and names of ШНСУ, резильентных, not explained.
import { Analysis } from '../../core/results';
import { fitText } from '../../report/social/words';

export interface ContextSummary {
  readonly fit: string;
  readonly shnsuPercent: number;
  readonly shnsu: readonly string[];
  readonly resilient: readonly string[];
  readonly notExplained: readonly string[];
  readonly worse: number;
  readonly better: number;
  /** The sheet written for it («Контекст», or the free name it got). */
  readonly sheet?: string;
}

/** The card's content, or undefined without a context sheet in the data. */
export function summarizeContext(analysis: Analysis, sheet: string | undefined): ContextSummary | undefined {
  const social = analysis.social;
  if (!social) return undefined;
  const names = (keep: (key: string) => boolean): string[] =>
    analysis.dataset.schools.filter((s) => keep(s.key)).map((s) => s.name).sort((a, b) => a.localeCompare(b, 'ru'));
  const of = (key: string) => social.schools.get(key);
  const all = [...social.schools.values()];
  return {
    fit: fitText(social.fit),
    shnsuPercent: social.shnsuPercent,
    shnsu: names((k) => of(k)?.shnsu === true),
    resilient: names((k) => of(k)?.resilient === true),
    notExplained: names((k) => of(k)?.notExplained === true),
    worse: all.filter((s) => s.group === 'worse').length,
    better: all.filter((s) => s.group === 'better').length,
    ...(sheet ? { sheet } : {}),
  };
}
