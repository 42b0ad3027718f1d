// The Правила tab: threshold, counted procedures (grouped by kind), target year, small sample, risk margin, objectivity, reset.
import { RULE_SETS, RULE_SET_IDS, isRuleSetId } from '../../core/ruleSets/presets';
import { Button, Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ProcedureKind } from '../../core/model';
import { ProcedureOption, RulesSettings } from '../controller/rules';
import { PROCEDURE_KINDS } from './labels';
import { NumberField } from './NumberField';
import { ObjectivityRules } from './ObjectivityRules';
import { OptionGroup } from './OptionGroup';
import { spinValue } from './spinValue';
import { SocialRules } from './SocialRules';

export interface RulesPanelProps {
  readonly rules: RulesSettings;
  readonly procedureOptions: readonly ProcedureOption[];
  /** Years with results, latest first. */
  readonly years: readonly number[];
  readonly disabled?: boolean;
  readonly onChange: (patch: Partial<RulesSettings>) => void;
  readonly onReset: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  numbers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  spin: { width: '8rem' },
  select: { maxWidth: '16rem' },
});

export { spinValue };

const LATEST = 'latest';

const NO_COMPARE = 'none';

export function RulesPanel({ rules, procedureOptions, years, disabled, onChange, onReset }: RulesPanelProps) {
  const styles = useStyles();
  const chosen = new Set(rules.procedures);
  const groups = PROCEDURE_KINDS
    .map((kind): [ProcedureKind, ProcedureOption[]] => [kind, procedureOptions.filter((o) => o.kind === kind)])
    .filter(([, options]) => options.length > 0);
  const toggle = (key: string, on: boolean): void => {
    const keys = procedureOptions.map((o) => o.key).filter((k) => (k === key ? on : chosen.has(k)));
    // Keep chosen keys that are not in the option list (e.g. saved for a sheet not present now).
    const extra = rules.procedures.filter((k) => !procedureOptions.some((o) => o.key === k) && k !== key);
    onChange({ procedures: [...keys, ...extra] });
  };
  const yearChoices = rules.targetYear !== undefined && !years.includes(rules.targetYear) ? [rules.targetYear, ...years] : years;

  return (
    <div className={styles.root}>
      <div className={styles.numbers}>
        <Field label="Правила" hint={RULE_SETS[rules.ruleSet].source}>
          <Select className={styles.select} disabled={disabled} value={rules.ruleSet}
            onChange={(_, d) => { if (isRuleSetId(d.value)) onChange({ ruleSet: d.value }); }}>
            {RULE_SET_IDS.map((id) => <option key={id} value={id}>{RULE_SETS[id].name}</option>)}
          </Select>
        </Field>
        <Field label="Сравнить со списком по правилам" hint="Покажет школы, которые входят в один список и не входят в другой.">
          <Select className={styles.select} disabled={disabled} value={rules.compareRules ?? NO_COMPARE}
            onChange={(_, d) => onChange({ compareRules: isRuleSetId(d.value) ? d.value : undefined })}>
            <option value={NO_COMPARE}>Не сравнивать</option>
            {RULE_SET_IDS.filter((id) => id !== rules.ruleSet).map((id) => <option key={id} value={id}>{RULE_SETS[id].name}</option>)}
          </Select>
        </Field>
        <NumberField label="Минимум участников" hint="Результат с меньшим числом участников не считается низким (0 — не применять)." className={styles.spin} value={rules.minParticipants}
          min={0} max={1000} step={1} disabled={disabled} integer
          onValue={(v) => onChange({ minParticipants: v })} />
        <NumberField label="Порог доли «2», %" hint="Низкий результат: доля «2» не меньше порога." className={styles.spin} value={rules.threshold}
          min={0} max={100} step={1} disabled={disabled}
          onValue={(v) => onChange({ threshold: v })} />
        <Field label="Год выявления">
          <Select className={styles.select} disabled={disabled} value={rules.targetYear === undefined ? LATEST : String(rules.targetYear)}
            onChange={(_, d) => onChange({ targetYear: d.value === LATEST ? undefined : Number(d.value) })}>
            <option value={LATEST}>{years.length > 0 ? `Последний в данных (${years[0]})` : 'Последний в данных'}</option>
            {yearChoices.map((y) => <option key={y} value={String(y)}>{y}</option>)}
          </Select>
        </Field>
        <NumberField label="Малая выборка: меньше участников" hint="Вердикт остаётся, но помечается." className={styles.spin} value={rules.smallSample}
          min={0} max={1000} step={1} disabled={disabled} integer
          onValue={(v) => onChange({ smallSample: v })} />
        <NumberField label="Школа-куратор: не больше ШНОР" hint="Каждой ШНОР — свой куратор; одна школа курирует не больше стольких ШНОР." className={styles.spin} value={rules.curatorLoad}
          min={1} max={100} step={1} disabled={disabled} integer
          onValue={(v) => onChange({ curatorLoad: v })} />
        <NumberField label="Зона риска: п. п. ниже порога" className={styles.spin} value={rules.riskMargin}
          min={0} max={100} step={1} disabled={disabled}
          onValue={(v) => onChange({ riskMargin: v })} />
      </div>
      <Text className={styles.hint}>
        ШНОР — школа с низкими результатами хотя бы в двух отмеченных процедурах года (К1) или хотя бы в одной
        процедуре в каждом из двух последних лет (К2).
      </Text>
      {groups.map(([kind, options]) => (
        <OptionGroup key={kind} legend={kind}>
          {options.map((o) => (
            <Checkbox key={o.key} disabled={disabled} checked={chosen.has(o.key)}
              label={o.inData ? o.label : `${o.label} (нет в данных)`}
              onChange={(_, d) => toggle(o.key, d.checked === true)} />
          ))}
        </OptionGroup>
      ))}
      <ObjectivityRules rules={rules} disabled={disabled} onChange={onChange} />
      {rules.procedures.length === 0 && (
        <Text role="alert">Не выбрано ни одной процедуры: отметьте хотя бы одну, иначе выявлять не по чему.</Text>
      )}
      <SocialRules rules={rules} disabled={disabled} onChange={onChange} />
      <div>
        <Button disabled={disabled} onClick={onReset}>Сбросить к методике</Button>
      </div>
    </div>
  );
}
