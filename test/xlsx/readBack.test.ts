// Everything the writer puts in an output sheet reads back: values, formats, layout, CF, notes, charts, tracking.
import ExcelJS from 'exceljs';
import { XlsxWorkbook, TRACKED_PROPERTY } from '../../src/adapters/xlsx/xlsxWorkbook';
import { parseXml, childNamed, childrenNamed, textOf, XmlElement, localName } from '../../src/adapters/xlsx/package/xml';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { planOutput } from '../../src/app/planOutput';
import { entries, loadInto, textOfEntry } from './fixtures';
import { sampleReport, shnorSheet, summarySheet } from './sampleReport';

let output: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  const input = await newWorkbookBytes([{ name: 'Исходные', values: [['Школа', 'Доля'], ['СОШ', 0.1]] }]);
  const wb = await XlsxWorkbook.open(input, 'in.xlsx');
  await wb.writeOutput(planOutput(await wb.listSheets(), await wb.readTracked(), sampleReport));
  output = await wb.toBytes();
  book = new ExcelJS.Workbook();
  await loadInto(book, output);
});

/** ExcelJS reads conditional formats but its typings do not declare the list. */
interface CfRead {
  readonly ref: string;
  readonly rules: readonly ExcelJS.ConditionalFormattingRule[];
}
function conditionalFormats(ws: ExcelJS.Worksheet): readonly CfRead[] {
  return (ws as unknown as { conditionalFormattings: CfRead[] }).conditionalFormattings;
}

