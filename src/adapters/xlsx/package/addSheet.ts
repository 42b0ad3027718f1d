// Adds one sheet built from a sheet description, with its notes (comments + VML) and charts (drawing + chart parts).
import { columnLetters } from '../../../ingest/grid';
import { updateAppTitles } from './appProps';
import { chartXml, ChartFrame, drawingXml } from './charts';
import { changeContentTypes, CONTENT_TYPE } from './contentTypes';
import { commentsXml, claimBlocks, usedVmlBlocks, vmlXml } from './notes';
import { folderOf, freePartPath, OpcPackage } from './opcPackage';
import { quoteSheet, absoluteRef, parseRange } from './ranges';
import { addRelationship, allRelationshipTargets, REL, workbookPartPath, writeNewRels } from './rels';
import { StyleBook } from './styles';
import { addDefinedName, addSheetEntry, readSheetEntries } from './workbookXml';
import { autoFilterRef, SheetBody, worksheetXml } from './worksheetXml';

/** Excel's rules for a sheet name. */
export function checkSheetName(name: string): void {
  const bad = !name || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'");
  // "History" is reserved by Excel (change tracking).
  if (bad || name.toLowerCase() === 'history') {
    throw new Error(`Недопустимое имя листа «${name}»: до 31 символа, без \\ / ? * [ ] : и апострофа по краям.`);
  }
}

/** Adds sheet `name` at the end of the workbook; styles go to `styles` (the caller saves them once). */
export async function addSheet(pkg: OpcPackage, name: string, body: SheetBody, styles: StyleBook): Promise<void> {
  checkSheetName(name);
  const wbPath = await workbookPartPath(pkg);
  const wbXml = await pkg.readText(wbPath);
  if (wbXml === undefined) throw new Error('Файл .xlsx повреждён: нет части книги.');
  const entries = readSheetEntries(wbXml);
  if (entries.some((e) => e.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`Лист «${name}» уже есть в книге; надстройка не перезаписывает чужие листы.`);
  }
  const xl = folderOf(wbPath);
  const taken = await allRelationshipTargets(pkg);
  const sheetPath = freePartPath(pkg, `${xl}worksheets/sheet#.xml`, taken);
  const overrides: { part: string; contentType: string }[] = [{ part: sheetPath, contentType: CONTENT_TYPE.worksheet }];
  const sheetRels: { id: string; type: string; target: string }[] = [];
  const links: { drawing?: string; legacyDrawing?: string } = {};
  // The sheet part is reserved first so the numbering of the parts below cannot take its number.
  pkg.writeText(sheetPath, '');

  if (body.charts.length > 0) {
    const drawingPath = freePartPath(pkg, `${xl}drawings/drawing#.xml`, taken);
    const frames: ChartFrame[] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const [i, chart] of body.charts.entries()) {
      const chartPath = freePartPath(pkg, `${xl}charts/chart#.xml`, taken);
      pkg.writeText(chartPath, chartXml(chart, name, body.values));
      overrides.push({ part: chartPath, contentType: CONTENT_TYPE.chart });
      const relId = `rId${i + 1}`;
      drawingRels.push({ id: relId, type: REL.chart, target: chartPath });
      frames.push({ from: chart.from, to: chart.to, relId, title: chart.title });
    }
    pkg.writeText(drawingPath, drawingXml(frames));
    writeNewRels(pkg, drawingPath, drawingRels);
    overrides.push({ part: drawingPath, contentType: CONTENT_TYPE.drawing });
    links.drawing = `rId${sheetRels.length + 1}`;
    sheetRels.push({ id: links.drawing, type: REL.drawing, target: drawingPath });
  }

  if (body.notes.length > 0) {
    const commentsPath = freePartPath(pkg, `${xl}comments#.xml`, taken);
    pkg.writeText(commentsPath, commentsXml(body.notes));
    const vmlPath = freePartPath(pkg, `${xl}drawings/vmlDrawing#.vml`, taken);
    pkg.writeText(vmlPath, vmlXml(body.notes, claimBlocks(await usedVmlBlocks(pkg), body.notes.length)));
    overrides.push({ part: commentsPath, contentType: CONTENT_TYPE.comments });
    links.legacyDrawing = `rId${sheetRels.length + 1}`;
    sheetRels.push({ id: links.legacyDrawing, type: REL.vmlDrawing, target: vmlPath });
    sheetRels.push({ id: `rId${sheetRels.length + 1}`, type: REL.comments, target: commentsPath });
  }

  pkg.writeText(sheetPath, worksheetXml(body, styles, links));
  writeNewRels(pkg, sheetPath, sheetRels);

  const relId = await addRelationship(pkg, wbPath, REL.worksheet, sheetPath);
  let nextWb = addSheetEntry(wbXml, name, relId);
  const filter = autoFilterRef(body);
  const bounds = filter ? parseRange(filter) : undefined;
  if (bounds) {
    nextWb = addDefinedName(nextWb, '_xlnm._FilterDatabase', entries.length, `${quoteSheet(name)}!${absoluteRef(bounds)}`, true);
  }
  const repeat = body.print?.repeatRows;
  const repeatCols = body.print?.repeatColumns;
  const titles = [
    ...(repeatCols ? [`${quoteSheet(name)}!$${columnLetters(repeatCols.first)}:$${columnLetters(repeatCols.last)}`] : []),
    ...(repeat ? [`${quoteSheet(name)}!$${repeat.first}:$${repeat.last}`] : []),
  ];
  if (titles.length > 0) nextWb = addDefinedName(nextWb, '_xlnm.Print_Titles', entries.length, titles.join(','), false);
  // A compact print form: only its columns print (the others are for the screen).
  const area = body.print?.area ? parseRange(body.print.area) : undefined;
  if (area) nextWb = addDefinedName(nextWb, '_xlnm.Print_Area', entries.length, `${quoteSheet(name)}!${absoluteRef(area)}`, false);
  pkg.writeText(wbPath, nextWb);
  await changeContentTypes(pkg, {
    overrides,
    defaults: body.notes.length > 0 ? [{ extension: 'vml', contentType: CONTENT_TYPE.vml }] : [],
  });
  await updateAppTitles(pkg, entries.map((e) => e.name), [], [name]);
}
