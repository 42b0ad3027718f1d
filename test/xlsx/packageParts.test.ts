// Unit tests of the package editors: XML splicing, workbook entries, styles, app/custom properties, part names.
import { updateAppTitles } from '../../src/adapters/xlsx/package/appProps';
import { readCustomProperty, writeCustomProperty } from '../../src/adapters/xlsx/package/customProps';
import { freePartPath, OpcPackage, relativePath } from '../../src/adapters/xlsx/package/opcPackage';
import { resolveTarget } from '../../src/adapters/xlsx/package/rels';
import { StyleBook } from '../../src/adapters/xlsx/package/styles';
import { conditionalFormattingXml } from '../../src/adapters/xlsx/package/conditionalFormats';
import { addDefinedName, addSheetEntry, readSheetEntries, removeSheetEntry } from '../../src/adapters/xlsx/package/workbookXml';
import { childrenNamed, parseXml, textOf } from '../../src/adapters/xlsx/package/xml';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { parseTracking, trackingEntries } from '../../src/app/tracking';

describe('parseXml', () => {
  it('keeps positions, reads quoted ">" in attributes, skips comments and CDATA, decodes text', () => {
    const xml = '<?xml version="1.0"?><!-- c <x> --><a k="1 > 0" j=\'q\'><b/><c>x &amp; y<![CDATA[<z>]]>&#1060;</c></a>';
    const root = parseXml(xml);
    expect(root.attrs).toEqual({ k: '1 > 0', j: 'q' });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[0].selfClosing).toBe(true);
    expect(textOf(xml, root.children[1])).toBe('x & y<z>Ф');
    expect(xml.slice(root.children[1].start, root.children[1].end)).toBe('<c>x &amp; y<![CDATA[<z>]]>&#1060;</c>');
  });

  it('rejects a broken document', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>')).toThrow();
  });
});

const WB = (views: string, names: string): string =>
  '<workbook xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  `<bookViews>${views}</bookViews><sheets>` +
  '<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/>' +
  '<sheet name="C" sheetId="5" state="hidden" r:id="rId3"/><sheet name="D" sheetId="3" r:id="rId4"/></sheets>' +
  `${names}<calcPr/></workbook>`;

describe('workbook.xml', () => {
  const names =
    '<definedNames><definedName name="n0" localSheetId="0">A!$A$1</definedName>' +
    '<definedName name="n1" localSheetId="1">B!$A$1</definedName>' +
    '<definedName name="n3" localSheetId="3">D!$A$1</definedName>' +
    '<definedName name="g">A!$B$1</definedName></definedNames>';

  it('removes a sheet, the names local to it, and renumbers later localSheetId', () => {
    const out = removeSheetEntry(WB('<workbookView activeTab="3" firstSheet="1"/>', names), 1);
    expect(readSheetEntries(out).map((e) => e.name)).toEqual(['A', 'C', 'D']);
    expect(out).toContain('<definedName name="n0" localSheetId="0">');
    expect(out).not.toContain('name="n1"');
    expect(out).toContain('<definedName name="n3" localSheetId="2">');
    expect(out).toContain('<definedName name="g">');
    // The active tab follows its sheet; the first tab that was removed moves to the first visible sheet.
    expect(out).toContain('<workbookView activeTab="2" firstSheet="0"/>');
  });

  it('moves the active tab off a removed or hidden sheet', () => {
    const out = removeSheetEntry(WB('<workbookView activeTab="1"/>', ''), 1);
    expect(out).toContain('activeTab="0"');
    const onlyD = removeSheetEntry(removeSheetEntry(WB('<workbookView activeTab="3"/>', ''), 3), 0);
    // After removing D and A the active tab may not be C (hidden): the first visible sheet is B (index 0).
    expect(onlyD).toContain('activeTab="0"');
    expect(readSheetEntries(onlyD).map((e) => e.name)).toEqual(['B', 'C']);
  });

  it('drops an emptied definedNames element', () => {
    const out = removeSheetEntry(WB('', '<definedNames><definedName name="x" localSheetId="1">B!A1</definedName></definedNames>'), 1);
    expect(out).not.toContain('definedNames');
  });

  it('adds entries with the next sheetId, in a prefixed workbook too', () => {
    const xml = '<x:workbook xmlns:x="m" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<x:sheets><x:sheet name="A" sheetId="7" rel:id="rId1"/></x:sheets></x:workbook>';
    const out = addSheetEntry(xml, 'Б & <В>', 'rId9');
    expect(out).toContain('<x:sheet name="Б &amp; &lt;В&gt;" sheetId="8" rel:id="rId9"/></x:sheets>');
    expect(readSheetEntries(out)[1]).toEqual({ name: 'Б & <В>', sheetId: 8, relId: 'rId9', state: 'visible' });
    const named = addDefinedName(out, '_xlnm._FilterDatabase', 1, "'Б'!$A$1:$B$2", true);
    expect(named).toContain(
      '</x:sheets><x:definedNames><x:definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">',
    );
  });
});

