// Школы-кураторы of one ШНОР school on the Результат tab: the suggestion with its reason, and the methodologist's own choice.
import { useMemo, useState } from 'react';
import { Button, Combobox, Link, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShnorEntry } from '../controller/resultSummary';
import { paneSafeName } from '../../report/sanitize/paneText';

/** As many partners as methodology.md §4a suggests. */
export const MAX_CHOSEN_PARTNERS = 3;
/** Options listed at once; typing narrows the rest (a region has a thousand schools). */
const MAX_OPTIONS_SHOWN = 50;

export interface PartnerPickerProps {
  readonly school: ShnorEntry;
  /** Schools that may be chosen (neither ШНОР nor at risk), by name. */
  readonly options: readonly string[];
  /** Saves the choice for this school; undefined returns to the suggestion. */
  readonly onChoose: (school: string, partners: readonly string[] | undefined) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  reason: { color: tokens.colorNeutralForeground2 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '100%' },
  combobox: { minWidth: 0, width: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export function PartnerPicker({ school, options, onChoose }: PartnerPickerProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('ru');
    const matching = options.filter((o) => o !== school.name && (q === '' || o.toLocaleLowerCase('ru').includes(q)));
    // The chosen ones stay listed whatever is typed, so that they can be unticked.
    return [...new Set([...selected, ...matching.slice(0, MAX_OPTIONS_SHOWN)])];
  }, [options, query, selected, school.name]);
  const label = `Школы-кураторы для «${paneSafeName(school.name)}»`;

  if (!editing) {
    return (
      <div className={styles.root}>
        <div className={styles.line}>
          <Text size={200} weight="semibold">{school.partners.length === 1 ? 'Куратор' : 'Кураторы'}{school.partnersChosen ? ` (${school.partners.length === 1 ? 'выбран' : 'выбраны'} методистом)` : ''}:</Text>
          <Text size={200}>{school.partners.length > 0 ? school.partners.map((p) => paneSafeName(p.name)).join('; ') : `не назначен${school.noPartnerReason ? ` — ${school.noPartnerReason}` : ''}`}</Text>
          <Link as="button" inline onClick={() => { setSelected(school.partners.map((p) => p.name)); setQuery(''); setEditing(true); }}
            aria-label={`Изменить: ${label}`}>
            изменить
          </Link>
        </div>
        {school.partners.filter((p) => !school.partnersChosen || p.missing).map((p) => (
          <Text key={p.name} size={200} className={p.missing ? styles.missing : styles.reason}>{paneSafeName(p.name)}: {p.reason}</Text>
        ))}
      </div>
    );
  }
  return (
    <div className={styles.editor} role="group" aria-label={label}>
      <Combobox
        className={styles.combobox}
        multiselect
        freeform
        aria-label={label}
        placeholder="Начните вводить название школы"
        value={query}
        selectedOptions={selected}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, data) => { setSelected(data.selectedOptions.slice(0, MAX_CHOSEN_PARTNERS)); setQuery(''); }}
      >
        {shown.map((name) => (
          <Option key={name} value={name} disabled={!selected.includes(name) && selected.length >= MAX_CHOSEN_PARTNERS}>{paneSafeName(name)}</Option>
        ))}
      </Combobox>
      <Text size={200}>
        Выбрано: {selected.length > 0 ? selected.map(paneSafeName).join('; ') : 'ни одной'} (не больше {MAX_CHOSEN_PARTNERS}). Выбор сохраняется в книге и
        попадает на лист ШНОР и в справку при следующем запуске.
      </Text>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" disabled={selected.length === 0}
          onClick={() => { onChoose(school.name, selected); setEditing(false); }}>
          Сохранить
        </Button>
        {school.partnersChosen && (
          <Button size="small" onClick={() => { onChoose(school.name, undefined); setEditing(false); }}>Вернуть предложенных</Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => setEditing(false)}>Отмена</Button>
      </div>
    </div>
  );
}
