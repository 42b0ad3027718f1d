// The reader's doubts (decisions that can change a verdict) as one orange bar above everything else in the pane.
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { dependsText, doubtPlace, doubtsTitle } from '../../ingest/doubts';
import { Doubt } from '../../ingest/types';

export interface DoubtsProps {
  readonly doubts: readonly Doubt[];
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  fix: { color: tokens.colorNeutralForeground2 },
});

/** A doubt about a column («F») links to the top of that column (F1). */
function target(cell: string): string {
  return /\d/.test(cell) ? cell : `${cell}1`;
}

export function Doubts({ doubts, onSelectCell }: DoubtsProps) {
  const styles = useStyles();
  if (doubts.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" politeness="polite" aria-label="Сомнения">
      <MessageBarBody>
        <MessageBarTitle>{doubtsTitle(doubts)}</MessageBarTitle>
        <ul className={styles.list}>
          {doubts.map((d, i) => (
            <li key={`${d.sheet}-${d.cell ?? ''}-${i}`}>
              {d.cell !== undefined ? (
                <Link as="button" onClick={() => onSelectCell(d.sheet, target(d.cell ?? ''))} aria-label={`Перейти: ${doubtPlace(d)}`}>
                  {doubtPlace(d)}
                </Link>
              ) : doubtPlace(d)}
              {`: ${d.decided}. ${dependsText(d)} `}
              <span className={styles.fix}>{d.fix}</span>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
