// «Добавить файлы…»: pick workbooks to copy in as sources, or pupil protocols to tally; progress and cancel meanwhile.
import { useRef } from 'react';
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';

export interface AddFilesProps {
  /** Set while picked files are read. */
  readonly progress?: { readonly done: number; readonly total: number };
  readonly disabled?: boolean;
  readonly onAddFiles: (files: readonly File[]) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { display: 'none' },
});

export function AddFiles({ progress, disabled, onAddFiles, onCancel }: AddFilesProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  if (progress) {
    return (
      <div className={styles.root} aria-live="polite">
        <Text>Чтение файлов: {progress.done} из {progress.total}</Text>
        <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} aria-label="Чтение файлов" />
        <div className={styles.row}><Button size="small" onClick={onCancel}>Отмена</Button></div>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>Добавить файлы…</Button>
        <input ref={input} className={styles.input} type="file" multiple accept=".xlsx,.xlsm,.xls,.xlsb,.ods,.csv" aria-label="Файлы с результатами или протоколами"
          data-testid="add-files-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) onAddFiles(files);
          }} />
      </div>
      <Text className={styles.hint}>
        Листы выбранных книг (выгрузки ФИС ОКО, книга прошлого года) копируются сюда как источники; протоколы по ученикам
        сводятся по школам на лист «Результаты из протоколов».
      </Text>
    </div>
  );
}
