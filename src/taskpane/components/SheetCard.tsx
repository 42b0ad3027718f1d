// One source sheet in the Источники tab: what was recognised, its warnings (cell links), include switch, editor.
import { useState } from 'react';
import { Badge, Button, Link, Switch, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SheetReport, SheetSettings } from '../../ingest/types';
import { Warning } from '../../core/model';
import { contextLabel, isJournalComparison, plural, sheetLayoutLabel } from './labels';
import { SheetEditor } from './SheetEditor';
import { paneSafeName } from '../../report/sanitize/paneText';
import { IndicatorDirections } from './IndicatorDirections';

export interface SheetCardProps {
  readonly report: SheetReport;
  readonly settings?: SheetSettings;
  readonly disabled?: boolean;
  readonly onToggle: (sheet: string, included: boolean) => void;
  readonly onChangeSettings: (sheet: string, next: SheetSettings | undefined) => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** contextLabel of a sheet where nothing of the context was found. */
const NO_CONTEXT = contextLabel({ subjects: [] });

/** Warnings shown before «Показать все». */
const WARNINGS_SHOWN = 5;
const SCHOOLS_SHOWN = 6;
/** Aggregate rows shown with their evidence. */
const AGGREGATES_SHOWN = 6;

/** «2 ячейки не прочитаны или вызывают сомнение:» when every warning is a cell's, else «3 замечания при чтении листа:». */
export function warningsTitle(warnings: readonly Warning[]): string {
  const n = warnings.length;
  if (warnings.every((w) => w.cell)) {
    return `${n} ${plural(n, 'ячейка не прочитана или вызывает', 'ячейки не прочитаны или вызывают', 'ячеек не прочитано или вызывают')} сомнение:`;
  }
  return `${n} ${plural(n, 'замечание', 'замечания', 'замечаний')} при чтении листа:`;
}

/** A warning as this sheet's card shows it: without «Лист «…»: » in front when it is about this very sheet. */
export function ownMessage(w: Warning, sheet: string): string {
  const prefix = `Лист «${w.sheet || sheet}»: `;
  if ((w.sheet || sheet) !== sheet || !w.message.startsWith(prefix)) return w.message;
  const rest = w.message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  excluded: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { overflowWrap: 'anywhere' },
  line: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function SheetCard({ report, settings, disabled, onToggle, onChangeSettings, onSelectCell }: SheetCardProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [allWarnings, setAllWarnings] = useState(false);
  const included = !settings?.excluded;
  const corrected = settings?.context !== undefined || settings?.columns !== undefined;
  const warnings = allWarnings ? report.warnings : report.warnings.slice(0, WARNINGS_SHOWN);
  const schools = report.schools.slice(0, SCHOOLS_SHOWN).join(', ')
    + (report.schools.length > SCHOOLS_SHOWN ? ` и ещё ${report.schools.length - SCHOOLS_SHOWN}` : '');

  return (
    <section className={mergeClasses(styles.card, !included && styles.excluded)} aria-label={`Лист «${report.sheet}»`}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.title}>{paneSafeName(report.sheet)}</Text>
        <Switch checked={included} disabled={disabled} label={included ? 'Учитывать' : 'Не учитывать'}
          aria-label={`Учитывать лист «${report.sheet}»`}
          onChange={(_, d) => onToggle(report.sheet, d.checked)} />
      </div>
      <Text className={styles.line}>
        {sheetLayoutLabel(report)}
        {corrected && <> <Badge appearance="tint" color="brand" size="small">исправлено</Badge></>}
      </Text>
      {report.layout ? (
        <>
          <Text className={styles.line}>
            {isJournalComparison(report) && contextLabel(report.context) === NO_CONTEXT
              ? 'Год, процедура, класс и предмет — с листа «Статистика по отметкам» этого файла'
              : contextLabel(report.context)}
          </Text>
          <Text className={styles.line}>
            Строк: {report.rowsRead} · результатов: {report.resultsRead} · {report.schools.length}{' '}
            {plural(report.schools.length, 'школа', 'школы', 'школ')}
            {report.aggregates.length > 0 && !report.aggregateRows && <> · итоговые строки: {report.aggregates.join(', ')}</>}
            {report.range && <> · диапазон {report.range}</>}
          </Text>
          {schools && <Text className={styles.line}>Школы: {schools}</Text>}
          {report.aggregateRows && (
            <Text className={styles.line}>
              Итоговые строки (не школы): {report.aggregateRows.slice(0, AGGREGATES_SHOWN).map((a) => `${a.cell} «${a.name}» — ${a.evidence}`).join('; ')}
              {report.aggregateRows.length > AGGREGATES_SHOWN && ` и ещё ${report.aggregateRows.length - AGGREGATES_SHOWN} (все — на листе «Параметры»)`}
            </Text>
          )}
          <IndicatorDirections report={report} settings={settings} disabled={disabled} onChangeSettings={onChangeSettings} />
        </>
      ) : (
        report.skippedReason && <Text className={styles.line}>{report.skippedReason}</Text>
      )}
      {report.warnings.length > 0 && (
        <>
          <Text className={styles.line} weight="semibold">{warningsTitle(report.warnings)}</Text>
          <ul className={styles.warnings}>
            {warnings.map((w, i) => (
              <li key={`${w.cell ?? ''}-${i}`} className={styles.warning}>
                {w.cell ? (
                  <Link as="button" onClick={() => onSelectCell(w.sheet || report.sheet, w.cell ?? '')}
                    aria-label={`Перейти к ячейке ${w.cell} листа «${w.sheet || report.sheet}»`}>
                    {w.cell}
                  </Link>
                ) : null}
                {w.cell ? ' — ' : ''}{ownMessage(w, report.sheet)}
              </li>
            ))}
          </ul>
          {report.warnings.length > WARNINGS_SHOWN && (
            <Link as="button" onClick={() => setAllWarnings(!allWarnings)}>
              {allWarnings ? 'Свернуть' : `Показать все (${report.warnings.length})`}
            </Link>
          )}
        </>
      )}
      <div className={styles.actions}>
        <Button size="small" disabled={disabled} aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Скрыть исправления' : 'Исправить контекст и столбцы…'}
        </Button>
      </div>
      {editing && (
        <SheetEditor report={report} settings={settings}
          onApply={(next) => onChangeSettings(report.sheet, next)} onClose={() => setEditing(false)} />
      )}
    </section>
  );
}
