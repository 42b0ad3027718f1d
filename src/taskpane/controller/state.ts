// The task pane's state as the components see it (immutable snapshots published by the controller).
import { PossibleDuplicate } from '../../core/model';
import { Stage } from '../../app/pipeline';
import { Doubt, IngestSettings, SheetReport } from '../../ingest/types';
import { ResultSummary } from './resultSummary';
import { ProcedureOption, RulesSettings, DEFAULT_RULES } from './rules';

export type TabId = 'sources' | 'rules' | 'result';

export type MessageIntent = 'error' | 'warning' | 'info' | 'success';

/** A message bar: what happened and what to do, in Russian. */
export interface PaneMessage {
  readonly id: number;
  readonly intent: MessageIntent;
  readonly title: string;
  readonly text: string;
}

export interface Progress {
  readonly stage: Stage;
  /** 0..1 for the progress bar. */
  readonly value: number;
  /** False once writing has started (a write cannot be undone half-way). */
  readonly cancellable: boolean;
  readonly cancelling: boolean;
}

export interface TaskpaneState {
  /** 'loading' while the workbook is read for the Источники tab; 'running' during «Выявить ШНОР». */
  readonly phase: 'loading' | 'ready' | 'running';
  readonly tab: TabId;
  readonly sheets: readonly SheetReport[];
  /** The reader's decisions that can change verdicts: shown first, above everything else; a run with any ends orange. */
  readonly doubts: readonly Doubt[];
  /** «Возможно, одна школа»: names the user may merge. */
  readonly possibleDuplicates: readonly PossibleDuplicate[];
  /** Sheets the add-in wrote earlier (not read as sources). */
  readonly outputSheets: readonly string[];
  readonly sourceSettings: IngestSettings;
  readonly rules: RulesSettings;
  readonly procedureOptions: readonly ProcedureOption[];
  /** Years with results, latest first. */
  readonly years: readonly number[];
  /** Results recognised in the included sheets. */
  readonly resultCount: number;
  readonly progress?: Progress;
  /** While «Добавить файлы…» reads the picked files. */
  readonly fileProgress?: { readonly done: number; readonly total: number };
  readonly result?: ResultSummary;
  readonly messages: readonly PaneMessage[];
}

export const INITIAL_STATE: TaskpaneState = {
  phase: 'loading',
  tab: 'sources',
  sheets: [],
  doubts: [],
  possibleDuplicates: [],
  outputSheets: [],
  sourceSettings: {},
  rules: DEFAULT_RULES,
  procedureOptions: [],
  years: [],
  resultCount: 0,
  messages: [],
};

/** Why «Выявить ШНОР» cannot run now, or undefined when it can. */
export function runBlocker(state: TaskpaneState): string | undefined {
  if (state.phase === 'loading') return 'Идёт чтение книги…';
  if (state.phase === 'running') return 'Выявление уже идёт.';
  if (state.rules.procedures.length === 0) return 'Выберите на вкладке «Правила» хотя бы одну оценочную процедуру.';
  if (state.sheets.length > 0 && state.resultCount === 0) {
    return 'В книге не найдено ни одного результата ВПР, ОГЭ или ЕГЭ: посмотрите на вкладке «Источники», почему листы пропущены, или добавьте файлы.';
  }
  return undefined;
}
