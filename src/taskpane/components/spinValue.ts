// The number a Fluent SpinButton reports, whether stepped or typed with a comma or «%».
import type { SpinButtonOnChangeData } from '@fluentui/react-components';

/** The number a SpinButton reports: a step gives value, typing gives displayValue ("30,5", "30 %"). */
export function spinValue(data: SpinButtonOnChangeData): number | undefined {
  if (typeof data.value === 'number' && Number.isFinite(data.value)) return data.value;
  const text = (data.displayValue ?? '').replace(',', '.').replace(/[%\s]/g, '');
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : undefined;
}
