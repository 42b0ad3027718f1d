// The Результат tab's card «С учётом социальных условий»: ШНСУ, резильентные, ШНОР not explained by conditions, the line.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ContextSummary } from '../controller/contextSummary';

export interface ContextCardProps {
  readonly context: ContextSummary;
  /** Shows the «Контекст» sheet (absent where the front end cannot). */
  readonly onOpenSheet?: (sheet: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function Group({ label, names, empty }: { label: string; names: readonly string[]; empty: string }) {
  return (
    <Text size={300}>
      <Text weight="semibold">{label} — {names.length}</Text>
      {names.length > 0 ? `: ${names.join(', ')}` : ` (${empty})`}
    </Text>
  );
}

export function ContextCard({ context, onOpenSheet }: ContextCardProps) {
  const styles = useStyles();
  const sheet = context.sheet;
  return (
    <section aria-label="С учётом социальных условий" className={styles.root}>
      <Text weight="semibold">С учётом социальных условий</Text>
      <Group label={`ШНСУ (${context.shnsuPercent} % школ с наибольшим индексом)`} names={context.shnsu} empty="индекс не рассчитан" />
      <Group label="Резильентные (ШНСУ лучше ожидаемого)" names={context.resilient} empty="нет" />
      <Group label="Низкие результаты не объясняются условиями" names={context.notExplained} empty="нет" />
      <Text className={styles.note}>
        Хуже ожидаемого — {context.worse}, лучше ожидаемого — {context.better}. {context.fit} Перечень ШНОР от этого не меняется.
      </Text>
      {sheet && onOpenSheet && (
        <Link as="button" onClick={() => onOpenSheet(sheet)}>
          Открыть лист «{sheet}» с диаграммой
        </Link>
      )}
    </section>
  );
}
