// Sheet «Контекст» and its scatter chart: the table from the analysis, the chart's series on the sheet's own cells, both adapters.
import { SaxesParser } from 'saxes';
import { analyze } from '../../src/core/analyze';
import { params } from '../../src/core/testing/builders';
import { NOTABLE, socialDistrict } from '../../src/core/testing/socialDistrict';
import { buildReport } from '../../src/report/buildReport';
import { ChartSpec, SheetSpec } from '../../src/report/model';
import { chartXml } from '../../src/adapters/xlsx/package/charts';
import { parseRange } from '../../src/report/a1';
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import { createFakeExcel } from '../../src/preview/fakeExcel/fakeExcel';
import { FakeWorkbook } from '../../src/preview/fakeExcel/fakeWorkbook';

const analysis = analyze(socialDistrict(NOTABLE, true), params({ targetYear: 2024 }));
const report = buildReport(analysis, { generatedAt: new Date(2024, 10, 1), version: 'test', files: [], sources: [] });
const sheet = report.sheets.find((s) => s.kind === 'context') as SheetSpec;
const chart = sheet.charts[0] as ChartSpec;

function cells(range: string): unknown[] {
  const r = parseRange(range);
  if (!r) throw new Error(range);
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(sheet.values[row - 1]?.[col - 1] ?? null);
  return out;
}

