// Installs fake Office, Excel and OfficeExtension globals (browser preview, e2e tests) over a FakeWorkbook.
import { createFakeExcel, FakeExcelStats } from './fakeExcel';
import { FakeOfficeError } from './fakeErrors';
import { FakeWorkbook } from './fakeWorkbook';

export interface InstallFakeOfficeOptions {
  readonly theme?: 'light' | 'dark';
  /** Supported requirement sets and their highest version, e.g. { ExcelApi: '1.17' }; default ExcelApi 1.20. */
  readonly supportedSets?: Readonly<Record<string, string>>;
  /** Office.context.platform; default "OfficeOnline" (Excel on the web). */
  readonly platform?: string;
  /** Saved document settings to start from (key → JSON text). */
  readonly settings?: ReadonlyMap<string, string>;
}

export interface InstalledFakeOffice {
  readonly stats: FakeExcelStats;
  /** Document settings as saved by saveAsync (key → JSON text). */
  readonly settings: Map<string, string>;
  /** Functions registered with Office.actions.associate (ribbon commands). */
  readonly actions: Map<string, (event: unknown) => unknown>;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const THEMES = {
  light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#242424', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#242424', isDarkTheme: false },
  dark: { bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#3D3D3D', controlForegroundColor: '#FFFFFF', isDarkTheme: true },
} as const;

const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' },
  ConditionalCellValueOperator: { invalid: 'Invalid', between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo', greaterThan: 'GreaterThan', lessThan: 'LessThan', greaterThanOrEqual: 'GreaterThanOrEqual', lessThanOrEqual: 'LessThanOrEqual' },
  ConditionalTextOperator: { invalid: 'Invalid', contains: 'Contains', notContains: 'NotContains', beginsWith: 'BeginsWith', endsWith: 'EndsWith' },
  ConditionalFormatColorCriterionType: { invalid: 'Invalid', lowestValue: 'LowestValue', highestValue: 'HighestValue', number: 'Number', percent: 'Percent', formula: 'Formula', percentile: 'Percentile' },
  ChartType: { columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', barClustered: 'BarClustered', barStacked: 'BarStacked', line: 'Line', lineMarkers: 'LineMarkers', pie: 'Pie', area: 'Area', xyscatter: 'XYScatter' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  ChartLegendPosition: { top: 'Top', bottom: 'Bottom', left: 'Left', right: 'Right', corner: 'Corner', custom: 'Custom' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal', diagonalDown: 'DiagonalDown', diagonalUp: 'DiagonalUp' },
  BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash', dashDot: 'DashDot', dashDotDot: 'DashDotDot', dot: 'Dot', double: 'Double', slantDashDot: 'SlantDashDot' },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerAcrossSelection: 'CenterAcrossSelection', distributed: 'Distributed' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  ContentType: { plain: 'Plain', mention: 'Mention' },
  ErrorCodes: {
    accessDenied: 'AccessDenied', apiNotFound: 'ApiNotFound', generalException: 'GeneralException', invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation', invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode', itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound', notImplemented: 'NotImplemented', rangeExceedsLimit: 'RangeExceedsLimit',
    requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded', responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  },
};

/**
 * Sets target.Excel, target.Office and target.OfficeExtension so that code written for Excel runs over `workbook`.
 * The preview calls it with `window`; the e2e tests with a page's window.
 */
export function installFakeOffice(target: Record<string, unknown>, workbook: FakeWorkbook, options: InstallFakeOfficeOptions = {}): InstalledFakeOffice {
  const sets: Readonly<Record<string, string>> = options.supportedSets ?? { ExcelApi: '1.20', SharedRuntime: '1.1', DialogApi: '1.2', RibbonApi: '1.1' };
  const isSetSupported = (name: string, version?: string): boolean => {
    const max = sets[name];
    return max !== undefined && (version === undefined || compareVersions(max, version) >= 0);
  };
  const platform = options.platform ?? 'OfficeOnline';
  const excel = createFakeExcel(workbook, { isSetSupported: (name, version) => isSetSupported(name, version), platform });
  const saved = new Map<string, string>(options.settings ?? []);
  const working = new Map<string, unknown>([...saved].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  const actions = new Map<string, (event: unknown) => unknown>();
  const info = { host: 'Excel', platform };

  const settings = {
    get: (name: string): unknown => (working.has(name) ? working.get(name) : null),
    set: (name: string, value: unknown): void => {
      working.set(name, value);
    },
    remove: (name: string): void => {
      working.delete(name);
    },
    saveAsync: (...args: unknown[]): void => {
      const callback = args.find((a): a is (result: unknown) => void => typeof a === 'function');
      saved.clear();
      working.forEach((v, k) => saved.set(k, JSON.stringify(v)));
      setTimeout(() => callback?.({ status: 'succeeded', value: undefined, error: undefined }), 0);
    },
  };

  target.Excel = { ...EXCEL_ENUMS, run: excel.run };
  target.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: EXCEL_ENUMS.ErrorCodes };
  target.Office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name: string, fn: (event: unknown) => unknown): void => void actions.set(name, fn) },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: 'ru-RU',
      contentLanguage: 'ru-RU',
      officeTheme: { ...THEMES[options.theme ?? 'light'], themeId: options.theme === 'dark' ? 'Black' : 'Colorful' },
      requirements: { isSetSupported },
      document: { settings },
      diagnostics: { host: 'Excel', platform, version: '16.0.fake' },
    },
  };
  return { stats: excel.stats, settings: saved, actions };
}