describe('StyleBook', () => {
  const styles =
    '<x:styleSheet xmlns:x="m"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.000"/></x:numFmts>' +
    '<x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/><x:charset val="204"/></x:font></x:fonts>' +
    '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
    '<x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs>' +
    '<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="170"/></x:cellXfs>' +
    '<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0"/></x:cellStyles><x:extLst><x:ext uri="u"><x:dxfs/></x:ext></x:extLst></x:styleSheet>';

  it('appends after the existing entries, keeps the base font, reuses formats and dedupes', () => {
    const book = new StyleBook(styles);
    const bold = book.cellXf({ style: { bold: true, fill: 'FF0000' } });
    expect(bold).toBe(2);
    expect(book.cellXf({ style: { bold: true, fill: 'FF0000' } })).toBe(2);
    expect(book.cellXf({ numFmt: '0.000' })).toBe(3);
    expect(book.cellXf({ numFmt: '0.0' })).toBe(4);
    expect(book.cellXf({ numFmt: '0%' })).toBe(5);
    expect(book.cellXf({})).toBe(0);
    expect(book.dxf({ fill: '00FF00' })).toBe(0);
    expect(book.dxf({ fill: '00FF00' })).toBe(0);
    expect(book.dxf({ bold: true })).toBe(1);
    const out = book.toXml();
    expect(out).toContain('<x:font><x:b/><x:sz val="10"/><x:name val="Arial"/><x:charset val="204"/></x:font>');
    expect(out).toContain('<x:fonts count="2">');
    expect(out).toContain('<x:fills count="3">');
    expect(out).toContain('<x:fgColor rgb="FFFF0000"/>');
    expect(out).toContain('<x:numFmt numFmtId="170" formatCode="0.000"/><x:numFmt numFmtId="171" formatCode="0.0"/>');
    expect(out).toContain('<x:xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>');
    expect(out).toContain('<x:xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(out).toContain('<x:xf numFmtId="9" ');
    // The missing dxfs goes after cellStyles, not into the extension that also has a dxfs element.
    expect(out).toMatch(/<\/x:cellStyles><x:dxfs count="2"><x:dxf>/);
    expect(out).toContain('<x:ext uri="u"><x:dxfs/></x:ext>');
  });

  it('leaves the part untouched when nothing is added', () => {
    expect(new StyleBook(styles).toXml()).toBe(styles);
  });

  it('writes a colour scale with the data\'s ends, or with fixed numeric ends when given', () => {
    const book = new StyleBook(styles);
    const free = conditionalFormattingXml([{ type: 'colorScale', range: 'E2:E9', colors: ['63BE7B', 'FFFFFF', 'F8696B'], midpoint: 0 }], book);
    expect(free).toContain('<cfvo type="min"/><cfvo type="num" val="0"/><cfvo type="max"/>');
    const fixed = conditionalFormattingXml([{ type: 'colorScale', range: 'E2:E9', colors: ['63BE7B', 'FFFFFF', 'F8696B'], midpoint: 0, min: -10, max: 10 }], book);
    expect(fixed).toContain('<cfvo type="num" val="-10"/><cfvo type="num" val="0"/><cfvo type="num" val="10"/>');
  });
});

describe('paths and part names', () => {
  it('resolves and relativises targets', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet%201.xml')).toBe('xl/worksheets/sheet 1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relativePath('xl/worksheets/sheet1.xml', 'xl/drawings/drawing2.xml')).toBe('../drawings/drawing2.xml');
    expect(relativePath('xl/workbook.xml', 'xl/worksheets/sheet3.xml')).toBe('worksheets/sheet3.xml');
  });

  it('numbers a new part above every number in use, counting stray rels parts', async () => {
    const pkg = OpcPackage.empty();
    pkg.writeText('xl/charts/chart2.xml', '<a/>');
    pkg.writeText('xl/charts/_rels/chart7.xml.rels', '<a/>');
    pkg.writeText('xl/charts/Chart3.XML', '<a/>');
    expect(freePartPath(pkg, 'xl/charts/chart#.xml')).toBe('xl/charts/chart8.xml');
    expect(freePartPath(pkg, 'xl/drawings/drawing#.xml')).toBe('xl/drawings/drawing1.xml');
  });
});