function sheet(name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('cells', () => {
  it('writes the sheets in plan order after the user sheet', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Исходные', 'ШНОР 2024', 'Динамика', 'Сводка', 'Параметры']);
  });

  it('reads back every value with its type', () => {
    for (const spec of sampleReport.sheets) {
      const ws = sheet(spec.name);
      spec.values.forEach((row, r) =>
        row.forEach((value, c) => {
          // ExcelJS shows a merged area's value on all its cells; only the top-left one holds it.
          if (ws.getCell(r + 1, c + 1).master.address !== ws.getCell(r + 1, c + 1).address) expect(value).toBeNull();
          else expect(ws.getCell(r + 1, c + 1).value).toEqual(value);
        }),
      );
    }
  });

  it('applies number formats, bold, italic, colours, fills, borders and alignment per range', () => {
    const ws = sheet('ШНОР 2024');
    expect(ws.getCell('C4').numFmt).toBe('0.0%');
    expect(ws.getCell('D6').numFmt).toBe('0.0%');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(14);
    expect(ws.getCell('B3').font?.bold).toBe(true);
    expect(ws.getCell('B3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('B3').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('B3').border?.left?.style).toBe('thin');
    expect(ws.getCell('E5').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('A4').font?.bold).toBeFalsy();
    const params = sheet('Параметры');
    expect(params.getCell('A1').font).toMatchObject({ bold: true, italic: true, color: { argb: 'FF1F4E78' } });
    expect(params.getCell('B2').numFmt).toBe('0%');
    expect(sheet('Динамика').getCell('E2').numFmt).toBe('+0.0%;-0.0%;0.0%');
  });

  it('gives wrapped headers a taller row, and rows the report sizes their height', () => {
    expect(sheet('ШНОР 2024').getRow(3).height).toBeGreaterThan(15);
    expect(sheet('ШНОР 2024').getRow(4).height).toBeUndefined();
    expect(sheet('Динамика').getRow(1).height).toBe(30);
  });
});

describe('layout', () => {
  it('sets column widths, merges, frozen panes, autofilter and tab colour', () => {
    const ws = sheet('ШНОР 2024');
    expect(shnorSheet.columnWidths.map((_, i) => ws.getColumn(i + 1).width)).toEqual([...shnorSheet.columnWidths]);
    expect(ws.model.merges).toEqual(['A1:E1']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.autoFilter).toBe('A3:E6');
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
    expect(sheet('Динамика').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet('Параметры').views[0]?.state).not.toBe('frozen');
  });

  it('declares the filter range as the sheet-local _FilterDatabase name', async () => {
    const wbXml = await textOfEntry(output, 'xl/workbook.xml');
    expect(wbXml).toContain(
      '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">\'ШНОР 2024\'!$A$3:$E$6</definedName>',
    );
  });
});

describe('conditional formats', () => {
  it('writes cellIs, text-equality and colour-scale rules with their ranges, operators, formulas and colours', () => {
    const cf = conditionalFormats(sheet('ШНОР 2024'));
    expect(cf.map((c) => c.ref)).toEqual(['C4:D6', 'B4:B6', 'C4:C6']);
    const [high, text, between] = cf.map((c) => c.rules[0]);
    expect(high).toMatchObject({ type: 'cellIs', operator: 'greaterThanOrEqual', formulae: ['0.25'] });
    expect(high.style?.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });
    expect(high.style?.font?.color).toEqual({ argb: 'FF9C0006' });
    expect(text).toMatchObject({ type: 'cellIs', operator: 'equal', formulae: ['"ШНОР"'] });
    expect(text.style?.font?.bold).toBe(true);
    expect(text.style?.fill).toMatchObject({ bgColor: { argb: 'FFFFEB9C' } });
    expect(between).toMatchObject({ type: 'cellIs', operator: 'between', formulae: ['0.1', '0.2'] });
    const scale = conditionalFormats(sheet('Динамика'))[0];
    expect(scale.ref).toBe('E2:E3');
    expect(scale.rules[0]).toMatchObject({
      type: 'colorScale',
      cfvo: [{ type: 'min' }, { type: 'num', value: 0 }, { type: 'max' }],
      color: [{ argb: 'FF63BE7B' }, { argb: 'FFFFFFFF' }, { argb: 'FFF8696B' }],
    });
  });
});

describe('notes', () => {
  it('reads back every note text on its cell', () => {
    const ws = sheet('ШНОР 2024');
    for (const note of shnorSheet.notes) {
      const value = ws.getCell(note.cell).note;
      const text = typeof value === 'string' ? value : (value?.texts ?? []).map((t) => t.text).join('');
      expect(text).toBe(note.text);
    }
    expect(ws.getCell('A5').note).toBeUndefined();
  });

  it('writes a VML shape for each note so readers show the marker', async () => {
    const files = [...(await entries(output)).keys()];
    const vml = files.filter((f) => /vmlDrawing\d+\.vml$/.test(f));
    expect(vml).toHaveLength(1);
    const text = await textOfEntry(output, vml[0]);
    expect(text.match(/ObjectType="Note"/g)).toHaveLength(shnorSheet.notes.length);
    expect(text).toContain('<x:Row>3</x:Row><x:Column>0</x:Column>');
    expect(text).toContain('<x:Row>5</x:Row><x:Column>1</x:Column>');
  });
});

describe('charts', () => {
  function all(el: XmlElement, local: string): XmlElement[] {
    const out: XmlElement[] = [];
    const walk = (e: XmlElement): void => {
      if (localName(e.name) === local) out.push(e);
      e.children.forEach(walk);
    };
    walk(el);
    return out;
  }

  it('writes one chart part per chart, referenced from the sheet through its drawing', async () => {
    const files = [...(await entries(output)).keys()];
    expect(files.filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(summarySheet.charts.length);
    const drawings = files.filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(1);
    const drawing = await textOfEntry(output, drawings[0]);
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(3);
    // First chart spans E1:L14 → from col 4 row 0 to col 12 row 14 (0-based, end exclusive).
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row>');
  });

  it('gives each chart its type, title, axis titles, series references and cached values', async () => {
    const files = [...(await entries(output)).keys()].filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort();
    const charts = await Promise.all(files.map(async (f) => {
      const xml = await textOfEntry(output, f);
      return { xml, root: parseXml(xml) };
    }));
    const byTitle = new Map(charts.map((c) => [textOf(c.xml, all(c.root, 'title')[0]), c]));
    const column = byTitle.get('Число ШНОР по годам');
    const line = byTitle.get('Доля «2» в районе');
    const bar = byTitle.get('Доля «2» по процедурам');
    if (!column || !line || !bar) throw new Error(`titles: ${[...byTitle.keys()].join(', ')}`);

    const barChart = all(column.root, 'barChart')[0];
    expect(childNamed(barChart, 'barDir')?.attrs.val).toBe('col');
    expect(childNamed(barChart, 'grouping')?.attrs.val).toBe('clustered');
    expect(all(column.root, 'catAx').length).toBe(1);
    expect(all(column.root, 'valAx').length).toBe(1);
    expect(textOf(column.xml, all(all(column.root, 'catAx')[0], 'title')[0])).toBe('Год');
    expect(textOf(column.xml, all(all(column.root, 'valAx')[0], 'title')[0])).toBe('Школ');
    expect(all(column.root, 'legend')).toHaveLength(1);
    const ser = all(column.root, 'ser')[0];
    const f = (parent: string): string => textOf(column.xml, all(childNamed(ser, parent) as XmlElement, 'f')[0]);
    expect(f('tx')).toBe("'Сводка'!$B$2");
    expect(f('cat')).toBe("'Сводка'!$A$3:$A$5");
    expect(f('val')).toBe("'Сводка'!$B$3:$B$5");
    const cache = (parent: string): string[] =>
      all(childNamed(ser, parent) as XmlElement, 'pt').map((pt) => textOf(column.xml, childNamed(pt, 'v') as XmlElement));
    expect(cache('tx')).toEqual(['Число ШНОР']);
    expect(cache('cat')).toEqual(['2022', '2023', '2024']);
    expect(cache('val')).toEqual(['4', '5', '3']);
    expect(all(childNamed(ser, 'val') as XmlElement, 'numCache')).toHaveLength(1);
    expect(all(childNamed(ser, 'cat') as XmlElement, 'strCache')).toHaveLength(1);

    const lineChart = all(line.root, 'lineChart')[0];
    expect(lineChart).toBeDefined();
    expect(all(lineChart, 'marker').some((m) => childNamed(m, 'symbol')?.attrs.val === 'circle')).toBe(true);

    expect(childNamed(all(bar.root, 'barChart')[0], 'barDir')?.attrs.val).toBe('bar');
    const barSeries = childrenNamed(all(bar.root, 'barChart')[0], 'ser');
    expect(barSeries.map((s) => textOf(bar.xml, all(childNamed(s, 'val') as XmlElement, 'f')[0]))).toEqual([
      "'Сводка'!$B$8:$B$9",
      "'Сводка'!$C$8:$C$9",
    ]);
  });
});

describe('tracking', () => {
  it('records the output sheets in the ShnorOutputSheets custom property', async () => {
    const custom = await textOfEntry(output, 'docProps/custom.xml');
    expect(custom).toContain(`name="${TRACKED_PROPERTY}"`);
    expect(await textOfEntry(output, '[Content_Types].xml')).toContain('/docProps/custom.xml');
    expect(await textOfEntry(output, '_rels/.rels')).toContain('custom-properties');
    const reopened = await XlsxWorkbook.open(output, 'out.xlsx');
    expect(await reopened.readTracked()).toEqual(sampleReport.sheets.map((s) => ({ name: s.name, kind: s.kind })));
  });
});
