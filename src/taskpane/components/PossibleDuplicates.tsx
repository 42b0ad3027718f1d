// «Возможно, одна школа»: names the rules keep apart that may be one school; the user merges (or un-merges) them.
import { Button, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { quotedNames } from '../../core/format';
import { PossibleDuplicate } from '../../core/model';
import { paneSafeName } from '../../report/sanitize/paneText';

export interface PossibleDuplicatesProps {
  readonly duplicates: readonly PossibleDuplicate[];
  /** Pairs the user merged (kept name first). */
  readonly merged: readonly (readonly [string, string])[];
  readonly disabled?: boolean;
  /** Merges the others of a group into the first name. */
  readonly onMerge: (keep: string, others: readonly string[]) => void;
  readonly onUnmerge: (keep: string, other: string) => void;
}

/** Names shown per group; a larger group is named with a count. */
const NAMES_SHOWN = 5;
/** A group this large is a data problem to look at, not a merge to make with one click. */
const MERGE_LIMIT = 10;

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function PossibleDuplicates({ duplicates, merged, disabled, onMerge, onUnmerge }: PossibleDuplicatesProps) {
  const styles = useStyles();
  if (duplicates.length === 0 && merged.length === 0) return null;
  return (
    <Card className={styles.card} aria-label="Возможно, одна школа">
      <Text weight="semibold">Возможно, одна школа</Text>
      <Text className={styles.note}>
        Названия различаются только типом школы. Правила считают их разными школами; если это одна школа, объедините их.
      </Text>
      {duplicates.map((d) => (
        <div key={d.keys.join('|')} className={styles.row}>
          <Text>{quotedNames(d.names.map(paneSafeName), NAMES_SHOWN)}</Text>
          {d.names.length <= MERGE_LIMIT
            ? <Button size="small" disabled={disabled} onClick={() => onMerge(d.names[0], d.names.slice(1))}>Объединить</Button>
            : <Text className={styles.note}>слишком много похожих названий — проверьте данные</Text>}
        </div>
      ))}
      {merged.map(([keep, other]) => (
        <div key={`${keep}|${other}`} className={styles.row}>
          <Text>«{paneSafeName(other)}» учитывается как «{paneSafeName(keep)}»</Text>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onUnmerge(keep, other)}>Разъединить</Button>
        </div>
      ))}
    </Card>
  );
}
