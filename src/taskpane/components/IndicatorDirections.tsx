// A context sheet in «Источники»: the indicators found, each with its direction (editable, saved with the sheet), unmatched rows.
import { Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { IndicatorDirection } from '../../core/social/types';
import { SheetReport, SheetSettings } from '../../ingest/types';

export interface IndicatorDirectionsProps {
  readonly report: SheetReport;
  readonly settings?: SheetSettings;
  readonly disabled?: boolean;
  readonly onChangeSettings: (sheet: string, next: SheetSettings | undefined) => void;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  line: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: '11rem' },
});

export function IndicatorDirections({ report, settings, disabled, onChangeSettings }: IndicatorDirectionsProps) {
  const styles = useStyles();
  const indicators = report.indicators ?? [];
  if (indicators.length === 0) return null;
  const change = (column: string, direction: IndicatorDirection): void => {
    onChangeSettings(report.sheet, { ...settings, directions: { ...settings?.directions, [column]: direction } });
  };
  return (
    <>
      <Text className={styles.line} weight="semibold">Показатели ({indicators.length}) и направление:</Text>
      <ul className={styles.list}>
        {indicators.map((ind) => (
          <li key={ind.column} className={styles.item}>
            <span>{ind.column} — {ind.header}{ind.kind === 'index' ? ' (готовый индекс)' : ''}</span>
            <Select className={styles.select} size="small" value={ind.direction} disabled={disabled}
              aria-label={`Направление показателя «${ind.header}»`}
              onChange={(_, d) => change(ind.column, d.value === 'better' ? 'better' : 'worse')}>
              <option value="worse">больше — неблагоприятнее</option>
              <option value="better">больше — благоприятнее</option>
            </Select>
          </li>
        ))}
      </ul>
      {report.unmatched && report.unmatched.length > 0 && (
        <Text className={styles.line}>Нет среди школ с результатами (не учтены): {report.unmatched.join(', ')}</Text>
      )}
    </>
  );
}
