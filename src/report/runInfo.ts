// What the Параметры sheet tells about a run besides the analysis: time, version, files and sheets read.
import { Doubt, NoteSettings, SheetReport } from '../ingest/types';

export interface RunInfo {
  readonly generatedAt: Date;
  readonly version: string;
  readonly files: readonly string[];
  readonly sources: readonly SheetReport[];
  /** The reader's doubts (decisions that can change verdicts): shown first. */
  readonly doubts?: readonly Doubt[];
  /** The справка's header and signature fields the user filled (workbook settings, --settings). */
  readonly note?: NoteSettings;
}
