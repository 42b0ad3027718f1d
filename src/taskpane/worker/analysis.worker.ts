// Web Worker: runs analyzeAndReport off the task pane's UI thread for large data (built as analysis.worker.js).
import { analyzeAndReport } from '../../app/pipeline';
import { AnalysisRequest, AnalysisResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as WorkerScope;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

scope.onmessage = (event) => {
  const { ingest, parameters, now, version, files, note } = event.data;
  let result: ReturnType<typeof analyzeAndReport>;
  try {
    result = analyzeAndReport(ingest, { parameters, now, version, files, note });
  } catch (error) {
    scope.postMessage({ ok: false, stage: 'analyze', message: messageOf(error) });
    return;
  }
  try {
    scope.postMessage({ ok: true, analysis: result.analysis, report: result.report });
  } catch (error) {
    scope.postMessage({ ok: false, stage: 'transfer', message: messageOf(error) });
  }
};
