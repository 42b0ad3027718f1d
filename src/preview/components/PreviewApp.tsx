// The preview's workbook side: toolbar (open a file, download .xlsx), the workbook view, and the active sheet state.
import * as React from 'react';
import { PreviewSheet } from '../view/sheetModel';
import { WorkbookView } from './WorkbookView';

/** A request from the task pane (through the workbook port) to show a sheet and a cell. */
export interface ShowRequest {
  readonly sheet: string;
  readonly cell?: string;
  /** Increases with every request, so the same cell can be shown twice. */
  readonly serial: number;
}

export interface PreviewAppProps {
  /** The workbook's sheets now (re-read by the host after every write). */
  readonly sheets: readonly PreviewSheet[];
  /** What is open: the sample's or the user's file name. */
  readonly source: string;
  readonly busy: boolean;
  readonly error?: string;
  readonly show?: ShowRequest;
  /** Office.js traffic of the task pane so far (one line), shown under the toolbar. */
  readonly officeStats?: string;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenSample: () => void;
  readonly onDownload: () => void;
}

export function PreviewApp(props: PreviewAppProps): React.JSX.Element {
  const { sheets, show } = props;
  const [active, setActive] = React.useState<string | undefined>(undefined);
  const [highlight, setHighlight] = React.useState<string | undefined>(undefined);
  const [seen, setSeen] = React.useState<number | undefined>(undefined);
  // A new show request moves the view to its sheet once (adjusting state while rendering, as React advises).
  if (show && show.serial !== seen) {
    setSeen(show.serial);
    setActive(show.sheet);
    setHighlight(show.cell);
  }
  const fileInput = React.useRef<HTMLInputElement>(null);
  const current = sheets.some((s) => s.name === active) ? active : sheets[0]?.name;

  return (
    <div className="preview-app">
      <div className="toolbar">
        <div className="toolbar-source">
          <span className="label">Книга:</span> <strong data-testid="source-name">{props.source || '—'}</strong>
          {props.busy && <span className="busy"> загрузка…</span>}
        </div>
        <div className="toolbar-actions">
          <button type="button" onClick={() => fileInput.current?.click()} disabled={props.busy}>
            Открыть файл .xlsx…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            aria-label="Файл .xlsx"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onOpenFile(file);
              e.currentTarget.value = '';
            }}
          />
          <button type="button" onClick={props.onOpenSample} disabled={props.busy}>
            Образец
          </button>
          <button type="button" className="primary" onClick={props.onDownload} disabled={props.busy || sheets.length === 0}>
            Скачать .xlsx
          </button>
        </div>
      </div>
      {props.officeStats && (
        <p className="office-stats" data-testid="office-stats">
          {props.officeStats}
        </p>
      )}
      {props.error && (
        <p className="error" role="alert">
          {props.error}
        </p>
      )}
      <WorkbookView
        sheets={sheets}
        active={current}
        highlight={current === active ? highlight : undefined}
        onSelect={(name) => {
          setActive(name);
          setHighlight(undefined);
        }}
      />
    </div>
  );
}
