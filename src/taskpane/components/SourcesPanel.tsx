// The Источники tab: every sheet read, what was recognised, and the user's exclusions and corrections.
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { IngestSettings, SheetReport, SheetSettings, WORKBOOK_SETTINGS_KEY } from '../../ingest/types';
import { sheetSettingsOf } from '../../ingest/settings';
import { PossibleDuplicate } from '../../core/model';
import { PossibleDuplicates } from './PossibleDuplicates';
import { plural } from './labels';
import { SheetCard } from './SheetCard';
import { AddFiles } from './AddFiles';

export interface SourcesPanelProps {
  readonly sheets: readonly SheetReport[];
  readonly settings: IngestSettings;
  /** Sheets the add-in wrote earlier (not read). */
  readonly outputSheets: readonly string[];
  readonly loading: boolean;
  /** True while a run is going: corrections wait. */
  readonly disabled?: boolean;
  readonly onToggleSheet: (sheet: string, included: boolean) => void;
  readonly onChangeSheetSettings: (sheet: string, next: SheetSettings | undefined) => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
  readonly onRefresh: () => void;
  readonly possibleDuplicates?: readonly PossibleDuplicate[];
  readonly onMergeSchools?: (keep: string, others: readonly string[]) => void;
  readonly onUnmergeSchools?: (keep: string, other: string) => void;
  /** «Добавить файлы…» (absent where files cannot be added). */
  readonly onAddFiles?: (files: readonly File[]) => void;
  readonly onCancelFiles?: () => void;
  readonly fileProgress?: { readonly done: number; readonly total: number };
  /** True before the first run in this workbook: a short hint of the three steps. */
  readonly firstRun?: boolean;
  /** The results are a copy of the book to download (the browser version), not sheets written into it. */
  readonly downloads?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function SourcesPanel(props: SourcesPanelProps) {
  const { sheets, settings, outputSheets, loading, disabled } = props;
  const styles = useStyles();
  const withResults = sheets.filter((s) => s.layout !== undefined && !sheetSettingsOf(settings, s.sheet)?.excluded).length;
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text>
          {sheets.length} {plural(sheets.length, 'лист', 'листа', 'листов')}, с результатами: {withResults}
        </Text>
        <Button size="small" disabled={loading || disabled} onClick={props.onRefresh}>Перечитать книгу</Button>
      </div>
      {props.firstRun && !loading && sheets.length > 0 && (
        <Text className={styles.note} role="note">
          Как пользоваться: 1) проверьте ниже, как распознан каждый лист (исключите лишние, исправьте год или столбцы);
          2) на вкладке «Правила» — порог и процедуры; 3) нажмите «Выявить ШНОР»: {props.downloads
            ? 'листы результатов появятся в копии книги — её сохраняет «Скачать книгу».'
            : 'листы результатов появятся в книге.'}
        </Text>
      )}
      {props.onAddFiles && (
        <AddFiles progress={props.fileProgress} disabled={loading || disabled} onAddFiles={props.onAddFiles} onCancel={() => props.onCancelFiles?.()} />
      )}
      {loading && !props.fileProgress && <Spinner size="tiny" label="Чтение книги…" />}
      {!loading && sheets.length === 0 && (
        <Text>В книге нет листов с данными. Откройте книгу с результатами ВПР, ОГЭ или ЕГЭ и нажмите «Перечитать книгу».</Text>
      )}
      {sheets.map((report) => (
        <SheetCard key={report.sheet} report={report} settings={sheetSettingsOf(settings, report.sheet)} disabled={disabled}
          onToggle={props.onToggleSheet} onChangeSettings={props.onChangeSheetSettings} onSelectCell={props.onSelectCell} />
      ))}
      <PossibleDuplicates duplicates={props.possibleDuplicates ?? []} merged={sheetSettingsOf(settings, WORKBOOK_SETTINGS_KEY)?.schoolMerges ?? []}
        disabled={disabled} onMerge={(a, b) => props.onMergeSchools?.(a, b)} onUnmerge={(a, b) => props.onUnmergeSchools?.(a, b)} />
      {outputSheets.length > 0 && (
        <Text className={styles.note}>
          Листы надстройки не читаются и заменяются при новом запуске: {outputSheets.map((s) => `«${s}»`).join(', ')}.
        </Text>
      )}
    </div>
  );
}
