// The справка's header and signature fields (organ, addressee, position, executor, date), filled once and saved with
// the workbook's settings; «Сохранить» hands them to the caller.
import { useEffect, useState } from 'react';
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { NOTE_FIELDS, NoteSettings } from '../../ingest/types';

export interface NoteFieldsFormProps {
  readonly value: NoteSettings;
  readonly disabled?: boolean;
  readonly onSave: (note: NoteSettings) => void;
}

const LABELS: Readonly<Record<(typeof NOTE_FIELDS)[number], { label: string; placeholder: string }>> = {
  organ: { label: 'Орган (шапка)', placeholder: 'Отдел образования администрации … района' },
  addressee: { label: 'Адресат', placeholder: 'Начальнику управления образования …' },
  position: { label: 'Должность подписывающего', placeholder: 'Главный специалист отдела образования' },
  executor: { label: 'Исполнитель (И. О. Фамилия)', placeholder: 'И. И. Петрова' },
  date: { label: 'Дата (пусто — дата расчёта)', placeholder: '15.06.2024' },
};

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function NoteFieldsForm({ value, disabled, onSave }: NoteFieldsFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<NoteSettings>(value);
  useEffect(() => setDraft(value), [value]);
  const changed = NOTE_FIELDS.some((k) => (draft[k] ?? '') !== (value[k] ?? ''));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Справка: шапка и подпись</legend>
      <Text className={styles.hint}>Заполняется один раз и сохраняется в книге вместе с остальными настройками.</Text>
      {NOTE_FIELDS.map((key) => (
        <Field key={key} label={LABELS[key].label}>
          {key === 'addressee'
            ? <Textarea value={draft[key] ?? ''} placeholder={LABELS[key].placeholder} disabled={disabled} resize="vertical"
              onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />
            : <Input value={draft[key] ?? ''} placeholder={LABELS[key].placeholder} disabled={disabled}
              onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />}
        </Field>
      ))}
      <div>
        <Button appearance="primary" disabled={disabled || !changed} onClick={() => onSave(draft)}>Сохранить</Button>
      </div>
    </fieldset>
  );
}
