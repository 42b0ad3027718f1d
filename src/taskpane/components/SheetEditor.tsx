// Editor of one sheet's corrections: context (year, вид, класс, предмет) and the role of every column.
import { useState } from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { isProcedureKind, ProcedureKind } from '../../core/model';
import { ColumnRole, SheetReport, SheetSettings } from '../../ingest/types';
import { PROCEDURE_KINDS, ROLE_LABELS } from './labels';

export interface SheetEditorProps {
  readonly report: SheetReport;
  readonly settings?: SheetSettings;
  /** The new settings (undefined = no corrections at all). */
  readonly onApply: (next: SheetSettings | undefined) => void;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: '100%' },
  // One column a line: its letter and header above, the role below — fits a 320 px pane, words never broken.
  columns: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  columnHeader: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'break-word', wordBreak: 'normal', hyphens: 'auto' },
  letter: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, marginRight: tokens.spacingHorizontalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const ROLES = Object.keys(ROLE_LABELS) as ColumnRole[];

function parseInteger(text: string): number | undefined {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

export function SheetEditor({ report, settings, onApply, onClose }: SheetEditorProps) {
  const styles = useStyles();
  const ctx = settings?.context;
  const [year, setYear] = useState(ctx?.year === undefined ? '' : String(ctx.year));
  const [kind, setKind] = useState<ProcedureKind | ''>(ctx?.kind ?? '');
  const [grade, setGrade] = useState(ctx?.grade === undefined ? '' : String(ctx.grade));
  const [subject, setSubject] = useState(ctx?.subject ?? '');
  const [roles, setRoles] = useState<Readonly<Record<string, ColumnRole>>>(() =>
    Object.fromEntries(report.columns.map((c) => [c.column, settings?.columns?.[c.column] ?? c.role])));

  const yearValue = parseInteger(year);
  const gradeValue = parseInteger(grade);
  const yearError = year.trim() !== '' && (yearValue === undefined || yearValue < 2000 || yearValue > 2100)
    ? 'Год — четыре цифры, например 2024.' : undefined;
  const gradeError = grade.trim() !== '' && (gradeValue === undefined || gradeValue < 1 || gradeValue > 11)
    ? 'Класс — число от 1 до 11.' : undefined;

  const apply = (): void => {
    const context = {
      ...(yearValue === undefined ? {} : { year: yearValue }),
      ...(kind === '' ? {} : { kind }),
      ...(gradeValue === undefined ? {} : { grade: gradeValue }),
      ...(subject.trim() === '' ? {} : { subject: subject.trim() }),
    };
    // Only the columns whose role differs from what was recognised are stored.
    const columns: Record<string, ColumnRole> = {};
    for (const c of report.columns) {
      const role = roles[c.column];
      if (role && (role !== c.role || settings?.columns?.[c.column] !== undefined)) columns[c.column] = role;
    }
    const next: SheetSettings = {
      ...(settings?.excluded ? { excluded: true } : {}),
      ...(Object.keys(context).length > 0 ? { context } : {}),
      ...(Object.keys(columns).length > 0 ? { columns } : {}),
    };
    onApply(Object.keys(next).length > 0 ? next : undefined);
    onClose();
  };

  const found = report.context;
  // What was found, shown as a value (a column that carries it row by row says so); the field is for a correction.
  const columnOf = (role: ColumnRole): string | undefined => report.columns.find((c) => c.role === role)?.column;
  const foundText = (value: string | undefined, role: ColumnRole): string => {
    if (value !== undefined && value !== '') return `найдено: ${value}`;
    const column = columnOf(role);
    return column ? `по строкам, столбец ${column}` : 'не найдено — укажите';
  };
  return (
    <div className={styles.root} role="group" aria-label={`Исправления для листа «${report.sheet}»`}>
      <div className={styles.row}>
        <Field label="Год" hint={foundText(found.year === undefined ? undefined : String(found.year), 'year')} validationMessage={yearError} validationState={yearError ? 'error' : 'none'}>
          <Input className={styles.control} value={year} inputMode="numeric" placeholder="исправить" onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label="Вид процедуры">
          <Select className={styles.control} value={kind} onChange={(_, d) => setKind(isProcedureKind(d.value) ? d.value : '')}>
            <option value="">{found.kind ? `как найдено (${found.kind})` : columnOf('kind') ? `по строкам, столбец ${columnOf('kind')}` : 'не задан'}</option>
            {PROCEDURE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </Select>
        </Field>
        <Field label="Класс" hint={foundText(found.grade === undefined ? undefined : String(found.grade), 'grade')} validationMessage={gradeError} validationState={gradeError ? 'error' : 'none'}>
          <Input className={styles.control} value={grade} inputMode="numeric" placeholder="исправить" onChange={(_, d) => setGrade(d.value)} />
        </Field>
        <Field label="Предмет" hint={foundText(found.subjects.join(', ') || undefined, 'subject')}>
          <Input className={styles.control} value={subject} placeholder="исправить" onChange={(_, d) => setSubject(d.value)} />
        </Field>
      </div>
      {report.columns.length > 0 && (
        <ul className={styles.columns} aria-label="Назначение столбцов">
          {report.columns.map((c) => (
            <li key={c.column} className={styles.column}>
              <span className={styles.columnHeader}><span className={styles.letter}>{c.column}</span>{c.header ? `«${c.header.replace(/\s+/g, ' ')}»` : '(без заголовка)'}</span>
              <Select size="small" className={styles.control} aria-label={`Роль столбца ${c.column}`} value={roles[c.column] ?? c.role}
                onChange={(_, d) => setRoles({ ...roles, [c.column]: d.value as ColumnRole })}>
                {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
              </Select>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={yearError !== undefined || gradeError !== undefined} onClick={apply}>
          Применить
        </Button>
        <Button onClick={onClose}>Отмена</Button>
        {(settings?.context || settings?.columns) && (
          <Button appearance="subtle" onClick={() => {
            onApply(settings.excluded ? { excluded: true } : undefined);
            onClose();
          }}>
            Убрать исправления
          </Button>
        )}
      </div>
    </div>
  );
}
