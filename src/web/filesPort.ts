// WorkbookPort of the browser version over the files the user opened: the first is the workbook written to (the
// same .xlsx package writer as the CLI), the others are read as sources under «Лист (файл)».
import { SheetInfo, SourceLayout, TrackedSheet, WorkbookPort, OutputPlan } from '../app/workbookPort';
import { sourceSheets } from '../app/pipeline';
import { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import { SheetGrid } from '../ingest/grid';
import { OutValue } from '../report/model';

export interface OpenedFile {
  readonly name: string;
  readonly workbook: XlsxWorkbook;
}

/** «Лист (файл.xlsx)»: how a sheet of another file is listed (never clashes with the first file's sheets). */
export function otherSheetName(sheet: string, file: string): string {
  return `${sheet} (${file})`;
}

export class FilesPort implements WorkbookPort {
  /** Listed name → the file and sheet it stands for (sheets of the second and later files). */
  private readonly others = new Map<string, { file: OpenedFile; sheet: string }>();

  private constructor(private readonly files: readonly OpenedFile[]) {}

  /** Lists the sources of the other files once (their own output sheets are never read). */
  static async open(files: readonly OpenedFile[]): Promise<FilesPort> {
    if (files.length === 0) throw new Error('Не выбрано ни одного файла.');
    const port = new FilesPort(files);
    for (const file of files.slice(1)) {
      for (const sheet of (await sourceSheets(file.workbook)).sources) port.others.set(otherSheetName(sheet, file.name), { file, sheet });
    }
    return port;
  }

  /** The workbook the output sheets go into. */
  get target(): XlsxWorkbook {
    return this.files[0].workbook;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return [...(await this.target.listSheets()), ...[...this.others.keys()].map((name) => ({ name, visible: true }))];
  }

  async readSheets(names: readonly string[]): Promise<readonly SheetGrid[]> {
    const own = names.filter((n) => !this.others.has(n));
    const grids = [...(await this.target.readSheets(own))];
    for (const name of names) {
      const other = this.others.get(name);
      if (!other) continue;
      const [grid] = await other.file.workbook.readSheets([other.sheet]);
      if (grid) grids.push({ ...grid, sheet: name });
    }
    // In the order asked for (a map: a workbook may hold thousands of sheets).
    const byName = new Map(grids.map((g) => [g.sheet, g]));
    return names.map((n) => byName.get(n)).filter((g): g is SheetGrid => g !== undefined);
  }

  readTracked(): Promise<readonly TrackedSheet[]> {
    return this.target.readTracked();
  }

  writeOutput(plan: OutputPlan): Promise<void> {
    return this.target.writeOutput(plan);
  }

  writeNotices(): readonly string[] {
    return this.target.writeNotices();
  }

  addSourceSheet(name: string, values: readonly (readonly OutValue[])[], columnWidths?: readonly number[], layout?: SourceLayout): Promise<boolean> {
    return this.target.addSourceSheet(name, values, columnWidths, layout);
  }
}
