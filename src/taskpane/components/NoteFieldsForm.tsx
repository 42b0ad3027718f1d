// The справка's header and signature fields (organ, addressee, position, executor, date), filled once and saved with
// the workbook's settings; «Сохранить» hands them to the caller.
import { useEffect, useState } from 'react';
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { NOTE_FIELDS, NoteSettings } from '../../ingest/types';
import { OptionGroup } from './OptionGroup';

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

export function NoteFieldsForm({ value, disabled, onSave }: NoteFieldsFormProps) {
  const [draft, setDraft] = useState<NoteSettings>(value);
  useEffect(() => setDraft(value), [value]);
  const changed = NOTE_FIELDS.some((k) => (draft[k] ?? '') !== (value[k] ?? ''));
  return (
    <OptionGroup legend="Справка: шапка и подпись" hint="Заполняется один раз и сохраняется в книге вместе с остальными настройками.">
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
    </OptionGroup>
  );
}