describe('docProps', () => {
  const root = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' +
    '</Relationships>';

  it('updates the worksheet titles and leaves the named-range group alone', async () => {
    const pkg = OpcPackage.empty();
    pkg.writeText('_rels/.rels', root);
    pkg.writeText('docProps/app.xml',
      '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant">' +
      '<vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>' +
      '<vt:variant><vt:lpstr>Именованные диапазоны</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
      '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr">' +
      '<vt:lpstr>Данные</vt:lpstr><vt:lpstr>Сводка</vt:lpstr><vt:lpstr>Итого</vt:lpstr></vt:vector></TitlesOfParts></Properties>');
    await updateAppTitles(pkg, ['Данные', 'Сводка'], ['Сводка'], ['Сводка', 'ШНОР & 2024']);
    const app = (await pkg.readText('docProps/app.xml')) ?? '';
    expect(app).toContain('<vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Именованные');
    expect(app).toContain('<vt:vector size="4" baseType="lpstr"><vt:lpstr>Данные</vt:lpstr><vt:lpstr>Сводка</vt:lpstr>' +
      '<vt:lpstr>ШНОР &amp; 2024</vt:lpstr><vt:lpstr>Итого</vt:lpstr></vt:vector>');
  });

  it('adds a property next to existing ones and then updates it in place', async () => {
    const pkg = OpcPackage.empty();
    pkg.writeText('_rels/.rels', root);
    pkg.writeText('docProps/custom.xml',
      '<Properties xmlns="p" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Отдел"><vt:lpwstr>РУО</vt:lpwstr></property></Properties>');
    await writeCustomProperty(pkg, 'ShnorOutputSheets', '[{"name":"A & B","kind":"shnor"}]');
    await writeCustomProperty(pkg, 'ShnorOutputSheets', '[]');
    const xml = (await pkg.readText('docProps/custom.xml')) ?? '';
    const props = childrenNamed(parseXml(xml), 'property');
    expect(props.map((p) => [p.attrs.name, p.attrs.pid, textOf(xml, p)])).toEqual([
      ['Отдел', '5', 'РУО'],
      ['ShnorOutputSheets', '6', '[]'],
    ]);
    expect(await readCustomProperty(pkg, 'shnoroutputsheets')).toBe('[]');
  });
});

describe('tracking record shared with the Office.js adapter', () => {
  const value = (text: string | undefined) => (text === undefined ? [] : [{ key: 'ShnorOutputSheets', value: text }]);
  it('reads a well-formed list and gives [] for anything malformed', () => {
    expect(parseTracking(value('[{"name":"ШНОР 2024","kind":"shnor"}]'))).toEqual([{ name: 'ШНОР 2024', kind: 'shnor' }]);
    for (const bad of [undefined, '', 'not json', '{}', '[1]', '[{"name":"x","kind":"other"}]', '[{"name":1,"kind":"shnor"}]', 'null']) {
      expect(parseTracking(value(bad))).toEqual([]);
    }
  });

  it('never takes a sheet for its own output by a recorded name alone: without the sheet marker it is the user\'s', async () => {
    const records = ['ШНОР 2024', 'Динамика', 'Сводка', 'Рейтинг', 'Параметры'].map((name, i) => ({
      name, kind: (['shnor', 'dynamics', 'summary', 'parameters'] as const)[i], id: `{0000000${i}-0001-0000-0000-000000000000}`,
    }));
    const entries = trackingEntries(records);
    expect(entries.length).toBeGreaterThan(1);
    const bytes = await newWorkbookBytes([{ name: 'Данные', values: [['x']] }, ...records.map((r) => ({ name: r.name, values: [['старый вывод']] }))]);
    const pkg = await OpcPackage.load(bytes);
    for (const e of entries) await writeCustomProperty(pkg, e.key, e.value);
    const wb = await XlsxWorkbook.open(await pkg.toBytes(), 'excel-written.xlsx');
    // The sheets still carry their recorded names, but nothing inside them says the product wrote them.
    expect(await wb.readTracked()).toEqual([]);
  });
});
