// A minimal valid .xlsx built with the package writers (test inputs; the browser preview's "save workbook").
import { OutValue } from '../../report/model';
import { addSheet } from './package/addSheet';
import { CONTENT_TYPE } from './package/contentTypes';
import { OpcPackage } from './package/opcPackage';
import { REL } from './package/rels';
import { openStyles, saveStyles } from './package/stylesPart';
import { XML_HEADER } from './package/xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface NewSheet {
  readonly name: string;
  readonly values: readonly (readonly OutValue[])[];
  readonly columnWidths?: readonly number[];
  /** Rows and columns kept in view (a header row, a name column). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
}

/** Bytes of a new workbook holding these sheets (text stays text; at least one sheet, "Лист1", is written). */
export async function newWorkbookBytes(sheets: readonly NewSheet[]): Promise<Uint8Array> {
  const pkg = OpcPackage.empty();
  pkg.writeText(
    '[Content_Types].xml',
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/></Types>`,
  );
  pkg.writeText(
    '_rels/.rels',
    `${XML_HEADER}<Relationships xmlns="${PKG_RELS_NS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.writeText(
    'xl/workbook.xml',
    `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews>` +
      '<sheets/><calcPr calcId="191029"/></workbook>',
  );
  pkg.writeText('xl/_rels/workbook.xml.rels', `${XML_HEADER}<Relationships xmlns="${PKG_RELS_NS}"></Relationships>`);
  const styles = await openStyles(pkg);
  const list = sheets.length > 0 ? sheets : [{ name: 'Лист1', values: [] }];
  for (const sheet of list) {
    await addSheet(
      pkg,
      sheet.name,
      {
        values: sheet.values, numberFormats: [], styles: [], merges: [], columnWidths: sheet.columnWidths ?? [], conditionalFormats: [], notes: [], charts: [],
        ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
      },
      styles.book,
    );
  }
  saveStyles(pkg, styles);
  return pkg.toBytes();
}
