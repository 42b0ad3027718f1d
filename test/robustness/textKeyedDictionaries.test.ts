// Keeps dictionaries keyed by user text out of plain objects: every `Record<string, …>` or `{ [k: string]: … }` in
// src/ is a known one whose keys are our own vocabulary, or a null-prototype record read through ownEntry(); anything
// new fails here and should be a Map (house rule; issue 21 — a school named «constructor» aborted every front end).
import fs from 'fs';
import path from 'path';

const SRC = path.resolve(__dirname, '..', '..', 'src');
/** A plain-object dictionary type with string keys. */
const DICTIONARY_RE = /Record<string,|\{\s*\[\w+:\s*string\]\s*:/g;

/** File → how many such types it may hold, and why they are not keyed by user text (or are read safely). */
const KNOWN: Readonly<Record<string, { readonly count: number; readonly why: string }>> = {
  'adapters/excel/officeErrors.ts': { count: 1, why: 'Office error codes → messages (our table)' },
  'adapters/files/ooxmlChecks.ts': { count: 3, why: 'package entries looked up with hasOwnProperty' },
  'adapters/xlsx/package/styles.ts': { count: 1, why: 'built-in number formats (our table)' },
  'adapters/xlsx/package/workbookXml.ts': { count: 1, why: 'fixed attribute names (activeTab, firstSheet)' },
  'adapters/xlsx/package/xml.ts': { count: 5, why: 'XML attributes: a null-prototype record from parseAttrs' },
  'app/settingsStore.ts': { count: 1, why: 'the pane\'s own setting keys' },
  'cli/settingsFile.ts': { count: 3, why: 'the parsed settings file, read only by our own field names («*», partners, schoolMerges)' },
  'report/objectivityWords.ts': { count: 1, why: 'subject → ФИОКО code (our table)' },
  'report/sanitize/xmlText.ts': { count: 2, why: 'a copy of plain data whose keys are defined as own properties (never assigned)' },
  'core/testing/builders.ts': { count: 1, why: 'procedures of the test builders (our table)' },
  'ingest/columnMapping.ts': { count: 1, why: 'column letters (A–XFD), checked by the settings reader' },
  'ingest/settings.ts': { count: 8, why: 'textKeyed()/ownEntry(): null-prototype JSON records and their own-entry reads; indicator directions by column letter (A–XFD, checked)' },
  'ingest/socialSheet.ts': { count: 1, why: 'indicator directions by column letter (A–XFD), read with hasOwnProperty' },
  'ingest/text.ts': { count: 1, why: 'Latin look-alike letters (our table)' },
  'ingest/types.ts': { count: 4, why: 'settings as saved JSON: built by textKeyed(), read by sheetSettingsOf()/ownEntry(); directions by column letter' },
  'preview/main.tsx': { count: 1, why: 'the window\'s globals' },
  'preview/snapshotSheet.ts': { count: 3, why: 'Office.js operator names (our table)' },
  'taskpane/components/SheetEditor.tsx': { count: 2, why: 'column letters' },
  'taskpane/controller/rules.ts': { count: 2, why: 'the saved rules\' own field names' },
  'taskpane/controller/taskpaneController.ts': { count: 1, why: 'the rules\' own field names' },
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full.endsWith(path.join('preview', 'fakeExcel')) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('dictionaries keyed by user text', () => {
  it('are Maps: every plain-object dictionary type in src/ is a known one', () => {
    const found = new Map<string, number>();
    for (const file of sourceFiles(SRC)) {
      const count = (fs.readFileSync(file, 'utf8').match(DICTIONARY_RE) ?? []).length;
      if (count > 0) found.set(path.relative(SRC, file).split(path.sep).join('/'), count);
    }
    const unexpected = [...found].filter(([file, count]) => count > (Object.prototype.hasOwnProperty.call(KNOWN, file) ? KNOWN[file].count : 0));
    // A new entry here: use a Map (or textKeyed() + ownEntry() for JSON that is saved), then list it above with its reason.
    expect(unexpected).toEqual([]);
  });

  it('catches the shapes it is meant to', () => {
    expect('const byName: Record<string, School> = {};'.match(DICTIONARY_RE)).toHaveLength(1);
    expect('const byName: { [name: string]: School } = {};'.match(DICTIONARY_RE)).toHaveLength(1);
    expect('const byName = new Map<string, School>();'.match(DICTIONARY_RE)).toBeNull();
  });
});
