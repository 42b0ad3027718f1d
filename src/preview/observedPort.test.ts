// Tests that the preview's port wrapper passes every call through and reports writes (even failed ones) and activations.
import { OutputPlan, WorkbookPort } from '../app/workbookPort';
import { observedPort } from './observedPort';

function fakePort(fail = false): WorkbookPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    listSheets: async () => [{ name: 'Лист1', visible: true }],
    readSheets: async (names) => names.map((sheet) => ({ file: '', sheet, values: [], originRow: 1, originCol: 1, merges: [] })),
    readTracked: async () => [{ name: 'ШНОР', kind: 'shnor' }],
    writeOutput: async (plan: OutputPlan) => {
      calls.push(`write ${plan.add.length}`);
      if (fail) throw new Error('нет доступа');
    },
    activate: async (sheet, cell) => {
      calls.push(`activate ${sheet}!${cell}`);
    },
  };
}

describe('observedPort', () => {
  it('passes the one-round-trip inventory and the write notices through, and shows the sheet a write shows', async () => {
    const inner = {
      ...fakePort(),
      inventory: async () => ({ sheets: [{ name: 'Лист1', visible: true }], tracked: [] }),
      writeNotices: () => ['лист сохранён'],
    };
    const shown: string[] = [];
    const port = observedPort(inner, { onWrite: () => undefined, onActivate: (sheet, cell) => shown.push(`${sheet}!${cell}`) });
    await expect(port.inventory?.()).resolves.toEqual({ sheets: [{ name: 'Лист1', visible: true }], tracked: [] });
    expect(port.writeNotices?.()).toEqual(['лист сохранён']);
    await port.writeOutput({ remove: [], add: [], show: { sheet: 'ШНОР 2024', cell: 'A1' } });
    expect(shown).toEqual(['ШНОР 2024!A1']);
    expect(observedPort(fakePort(), { onWrite: () => undefined, onActivate: () => undefined }).inventory).toBeUndefined();
  });

  it('passes reads through unchanged', async () => {
    const inner = fakePort();
    const port = observedPort(inner, { onWrite: () => undefined, onActivate: () => undefined });
    await expect(port.listSheets()).resolves.toEqual(await inner.listSheets());
    await expect(port.readTracked()).resolves.toEqual([{ name: 'ШНОР', kind: 'shnor' }]);
    await expect(port.readSheets(['A'])).resolves.toHaveLength(1);
  });

  it('reports a write after it happened, and also when it failed', async () => {
    const events: string[] = [];
    const ok = fakePort();
    await observedPort(ok, { onWrite: () => events.push(`seen after ${ok.calls.length}`), onActivate: () => undefined }).writeOutput({ remove: [], add: [] });
    expect(events).toEqual(['seen after 1']);
    const bad = fakePort(true);
    const port = observedPort(bad, { onWrite: () => events.push('seen failed'), onActivate: () => undefined });
    await expect(port.writeOutput({ remove: [], add: [] })).rejects.toThrow('нет доступа');
    expect(events).toEqual(['seen after 1', 'seen failed']);
  });

  it('reports activations and has no activate when the inner port has none', async () => {
    const seen: string[] = [];
    const inner = fakePort();
    await observedPort(inner, { onWrite: () => undefined, onActivate: (s, c) => seen.push(`${s}!${c}`) }).activate?.('ШНОР', 'B4');
    expect(inner.calls).toEqual(['activate ШНОР!B4']);
    expect(seen).toEqual(['ШНОР!B4']);
    const { activate: _omit, ...withoutActivate } = fakePort();
    expect(observedPort(withoutActivate, { onWrite: () => undefined, onActivate: () => undefined }).activate).toBeUndefined();
  });
});
