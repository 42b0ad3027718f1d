// Messages between the task pane and the analysis worker (plain data: structured-clone safe).
import { Parameters } from '../../core/parameters';
import { Analysis } from '../../core/results';
import { IngestResult, NoteSettings } from '../../ingest/types';
import { ReportModel } from '../../report/model';

export interface AnalysisRequest {
  readonly ingest: IngestResult;
  readonly parameters: Parameters;
  readonly now: Date;
  readonly version: string;
  readonly files?: readonly string[];
  readonly note?: NoteSettings;
}

export type AnalysisResponse =
  | { readonly ok: true; readonly analysis: Analysis; readonly report: ReportModel }
  /** stage 'analyze': the analysis itself failed; 'transfer': the result could not be sent back. */
  | { readonly ok: false; readonly stage: 'analyze' | 'transfer'; readonly message: string };
