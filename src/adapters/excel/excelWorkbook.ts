// WorkbookPort over Office.js: the add-in reads source sheets and writes its output sheets inside Excel.
import { SheetGrid } from '../../ingest/grid';
import { OutputPlan, SheetInfo, TrackedSheet, WorkbookPort } from '../../app/workbookPort';
import { asExcelOperationError } from './officeErrors';
import { readSheetGrids } from './readSheets';
import { FeatureSupport, IsSetSupported, featureSupport, noteMode, officeIsSetSupported, unavailableFeaturesText } from './requirements';
import { parseTracking, resolveTracked } from '../../app/tracking';
import { writeOutputPlan } from './writeOutput';
import { writeSourceSheet } from './writeSourceSheet';
import { markedSheets } from './markedSheets';
import { OutValue } from '../../report/model';
import { SourceLayout } from '../../app/workbookPort';
import { bytesToBase64 } from './base64';

/** Excel.run, or a stand-in with the same shape (the fake Excel in tests and the preview). */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Largest block of cells one range read asks for (Excel allows 5 M per get); default 1 000 000. */
  readonly maxCellsPerRead?: number;
  /** Request/response budget per sync in bytes (Excel on the web limit: 5 MB); default 4 000 000. */
  readonly maxRequestBytes?: number;
  /** Requirement-set check; default Office.context.requirements.isSetSupported when Office exists. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly maxCellsPerRead: number;
  private readonly maxBytes: number;
  private readonly isSetSupported: IsSetSupported;
  private notices: string[] = [];

  constructor(
    private readonly run: ExcelRunner,
    options: ExcelWorkbookOptions = {},
  ) {
    this.maxCellsPerRead = options.maxCellsPerRead ?? 1_000_000;
    this.maxBytes = options.maxRequestBytes ?? 4_000_000;
    const given = options.isSetSupported;
    // Looked up on each call: Office may be ready only after the adapter is built.
    this.isSetSupported = given ?? ((name, version) => officeIsSetSupported()(name, version));
  }

  private support(): FeatureSupport {
    return featureSupport(this.isSetSupported);
  }

  /** Russian sentences about features this Excel lacks (empty when everything is there). */
  unavailableFeatures(): string[] {
    return unavailableFeaturesText(this.isSetSupported);
  }

  private async guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      throw asExcelOperationError(error);
    }
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return this.guarded(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
    });
  }

  readSheets(names: readonly string[]): Promise<readonly SheetGrid[]> {
    const support = this.support();
    return this.guarded((context) =>
      readSheetGrids(context, names, { maxCellsPerRead: this.maxCellsPerRead, maxBytes: this.maxBytes, mergedAreas: support.mergedAreas }),
    );
  }

  readTracked(): Promise<readonly TrackedSheet[]> {
    if (!this.support().customProperties) return this.guarded((context) => markedSheets(context));
    return this.guarded(async (context) => {
      const properties = context.workbook.properties.custom.load('items/key,items/value');
      const sheets = context.workbook.worksheets.load('items/name,items/id');
      await context.sync();
      const records = parseTracking(properties.items.map((p) => ({ key: p.key, value: p.value as unknown })));
      return resolveTracked(records, sheets.items.map((s) => ({ name: s.name, id: s.id })));
    });
  }

  inventory(): Promise<{ readonly sheets: readonly SheetInfo[]; readonly tracked: readonly TrackedSheet[] }> {
    if (!this.support().customProperties) return Promise.all([this.listSheets(), this.readTracked()]).then(([sheets, tracked]) => ({ sheets, tracked }));
    return this.guarded(async (context) => {
      const properties = context.workbook.properties.custom.load('items/key,items/value');
      const sheets = context.workbook.worksheets.load('items/name,items/id,items/visibility');
      await context.sync();
      const records = parseTracking(properties.items.map((p) => ({ key: p.key, value: p.value as unknown })));
      return {
        sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' })),
        tracked: resolveTracked(records, sheets.items.map((s) => ({ name: s.name, id: s.id }))),
      };
    });
  }

  /** What the last writeOutput had to say (output sheets with hand edits kept under another name). */
  writeNotices(): readonly string[] {
    return this.notices;
  }

  writeOutput(plan: OutputPlan): Promise<void> {
    const support = this.support();
    this.notices = [];
    return this.guarded(async (context) => {
      this.notices = await writeOutputPlan(context, plan, {
        maxBytes: this.maxBytes,
        customProperties: support.customProperties,
        suspendCalculation: support.suspendCalculation,
        features: {
          notes: noteMode(support),
          charts: support.charts,
          chartSeries: support.chartSeries,
          chartLabels: support.chartLabels,
          conditionalFormats: support.conditionalFormats,
          freezePanes: support.freezePanes,
          tabColor: support.tabColor,
          autoFilter: support.autoFilter,
          pageLayout: support.pageLayout,
        },
      });
    });
  }

  addSourceSheet(name: string, values: readonly (readonly OutValue[])[], columnWidths: readonly number[] = [], layout?: SourceLayout): Promise<boolean> {
    const freeze = this.support().freezePanes;
    return this.guarded((context) => writeSourceSheet(context, name, values, columnWidths, this.maxBytes, freeze, layout));
  }

  /**
   * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) when the file fits one request (under the size budget);
   * undefined otherwise, and the caller copies values.
   */
  async insertWorkbook(bytes: Uint8Array, sheets: readonly string[]): Promise<readonly string[] | undefined> {
    const support = this.support();
    if (!support.insertWorksheets) return undefined;
    const base64File = bytesToBase64(bytes);
    if (base64File.length + 4096 > this.maxBytes) return undefined;
    return this.guarded(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(base64File, { sheetNamesToInsert: [...sheets], positionType: 'End' });
      await context.sync();
      const all = context.workbook.worksheets.load('items/id,items/name');
      await context.sync();
      return ids.value.map((id) => all.items.find((s) => s.id === id)?.name).filter((n): n is string => n !== undefined);
    });
  }

  activate(sheet: string, cell?: string): Promise<void> {
    return this.guarded(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      if (cell) worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}
