// The left half of the preview: sheet tabs, the active sheet's table and the charts that sheet holds.
import * as React from 'react';
import { PreviewSheet } from '../view/sheetModel';
import { ChartPreview } from './ChartPreview';
import { SheetTable } from './SheetTable';

export interface WorkbookViewProps {
  readonly sheets: readonly PreviewSheet[];
  readonly active: string | undefined;
  readonly onSelect: (name: string) => void;
  readonly highlight?: string;
}

export function WorkbookView({ sheets, active, onSelect, highlight }: WorkbookViewProps): React.JSX.Element {
  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  if (!sheet) return <p className="empty">В книге нет листов.</p>;
  return (
    <div className="workbook">
      <div className="sheet-tabs" role="tablist" aria-label="Листы книги">
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            aria-label={s.name}
            data-sheet={s.name}
            className={s.name === sheet.name ? 'sheet-tab active' : 'sheet-tab'}
            style={s.tabColor ? { borderBottomColor: `#${s.tabColor}` } : undefined}
            onClick={() => onSelect(s.name)}
          >
            {s.name}
            {s.charts.length > 0 && <span className="tab-badge" aria-hidden="true" title="Диаграмм на листе">{s.charts.length}</span>}
          </button>
        ))}
      </div>
      <div className="sheet-body" role="tabpanel" aria-label={sheet.name}>
        <SheetTable sheet={sheet} highlight={highlight} />
      </div>
      {sheet.charts.length > 0 && (
        <section className="charts" aria-label="Диаграммы листа">
          <h2>Диаграммы на листе «{sheet.name}»: {sheet.charts.length}</h2>
          <div className="chart-strip">
            {sheet.charts.map((chart, i) => (
              <ChartPreview key={`${chart.title}-${i}`} chart={chart} values={sheet.values} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
