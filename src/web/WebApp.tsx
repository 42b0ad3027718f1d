// The browser version's page: pick or drop workbooks, the task pane over them, «Скачать книгу» (no Excel, no network).
import { useEffect, useRef, useState } from 'react';
import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Subtitle2, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { memorySettingsStore } from '../app/settingsStore';
import { openInput } from '../adapters/input/openInput';
import { InputFileError } from '../adapters/files/fileKind';
import { mountTaskpane } from '../taskpane/bootstrap';
import { FilesPort } from './filesPort';
import { DOCX_MIME, downloadBytes, noteFileName, outputFileName } from './download';
import { noteDocxBytes } from '../adapters/docx/noteDocx';
import { NoteDoc } from '../report/note/model';

export interface WebAppProps {
  readonly version: string;
  /** Fixed time of the run (tests: ?now=…). */
  readonly now?: Date;
}

interface Opened {
  readonly port: FilesPort;
  readonly names: readonly string[];
  readonly notes: readonly string[];
  readonly serial: number;
}

const ACCEPT = '.xlsx,.xlsm,.xlsb,.xls,.ods,.csv';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
  },
  // Two columns on a wide screen (files | the pane, as wide as in Excel), one under the other on a narrow one.
  body: {
    display: 'grid', gridTemplateColumns: 'minmax(300px, 720px) 400px', gap: tokens.spacingHorizontalXL, padding: tokens.spacingHorizontalXL, alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  files: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start',
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  pane: { width: '100%', minWidth: 0, overflowX: 'hidden', backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, minHeight: '600px' },
  hidden: { display: 'none' },
  muted: { color: tokens.colorNeutralForeground3 },
});

async function openFiles(files: readonly File[], serial: number): Promise<Opened> {
  const opened = [];
  const notes: string[] = [];
  for (const file of files) {
    try {
      // The one opener of every front end; here every file must be a workbook (the first is written to).
      const { workbook } = await openInput(new Uint8Array(await file.arrayBuffer()), file.name, { streamProtocols: false, readSources: false });
      if (workbook) opened.push({ name: file.name, workbook });
    } catch (e) {
      notes.push(`«${file.name}» не прочитан: ${e instanceof InputFileError ? e.message : e instanceof Error ? e.message : String(e)}.`);
    }
  }
  if (opened.length === 0) throw new Error(notes.join(' ') || 'Не выбрано ни одного файла.');
  const first = opened[0].workbook;
  if (first.rebuilt) notes.push(`Книга с результатами будет новым файлом .xlsx (${first.rebuilt}): в ней значения исходных листов и листы результатов.`);
  return { port: await FilesPort.open(opened), names: opened.map((o) => o.name), notes, serial };
}

export function WebApp({ version, now }: WebAppProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const paneHost = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState<Opened | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<NoteDoc | undefined>();

  useEffect(() => {
    const host = paneHost.current;
    if (!host || !opened) return undefined;
    const container = document.createElement('div');
    host.replaceChildren(container);
    const unmount = mountTaskpane(container, {
      port: opened.port, settings: memorySettingsStore(), theme: 'light', version, files: opened.names,
      now: now ? () => new Date(now.getTime()) : undefined,
      // No worker file beside a page opened from disk: the analysis runs on the page.
      createWorker: () => undefined,
      onReport: (report) => setNote(report.note),
      delivery: 'download',
    });
    return unmount;
  }, [opened, version, now]);

  const pick = (files: readonly File[]): void => {
    if (files.length === 0) return;
    setBusy(true);
    setError(undefined);
    openFiles(files, (opened?.serial ?? 0) + 1)
      .then((o) => {
        setNote(undefined);
        setOpened(o);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  const download = async (): Promise<void> => {
    if (!opened) return;
    const target = opened.port.target;
    downloadBytes(await target.toBytes(), outputFileName(opened.names[0], target.macroEnabled));
  };

  const downloadNote = async (): Promise<void> => {
    if (!opened || !note) return;
    downloadBytes(await noteDocxBytes(note), noteFileName(opened.names[0]), document, DOCX_MIME);
  };

  return (
    <FluentProvider theme={webLightTheme} lang="ru">
      <div className={styles.page}>
        <header className={styles.header}>
          <Title3 as="h1" style={{ margin: 0 }}>ШНОР — выявление школ с низкими образовательными результатами</Title3>
          <Body1 as="p" style={{ margin: 0 }}>Версия для браузера: без Excel и без установки. Файлы читаются на этом компьютере и никуда не отправляются.</Body1>
        </header>
        <main className={styles.body}>
          <section className={styles.files} aria-label="Файлы">
            <div
              className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
              onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e) => { e.preventDefault(); setDragging(false); pick([...e.dataTransfer.files]); }}
            >
              <Subtitle2>Книги с результатами ВПР, ОГЭ, ЕГЭ</Subtitle2>
              <Body1>Перетащите сюда один или несколько файлов (.xlsx, .xls, .ods, .csv) или выберите их.</Body1>
              <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>Выбрать файлы…</Button>
              <input ref={input} className={styles.hidden} type="file" multiple accept={ACCEPT} aria-label="Файлы с результатами" data-testid="web-files"
                onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; pick(files); }} />
            </div>
            {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
            {opened && (
              <>
                <div>
                  <Subtitle2 as="h2">Открыто</Subtitle2>
                  <ol className={styles.list}>
                    {opened.names.map((n, i) => (
                      <li key={`${n}-${i}`}><Body1>{n}</Body1>{i === 0 && <Caption1 className={styles.muted}> — в копию этой книги запишутся листы результатов</Caption1>}</li>
                    ))}
                  </ol>
                </div>
                {opened.notes.map((n) => <MessageBar key={n} intent="warning"><MessageBarBody>{n}</MessageBarBody></MessageBar>)}
                <div>
                  <Button appearance="primary" disabled={!note} onClick={() => void download()}>Скачать книгу</Button>{' '}
                  <Button disabled={!note} onClick={() => void downloadNote()}>Скачать справку (.docx)</Button>
                  <Caption1 as="p" className={styles.muted}>
                    {note
                      ? 'Книга — копия первой книги с листами результатов, исходные листы в ней не изменены; справка — аналитическая справка документом Word.'
                      : 'Скачать можно после «Выявить ШНОР» в панели справа: книга — копия первой книги с листами результатов, справка — документом Word.'}
                  </Caption1>
                </div>
              </>
            )}
          </section>
          <section className={styles.pane} aria-label="Панель ШНОР" ref={paneHost}>
            {!opened && <Body1 className={styles.muted} style={{ padding: tokens.spacingHorizontalL, display: 'block' }}>Откройте книгу — здесь появится панель «Выявить ШНОР».</Body1>}
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}
