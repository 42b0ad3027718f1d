// The Результат tab's card «Объективность ВПР»: works judged by the markers (§7) and from which data, schools with signs.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ObjectivitySummary } from '../controller/resultSummary';
import { paneSafeName } from '../../report/sanitize/paneText';
import { plural } from './labels';
import { withoutDataText } from '../../report/objectivityWords';

export interface ObjectivityCardProps {
  readonly objectivity: ObjectivitySummary;
  /** Shows the «Объективность» sheet (absent where the front end cannot). */
  readonly onOpenSheet?: (sheet: string) => void;
}

/** Works with signs listed in the pane; the rest are on the sheet. */
const FLAGGED_SHOWN = 10;

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2, minWidth: 0,
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: 'anywhere' },
});

/** «Рассчитаны по 80 работам ВПР 2024 г. — только по отчётам ФИС ОКО о школах: «…», «…».» */
function judgedText(o: ObjectivitySummary): string {
  const works = `${o.judged} ${plural(o.judged, 'работе', 'работам', 'работам')} ВПР ${o.year} г.`;
  const reports = o.reports.join(', ');
  if (o.fromReports === 0) return `Рассчитаны по ${works} — по протоколам ФИС ОКО.`;
  if (o.fromProtocols === 0) return `Рассчитаны по ${works} — только по отчётам ФИС ОКО о школах: ${reports}.`;
  return `Рассчитаны по ${works}: по протоколам — ${o.fromProtocols}, по отчётам ФИС ОКО о школах (${reports}) — ${o.fromReports}.`;
}

/** «Маркеры P2, P8 по этим данным не рассчитываются — нет данных.» */
function notComputedText(o: ObjectivitySummary): string {
  const text = withoutDataText(o.notComputed);
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}

export function ObjectivityCard({ objectivity: o, onOpenSheet }: ObjectivityCardProps) {
  const styles = useStyles();
  const title = `Объективность ВПР ${o.year} (маркеры §7)`;
  const sheet = o.sheet;
  const shown = o.flagged.slice(0, FLAGGED_SHOWN);
  const more = o.flagged.length - shown.length;
  return (
    <section aria-label={title} className={styles.root}>
      <Text weight="semibold">{title}</Text>
      {o.judged === 0 ? (
        <Text size={200}>
          Маркеры не рассчитаны: мало участников или нет нужных данных (протоколов ФИС ОКО или её отчётов о школах).
        </Text>
      ) : (
        <>
          <Text size={200}>{judgedText(o)} {notComputedText(o)}</Text>
          <Text size={300}>
            {o.flaggedSchools === 0
              ? 'Школ с признаками необъективности (два маркера или один сильный) не выявлено.'
              : <><Text weight="semibold">Признаки необъективности — у {o.flaggedSchools} {plural(o.flaggedSchools, 'школы', 'школ', 'школ')}</Text> (два маркера или один сильный):</>}
          </Text>
          {shown.length > 0 && (
            <ul className={styles.list} aria-label={`Школы с признаками необъективности ВПР ${o.year}`}>
              {shown.map((f, i) => (
                <li key={`${f.schoolKey}-${f.work}-${i}`} className={styles.item}>
                  <Text size={200} weight="semibold">{paneSafeName(f.name)}</Text>
                  <Text size={200}>, {f.work}: {f.markers}</Text>
                </li>
              ))}
            </ul>
          )}
          {more > 0 && <Text size={200}>и ещё {more} {plural(more, 'работа', 'работы', 'работ')} — на листе «{sheet ?? 'Объективность'}».</Text>}
        </>
      )}
      {o.unchecked > 0 && (
        <Text className={styles.note}>
          Проверка невозможна (мало участников или нет нужных данных) — {o.unchecked} {plural(o.unchecked, 'школа', 'школы', 'школ')}.
        </Text>
      )}
      <Text className={styles.note}>
        Один маркер не означает необъективность; перечень ШНОР от маркеров не меняется.{sheet ? ` Все маркеры каждой школы с основаниями — на листе «${sheet}».` : ''}
      </Text>
      {sheet && onOpenSheet && (
        <Link as="button" onClick={() => onOpenSheet(sheet)}>
          Открыть лист «{sheet}»
        </Link>
      )}
    </section>
  );
}
