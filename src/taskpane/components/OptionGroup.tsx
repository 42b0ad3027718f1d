// A framed group of options on the Правила tab (a fieldset with its legend and an optional hint), one look for all.
import { ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface OptionGroupProps {
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly children: ReactNode;
}

export function OptionGroup({ legend, hint, children }: OptionGroupProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {hint !== undefined && <Text className={styles.hint}>{hint}</Text>}
      {children}
    </fieldset>
  );
}
