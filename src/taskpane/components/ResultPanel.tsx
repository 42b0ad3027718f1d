// The Результат tab: counts (ШНОР, вошли, вышли, зона риска), the ШНОР list with reasons, objectivity, links to the sheets.
import { Badge, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { NamedSchool, ResultSummary } from '../controller/resultSummary';
import { PartnerPicker } from './PartnerPicker';
import { ContextCard } from './ContextCard';
import { ObjectivityCard } from './ObjectivityCard';
import { CRITERION_LABELS, FLAG_LABELS, LIST_CHANGE_LABELS } from './labels';
import { paneSafeName } from '../../report/sanitize/paneText';

export interface ResultPanelProps {
  readonly result?: ResultSummary;
  /** Shows a written sheet; absent where the front end cannot (the browser version): no links are offered then. */
  readonly onOpenSheet?: (sheet: string) => void;
  /** Shows a school's row on the ШНОР sheet (absent where the front end cannot select cells). */
  readonly onOpenCell?: (sheet: string, cell: string) => void;
  /** Saves the methodologist's partner schools for a ШНОР school (undefined: back to the suggestion). */
  readonly onChoosePartners?: (school: string, partners: readonly string[] | undefined) => void;
}

/** A school's name: a link to its row on the ШНОР sheet when there is one and the front end can show it. */
function SchoolName({ school, onOpenCell, strong }: { school: NamedSchool; onOpenCell?: ResultPanelProps['onOpenCell']; strong?: boolean }) {
  const at = school.at;
  if (at && onOpenCell) {
    return (
      <Link as="button" inline onClick={() => onOpenCell(at.sheet, at.cell)} title={`Показать строку на листе «${at.sheet}»`}
        style={strong ? { fontWeight: 600 } : undefined}>
        {paneSafeName(school.name)}
      </Link>
    );
  }
  return <Text weight={strong ? 'semibold' : 'regular'}>{paneSafeName(school.name)}</Text>;
}

const MOVE_GROUPS: readonly { readonly key: keyof ResultSummary['moves']; readonly label: string }[] = [
  { key: 'entered', label: 'Вошли в перечень' },
  { key: 'stayed', label: 'Остались' },
  { key: 'exited', label: 'Вышли' },
  { key: 'risk', label: 'Зона риска' },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(64px, 1fr))', gap: tokens.spacingHorizontalS },
  count: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  shnorNumber: { color: tokens.colorPaletteRedForeground1 },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, textAlign: 'center' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  explanation: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  links: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  moves: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  move: { display: 'block' },
  moveLabel: { display: 'inline', fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  moveNames: { display: 'inline', margin: 0 },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, cursor: 'pointer' },
});

function Count({ value, caption, highlight }: { value: number; caption: string; highlight?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.count} role="group" aria-label={`${caption}: ${value}`}>
      <span className={highlight ? `${styles.number} ${styles.shnorNumber}` : styles.number}>{value}</span>
      <span className={styles.caption}>{caption}</span>
    </div>
  );
}

export function ResultPanel({ result, onOpenSheet, onOpenCell, onChoosePartners }: ResultPanelProps) {
  const styles = useStyles();
  if (!result) {
    return <Text>Результата пока нет. Проверьте источники и правила и нажмите «Выявить ШНОР».</Text>;
  }
  return (
    <div className={styles.root}>
      <Text weight="semibold">ШНОР {result.targetYear} (сравнение с {result.previousYear}), правило «{result.rules}»</Text>
      <div className={styles.counts}>
        <Count value={result.shnor} caption="ШНОР" highlight />
        {!result.previousUnknown && <Count value={result.entered} caption="вошли" />}
        {!result.previousUnknown && <Count value={result.exited} caption="вышли" />}
        <Count value={result.risk} caption="зона риска" />
      </div>
      {result.previousUnknown && (
        <Text size={200}>Нет данных за {result.previousYear} г.: вошли / вышли и критерий К2 не проверяются.</Text>
      )}
      <Text size={200}>
        Школ в данных: {result.schools}; без данных за {result.targetYear}: {result.noData}; предупреждений чтения: {result.warnings}.
      </Text>
      <dl className={styles.moves} aria-label="Кто вошёл, остался, вышел, в зоне риска">
        {MOVE_GROUPS.filter((g) => result.moves[g.key].length > 0 && (g.key === 'risk' || !result.previousUnknown)).map((g) => (
          <div key={g.key} className={styles.move}>
            <dt className={styles.moveLabel}>{g.label}:</dt>
            <dd className={styles.moveNames}>
              {result.moves[g.key].map((s, i) => (
                <span key={s.schoolKey}>{i > 0 ? ', ' : ''}<SchoolName school={s} onOpenCell={onOpenCell} /></span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      {result.list.length > 0 ? (
        <ul className={styles.list} aria-label={`Список ШНОР ${result.targetYear}`}>
          {result.list.map((s) => (
            <li key={s.schoolKey} className={styles.item}>
              <div className={styles.badges}>
                <SchoolName school={s} onOpenCell={onOpenCell} strong />
                {s.criteria.map((c) => (
                  <Badge key={c} appearance="filled" color="danger" size="small" title={CRITERION_LABELS[c]}>
                    {c === 'K1' ? 'К1' : c === 'K2' ? 'К2' : 'нижние %'}
                  </Badge>
                ))}
                {LIST_CHANGE_LABELS[s.listChange] && (
                  <Badge appearance="outline" color="informative" size="small">{LIST_CHANGE_LABELS[s.listChange]}</Badge>
                )}
                {s.flags.map((f) => <Badge key={f} appearance="tint" color="warning" size="small">{FLAG_LABELS[f]}</Badge>)}
              </div>
              <details className={styles.details}>
                <summary className={styles.explanation} title={s.explanation}>{s.explanation}</summary>
                <Text size={200}>{s.explanation}</Text>
              </details>
              {onChoosePartners && <PartnerPicker school={s} options={result.partnerOptions} onChoose={onChoosePartners} />}
            </li>
          ))}
        </ul>
      ) : (
        <Text>По выбранным правилам ни одна школа не отнесена к ШНОР в {result.targetYear} году.</Text>
      )}
      {result.comparison && (
        <section aria-label={`Сравнение с правилом «${result.comparison.rules}»`} className={styles.item}>
          <Text weight="semibold">
            Сравнение с правилом «{result.comparison.rules}»: {result.comparison.differences.length === 0 ? 'списки совпадают' : `различий — ${result.comparison.differences.length}`}
          </Text>
          <ul className={styles.list}>
            {result.comparison.differences.map((d) => (
              <li key={d.schoolKey} className={styles.item}>
                <Text weight="semibold">{paneSafeName(d.name)}</Text>
                <Text size={200}>{d.label}</Text>
                <span className={styles.explanation} title={d.why}>{d.why}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.objectivity && <ObjectivityCard objectivity={result.objectivity} onOpenSheet={onOpenSheet} />}
      {result.context && <ContextCard context={result.context} onOpenSheet={onOpenSheet} />}
      {onOpenSheet && result.sheets.length > 0 && (
        <nav className={styles.links} aria-label="Листы, записанные в книгу">
          {result.sheets.map((sheet) => (
            <Link key={sheet.name} as="button" onClick={() => onOpenSheet(sheet.name)}>
              Открыть лист «{sheet.name}»
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
