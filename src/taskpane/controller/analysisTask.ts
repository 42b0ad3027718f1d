// Runs analyzeAndReport inline or, for large data, in a Web Worker that a cancel terminates at once.
import { analyzeAndReport, CancelledError } from '../../app/pipeline';
import { Parameters } from '../../core/parameters';
import { Analysis } from '../../core/results';
import { IngestResult, NoteSettings } from '../../ingest/types';
import { ReportModel } from '../../report/model';
import { AnalysisRequest, AnalysisResponse } from '../worker/protocol';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface AnalysisOutput {
  readonly analysis: Analysis;
  readonly report: ReportModel;
}

export interface AnalysisInput {
  readonly ingest: IngestResult;
  readonly parameters: Parameters;
  readonly now: Date;
  readonly version: string;
  /** Source file names for the Параметры sheet (the browser version; empty inside Excel). */
  readonly files?: readonly string[];
  /** The справка's header and signature fields saved in the workbook. */
  readonly note?: NoteSettings;
}

/** A running analysis; cancel() stops a worker immediately (an inline run is checked by the caller afterwards). */
export interface AnalysisTask {
  readonly promise: Promise<AnalysisOutput>;
  readonly where: 'worker' | 'inline';
  cancel(): void;
}

/** Creates the analysis worker, or undefined where workers are unavailable (jsdom, old hosts). */
export type WorkerFactory = () => Worker | undefined;

/** Results above which the analysis leaves the UI thread. */
export const WORKER_THRESHOLD = 20_000;

function runInline(input: AnalysisInput): Promise<AnalysisOutput> {
  // One macrotask first so the «Анализ…» stage is painted before the (synchronous) analysis starts.
  return yieldToEventLoop().then(() =>
    analyzeAndReport(input.ingest, { parameters: input.parameters, now: input.now, version: input.version, files: input.files, note: input.note }),
  );
}

function inlineTask(input: AnalysisInput): AnalysisTask {
  return { promise: runInline(input), where: 'inline', cancel: () => undefined };
}

export function startAnalysis(input: AnalysisInput, createWorker: WorkerFactory | undefined, threshold = WORKER_THRESHOLD): AnalysisTask {
  if (input.ingest.dataset.results.length <= threshold || !createWorker) return inlineTask(input);
  let worker: Worker | undefined;
  try {
    worker = createWorker();
  } catch {
    worker = undefined;
  }
  if (!worker) return inlineTask(input);
  const running = worker;
  let settle: { resolve: (o: AnalysisOutput) => void; reject: (e: unknown) => void } | undefined;
  const promise = new Promise<AnalysisOutput>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (action: () => void): void => {
    running.terminate();
    action();
  };
  running.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const data = event.data;
    if (data.ok) finish(() => settle?.resolve({ analysis: data.analysis, report: data.report }));
    else if (data.stage === 'transfer') finish(() => runInline(input).then(settle?.resolve, settle?.reject));
    else finish(() => settle?.reject(new Error(data.message)));
  };
  // The worker script failed to load or crashed: do the work here instead.
  running.onerror = (event) => {
    event.preventDefault();
    finish(() => runInline(input).then(settle?.resolve, settle?.reject));
  };
  const request: AnalysisRequest = input;
  try {
    running.postMessage(request);
  } catch {
    running.terminate();
    return inlineTask(input);
  }
  return {
    promise,
    where: 'worker',
    cancel: () => finish(() => settle?.reject(new CancelledError())),
  };
}