/** Excel names a one-cell range by its cell: «D35:D35» → «D35». */
function single(range: string): string {
  return range.replace(/^([A-Z]+\d+):\1$/, '$1');
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

describe('the «Контекст» sheet', () => {
  test('is written only with a context sheet in the data', () => {
    expect(sheet.name).toBe('Контекст');
    const without = analyze({ ...socialDistrict(NOTABLE, true), social: undefined }, params({ targetYear: 2024 }));
    expect(buildReport(without, { generatedAt: new Date(), version: 't', files: [], sources: [] }).sheets.some((s) => s.kind === 'context')).toBe(false);
  });
  test('states the method and the fit with n, intercept, slope and R²', () => {
    const text = sheet.values.slice(0, 8).map((r) => String(r[0] ?? '')).join('\n');
    const fit = analysis.social?.fit;
    expect(text).toContain(`по ${fit?.n} школам`);
    expect(text).toContain('R² =');
    expect(text).toContain('ШНСУ — 25 %');
  });
  test('a row per school with index, pooled result, n, expected, interval, group, conclusion', () => {
    const header = sheet.values.findIndex((r) => r[0] === 'Образовательная организация');
    const row = sheet.values.slice(header + 1).find((r) => r[0] === 'Школа № 19') ?? [];
    const s = analysis.social?.schools.get('s19');
    expect(row.slice(1, 12)).toEqual(['Озёрский район', '—', s?.socialIndex, 4, s?.result, 200, s?.expected, s?.low, s?.high, 'лучше ожидаемого', 'да']);
    expect(row[12]).toBe('резильентная');
    const s3 = sheet.values.slice(header + 1).find((r) => r[0] === 'Школа № 3') ?? [];
    expect(s3[2]).toBe('ШНОР');
    expect(s3[12]).toBe('низкие результаты не объясняются условиями');
    expect(s3[14]).toBe('Школа № 3');
  });
});

describe('the scatter chart', () => {
  test('each group its own series; x = index, y = доля «2», on the sheet\'s cells; ШНОР labelled', () => {
    expect(chart.type).toBe('scatter');
    const names = chart.series.map((s) => s.name);
    // No school of this district is better than expected without being ШНСУ: no empty «Лучше ожидаемого» series.
    expect(names).toEqual(['Хуже ожидаемого', 'Резильентные (ШНСУ лучше ожидаемого)', 'Как ожидается', 'Ожидаемая доля «2» (линия)', 'Граница ШНСУ (25 % с наибольшим индексом)']);
    const plotted = chart.series.filter((s) => s.marker !== 'none');
    const xs = plotted.flatMap((s) => cells(s.xValues as string));
    const ys = plotted.flatMap((s) => cells(s.values));
    const social = analysis.social;
    const expected = [...(social?.schools.values() ?? [])].filter((s) => s.group !== undefined);
    expect(xs.length).toBe(expected.length);
    expect(new Set(xs)).toEqual(new Set(expected.map((s) => s.socialIndex)));
    expect(new Set(ys)).toEqual(new Set(expected.map((s) => s.result)));
    const labels = plotted.flatMap((s) => cells(s.labels as string)).filter((v) => v !== '');
    const resilient = [...(social?.resilientKeys ?? [])].map((k) => analysis.dataset.schools.find((x) => x.key === k)?.name);
    const shnor = analysis.identification.verdicts.filter((v) => v.status === 'shnor').map((v) => v.name);
    expect([...labels].sort()).toEqual([...shnor, ...resilient].sort());
    // The series name cells hold the names; the line's two points lie on the fitted line.
    for (const s of chart.series) expect(cells(s.nameRef)[0]).toBe(s.name);
    const line = chart.series[3];
    const [x1, x2] = cells(line.xValues as string) as number[];
    const [y1, y2] = cells(line.values) as number[];
    const f = social?.fit;
    expect(y1).toBeCloseTo((f?.intercept ?? 0) + (f?.slope ?? 0) * x1, 10);
    expect(y2).toBeCloseTo((f?.intercept ?? 0) + (f?.slope ?? 0) * x2, 10);
  });

  test('xlsx: a well-formed DrawingML scatter with xVal/yVal, markers, the dashed boundary and the ШНОР names as point labels', () => {
    const xml = chartXml(chart, sheet.name, sheet.values);
    expect(() => wellFormed(xml)).not.toThrow();
    expect(xml).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/>');
    expect((xml.match(/<c:ser>/g) ?? []).length).toBe(5);
    expect((xml.match(/<c:xVal>/g) ?? []).length).toBe(5);
    expect(xml).toContain('<c:symbol val="triangle"/>');
    expect(xml).toContain('<a:prstDash val="dash"/>');
    expect((xml.match(/<c:valAx>/g) ?? []).length).toBe(2);
    expect(xml).toContain('<a:t>Школа № 3</a:t>');
    expect(xml).toContain('<c:min val="0"/>');
    expect(xml).toContain("<c:f>'Контекст'!$D$");
  });

  test('Office.js over the fake Excel: an XYScatter, one series per group with its marker, lines, labels (ExcelApi 1.8)', async () => {
    const wb = new FakeWorkbook();
    wb.setCell('Данные', 'A1', 'x');
    const fake = createFakeExcel(wb, { isSetSupported: () => true });
    const port = new ExcelWorkbook(fake.run, { isSetSupported: () => true });
    await port.writeOutput({ remove: [], add: [{ name: sheet.name, spec: sheet }] });
    const written = wb.getSheet('Контекст');
    const c = written?.charts[0];
    expect(c?.type).toBe('XYScatter');
    expect(c?.series.map((s) => s.name)).toEqual(chart.series.map((s) => s.name));
    expect(c?.series[0]).toMatchObject({ markerStyle: 'Triangle', markerBackgroundColor: '#C00000', values: single(chart.series[0].values), categories: single(chart.series[0].xValues as string) });
    expect(c?.series[3]).toMatchObject({ chartType: 'XYScatterLinesNoMarkers', line: { lineStyle: 'Continuous' } });
    expect(c?.series[4].line?.lineStyle).toBe('Dash');
    const labels = (c?.series ?? []).flatMap((s) => [...(s.labels?.values() ?? [])]).sort();
    expect(labels).toEqual(['Школа № 19', ...analysis.identification.verdicts.filter((v) => v.status === 'shnor').map((v) => v.name)].sort());
    expect(c?.yMin).toBe(0);
    expect(c?.from).toBe(chart.from);
  });

  test('older Excel: without ExcelApi 1.8 no labels; without 1.7 no scatter (the rest of the sheet is written)', async () => {
    for (const [minor, hasChart] of [[7, true], [6, false]] as const) {
      const supported = (_n: string, v: string): boolean => Number(v.split('.')[1]) <= minor;
      const wb = new FakeWorkbook();
      wb.setCell('Данные', 'A1', 'x');
      const fake = createFakeExcel(wb, { isSetSupported: supported });
      await new ExcelWorkbook(fake.run, { isSetSupported: supported }).writeOutput({ remove: [], add: [{ name: sheet.name, spec: sheet }] });
      const written = wb.getSheet('Контекст');
      expect(written?.charts.length).toBe(hasChart ? 1 : 0);
      if (hasChart) expect(written?.charts[0].series.every((s) => !s.labels || s.labels.size === 0)).toBe(true);
      expect(wb.getSheetSnapshot('Контекст').values[0][0]).toContain('Результаты с учётом социальных условий');
    }
  });
});

describe('the справка section', () => {
  test('names ШНСУ, резильентные and the ШНОР not explained by conditions, with the fit', () => {
    const blocks = report.note?.blocks ?? [];
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text.endsWith('Результаты с учётом социальных условий'));
    expect(at).toBeGreaterThan(0);
    const text = blocks.slice(at).map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Резильентные школы — ШНСУ с результатами лучше ожидаемого при своих условиях: Школа № 19.');
    expect(text).toContain('Низкие результаты не объясняются условиями (ШНОР вне ШНСУ с результатами хуже ожидаемого): Школа № 3');
    expect(text).toContain('относятся 5 школ: Школа № 16, Школа № 17, Школа № 18, Школа № 19 и Школа № 20.');
    expect(text).toContain('R² =');
  });
});
