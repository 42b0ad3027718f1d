// Mounts the task pane into a page: Fluent theme + App around a controller built from the given workbook port.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { SettingsStore } from '../app/settingsStore';
import { WorkbookPort } from '../app/workbookPort';
import { ReportModel } from '../report/model';
import { App } from './App';
import { WorkerFactory } from './controller/analysisTask';
import { TaskpaneController } from './controller/taskpaneController';
import { NotInExcel } from './components/NotInExcel';

export interface TaskpaneDeps {
  port: WorkbookPort;
  settings: SettingsStore;
  theme: 'light' | 'dark';
  version: string;
  /** Source file names (the browser version). */
  files?: readonly string[];
  /** Told of each written report (the browser version). */
  onReport?: (report: ReportModel) => void;
  now?: () => Date;
  /** Analysis worker factory; default: analysis.worker.js next to the page when Worker exists. */
  createWorker?: WorkerFactory;
  /** The browser version: the sheets go into a copy the user downloads. */
  delivery?: 'workbook' | 'download';
}

/** The worker built by webpack as analysis.worker.js beside taskpane.html / preview.html. */
export const defaultWorkerFactory: WorkerFactory = () => {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return undefined;
  return new Worker(new URL('analysis.worker.js', document.baseURI));
};

/** Renders the task pane into container; returns a function that unmounts it. */
export function mountTaskpane(container: HTMLElement, deps: TaskpaneDeps): () => void {
  const controller = new TaskpaneController({
    port: deps.port,
    settings: deps.settings,
    version: deps.version,
    files: deps.files,
    onReport: deps.onReport,
    now: deps.now,
    createWorker: deps.createWorker ?? defaultWorkerFactory,
    ...(deps.delivery ? { delivery: deps.delivery } : {}),
  });
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={deps.theme === 'dark' ? webDarkTheme : webLightTheme} lang="ru">
      <App controller={controller} version={deps.version} />
    </FluentProvider>,
  );
  return () => root.unmount();
}

/** The «Откройте надстройку в Excel» page. */
export function mountNotInExcel(container: HTMLElement, theme: 'light' | 'dark' = 'light'): void {
  createRoot(container).render(
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang="ru">
      <NotInExcel />
    </FluentProvider>,
  );
}
