// A labelled number field of the Правила tab: a Fluent SpinButton whose value (stepped, or typed with a comma or «%»)
// reaches the caller only when it passes the caller's check.
import { Field, SpinButton } from '@fluentui/react-components';
import { spinValue } from './spinValue';

export interface NumberFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly disabled?: boolean;
  readonly className?: string;
  /** Whole numbers only (the typed value is rounded). */
  readonly integer?: boolean;
  /** Called with a value within min…max. */
  readonly onValue: (value: number) => void;
}

export function NumberField({ label, hint, value, min, max, step, disabled, className, integer, onValue }: NumberFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <SpinButton className={className} value={value} min={min} max={max} step={step} disabled={disabled}
        onChange={(_, d) => {
          const v = spinValue(d);
          if (v === undefined || v < min || v > max) return;
          onValue(integer ? Math.round(v) : v);
        }} />
    </Field>
  );
}
