// The Правила tab's options of the context layer (methodology §6): index method, line (local, the region's, none), ШНСУ threshold.
import { Field, Input, Select, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { RulesSettings } from '../controller/rules';
import { OptionGroup } from './OptionGroup';

export interface SocialRulesProps {
  readonly rules: RulesSettings;
  readonly disabled?: boolean;
  readonly onChange: (patch: Partial<RulesSettings>) => void;
}

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS,
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS },
  number: { width: '7rem' },
  spin: { width: '8rem' },
});

/** "12,5" or "12.5" → 12.5; undefined when not a number. */
function decimal(text: string): number | undefined {
  const n = Number(text.replace(',', '.').trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

export function SocialRules({ rules, disabled, onChange }: SocialRulesProps) {
  const styles = useStyles();
  return (
    <OptionGroup legend="С учётом социальных условий (лист показателей школ)">
      <Field label="Социальный индекс">
        <Select value={rules.socialMethod ?? 'auto'} disabled={disabled}
          onChange={(_, d) => onChange({ socialMethod: d.value === 'mean' || d.value === 'pca' || d.value === 'given' ? d.value : undefined })}>
          <option value="auto">готовый индекс, если есть, иначе среднее</option>
          <option value="mean">среднее z-оценок показателей</option>
          <option value="pca">первая главная компонента</option>
          <option value="given">готовый индекс с листа</option>
        </Select>
      </Field>
      <Field label="Ожидаемый результат" hint="Линия по данным строится при 15 и более школах; иначе — линия региона или сравнение со средней.">
        <Select value={rules.socialLine} disabled={disabled}
          onChange={(_, d) => onChange({ socialLine: d.value === 'regional' || d.value === 'none' ? d.value : 'local' })}>
          <option value="local">линия по данным (МНК)</option>
          <option value="regional">линия региона</option>
          <option value="none">без линии (квадранты)</option>
        </Select>
      </Field>
      {rules.socialLine === 'regional' && (
        <div className={styles.line}>
          <Field label="Свободный член">
            <Input className={styles.number} disabled={disabled} defaultValue={rules.socialIntercept === undefined ? '' : String(rules.socialIntercept).replace('.', ',')}
              onChange={(_, d) => { const n = decimal(d.value); if (n !== undefined) onChange({ socialIntercept: n }); }} />
          </Field>
          <Field label="Наклон">
            <Input className={styles.number} disabled={disabled} defaultValue={rules.socialSlope === undefined ? '' : String(rules.socialSlope).replace('.', ',')}
              onChange={(_, d) => { const n = decimal(d.value); if (n !== undefined) onChange({ socialSlope: n }); }} />
          </Field>
        </div>
      )}
      <Field label="ШНСУ: % школ с наибольшим индексом">
        <SpinButton className={styles.spin} value={rules.shnsuPercent} min={1} max={100} step={5} disabled={disabled}
          onChange={(_, d) => { const n = typeof d.value === 'number' ? d.value : decimal((d.displayValue ?? '').replace('%', '')); if (n !== undefined && n >= 1 && n <= 100) onChange({ shnsuPercent: Math.round(n) }); }} />
      </Field>
    </OptionGroup>
  );
}
