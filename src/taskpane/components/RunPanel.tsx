// «Выявить ШНОР»: the run button, the stage progress (Чтение… / Анализ… / Запись…) and «Отмена».
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Progress } from '../controller/state';
import { STAGE_LABELS } from './labels';

export interface RunPanelProps {
  readonly running: boolean;
  readonly progress?: Progress;
  /** Why the run cannot start now (shown under the button), or undefined. */
  readonly blocker?: string;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function RunPanel({ running, progress, blocker, onRun, onCancel }: RunPanelProps) {
  const styles = useStyles();
  const stageText = progress
    ? progress.cancelling ? 'Отмена…' : progress.stage === 'write' && !progress.cancellable ? 'Запись… (отменить уже нельзя)' : STAGE_LABELS[progress.stage]
    : '';
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={running || blocker !== undefined} onClick={onRun}>Выявить ШНОР</Button>
        {running && (
          <Button disabled={!progress?.cancellable || progress.cancelling} onClick={onCancel}>Отмена</Button>
        )}
      </div>
      {running && progress && (
        <Field validationMessage={stageText} validationState="none" aria-live="polite">
          <ProgressBar value={progress.value} max={1} aria-label={`Выявление ШНОР: ${stageText}`} />
        </Field>
      )}
      {!running && blocker && <Text className={styles.hint}>{blocker}</Text>}
    </div>
  );
}
