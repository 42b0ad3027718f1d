// The Правила tab's objectivity part (methodology §7): α, the fewest participants of a work, each marker on or off.
import { Checkbox, makeStyles } from '@fluentui/react-components';
import { MARKERS } from '../../core/objectivity/markers';
import { RulesSettings } from '../controller/rules';
import { NumberField } from './NumberField';
import { OptionGroup } from './OptionGroup';

export interface ObjectivityRulesProps {
  readonly rules: RulesSettings;
  readonly disabled?: boolean;
  readonly onChange: (patch: Partial<RulesSettings>) => void;
}

const useStyles = makeStyles({
  spin: { width: '8rem' },
});

export function ObjectivityRules({ rules, disabled, onChange }: ObjectivityRulesProps) {
  const styles = useStyles();
  const on = new Set(rules.objectivityMarkers);
  return (
    <OptionGroup legend="Объективность ВПР (маркеры)"
      hint="Школа сравнивается с регионом; признак — два маркера или один сильный (P2, P3, P8 по русскому языку). Вердикт ШНОР не меняется.">
      <NumberField label="Уровень значимости α" className={styles.spin} value={rules.objectivityAlpha}
        min={0.0001} max={0.2} step={0.005} disabled={disabled}
        onValue={(v) => onChange({ objectivityAlpha: v })} />
      <NumberField label="Не меньше участников в работе" hint="Меньше 20 — «малая выборка»." className={styles.spin} value={rules.objectivityMinN}
        min={1} max={1000} step={1} disabled={disabled} integer
        onValue={(v) => onChange({ objectivityMinN: v })} />
      {MARKERS.map((m) => (
        <Checkbox key={m.id} disabled={disabled} checked={on.has(m.id)} label={`${m.id} ${m.name} (${m.origin})`}
          onChange={(_, d) => onChange({ objectivityMarkers: MARKERS.map((x) => x.id).filter((id) => (id === m.id ? d.checked === true : on.has(id))) })} />
      ))}
    </OptionGroup>
  );
}
