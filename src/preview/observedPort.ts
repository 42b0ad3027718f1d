// Wraps a WorkbookPort so the preview hears of every write (to redraw the grid) and every «show cell» request.
import { WorkbookPort } from '../app/workbookPort';

export interface PortObserver {
  /** After the output sheets were written (or the write failed halfway: the grid shows what is there). */
  readonly onWrite: () => void;
  readonly onActivate: (sheet: string, cell?: string) => void;
}

export function observedPort(inner: WorkbookPort, observer: PortObserver): WorkbookPort {
  const port: WorkbookPort = {
    listSheets: () => inner.listSheets(),
    readSheets: (names) => inner.readSheets(names),
    readTracked: () => inner.readTracked(),
    async writeOutput(plan) {
      try {
        await inner.writeOutput(plan);
      } finally {
        observer.onWrite();
      }
      // The sheet Excel shows at the end of the write, the view shows too.
      if (plan.show) observer.onActivate(plan.show.sheet, plan.show.cell);
    },
  };
  const inventory = inner.inventory?.bind(inner);
  if (inventory) port.inventory = () => inventory();
  const writeNotices = inner.writeNotices?.bind(inner);
  if (writeNotices) port.writeNotices = () => writeNotices();
  const addSourceSheet = inner.addSourceSheet?.bind(inner);
  if (addSourceSheet) {
    port.addSourceSheet = async (name, values, widths, layout) => {
      try {
        return await addSourceSheet(name, values, widths, layout);
      } finally {
        observer.onWrite();
      }
    };
  }
  const insertWorkbook = inner.insertWorkbook?.bind(inner);
  if (insertWorkbook) {
    port.insertWorkbook = async (bytes, sheets) => {
      try {
        return await insertWorkbook(bytes, sheets);
      } finally {
        observer.onWrite();
      }
    };
  }
  const activate = inner.activate?.bind(inner);
  if (!activate) return port;
  return {
    ...port,
    async activate(sheet, cell) {
      await activate(sheet, cell);
      observer.onActivate(sheet, cell);
    },
  };
}
