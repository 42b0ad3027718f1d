// The task pane: run bar, messages and the Источники / Правила / Результат tabs, all driven by the controller.
import { useEffect } from 'react';
import { Caption1, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Doubts } from './components/Doubts';
import { Messages } from './components/Messages';
import { ResultPanel } from './components/ResultPanel';
import { RulesPanel } from './components/RulesPanel';
import { RunPanel } from './components/RunPanel';
import { SourcesPanel } from './components/SourcesPanel';
import { NoteFieldsForm } from './components/NoteFieldsForm';
import { sheetSettingsOf } from '../ingest/settings';
import { NoteSettings, WORKBOOK_SETTINGS_KEY } from '../ingest/types';
import { runBlocker, TabId } from './controller/state';
import { TaskpaneController } from './controller/taskpaneController';
import { useTaskpane } from './controller/useTaskpane';
import { PickedFile } from './controller/pickedFiles';

export interface AppProps {
  readonly controller: TaskpaneController;
  readonly version: string;
}

/** No header or signature fields saved yet (one object, so the form is not reset on every render). */
const NO_NOTE: NoteSettings = {};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  version: { color: tokens.colorNeutralForeground3 },
  panel: { paddingTop: tokens.spacingVerticalS },
});

const TABS: readonly { readonly id: TabId; readonly label: string }[] = [
  { id: 'sources', label: 'Источники' },
  { id: 'rules', label: 'Правила' },
  { id: 'result', label: 'Результат' },
];

/** A browser File as the controller reads it. */
function pickedFile(file: File): PickedFile {
  return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function App({ controller, version }: AppProps) {
  const styles = useStyles();
  const state = useTaskpane(controller);
  useEffect(() => {
    void controller.start();
  }, [controller]);
  const running = state.phase === 'running';

  return (
    <main className={styles.root} aria-label="ШНОР — выявление школ с низкими результатами">
      <header className={styles.header}>
        <Title3 as="h1">ШНОР</Title3>
        <Caption1 className={styles.version}>версия {version}</Caption1>
      </header>
      <RunPanel running={running} progress={state.progress} blocker={running ? undefined : runBlocker(state)}
        onRun={() => void controller.run()} onCancel={() => controller.cancel()} />
      <Doubts doubts={state.doubts} onSelectCell={(sheet, cell) => void controller.selectCell(sheet, cell)} />
      <Messages messages={state.messages} onDismiss={(id) => controller.dismissMessage(id)} />
      <TabList selectedValue={state.tab} onTabSelect={(_, d) => controller.selectTab(d.value as TabId)} aria-label="Разделы">
        {TABS.map((t) => <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>{t.label}</Tab>)}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`panel-${state.tab}`} aria-labelledby={`tab-${state.tab}`}>
        {state.tab === 'sources' && (
          <SourcesPanel sheets={state.sheets} settings={state.sourceSettings} outputSheets={state.outputSheets}
            loading={state.phase === 'loading'} disabled={running}
            onToggleSheet={(sheet, included) => void controller.toggleSheet(sheet, included)}
            onChangeSheetSettings={(sheet, next) => void controller.changeSheetSettings(sheet, next)}
            onSelectCell={(sheet, cell) => void controller.selectCell(sheet, cell)}
            onRefresh={() => void controller.refresh()}
            possibleDuplicates={state.possibleDuplicates}
            onMergeSchools={(keep, other) => void controller.mergeSchools(keep, other)}
            onUnmergeSchools={(keep, other) => void controller.unmergeSchools(keep, other)}
            fileProgress={state.fileProgress} onCancelFiles={() => controller.cancel()}
            firstRun={!state.result && state.outputSheets.length === 0} downloads={controller.downloads}
            onAddFiles={controller.canAddFiles ? (files) => void controller.addFiles(files.map(pickedFile)) : undefined} />
        )}
        {state.tab === 'rules' && (
          <RulesPanel rules={state.rules} procedureOptions={state.procedureOptions} years={state.years} disabled={running}
            onChange={(patch) => void controller.changeRules(patch)} onReset={() => void controller.resetRules()} />
        )}
        {state.tab === 'rules' && (
          <NoteFieldsForm value={sheetSettingsOf(state.sourceSettings, WORKBOOK_SETTINGS_KEY)?.note ?? NO_NOTE} disabled={running}
            onSave={(note) => void controller.changeNoteSettings(note)} />
        )}
        {state.tab === 'result' && (
          <ResultPanel result={state.result} onOpenSheet={controller.canShowCells ? (sheet) => void controller.openSheet(sheet) : undefined}
            onOpenCell={controller.canShowCells ? (sheet, cell) => void controller.selectCell(sheet, cell) : undefined}
            onChoosePartners={(school, partners) => void controller.choosePartners(school, partners)} />
        )}
      </div>
    </main>
  );
}
