// Pupil protocols inside an .xlsx package, read as a stream: each sheet probed by its first rows, protocols tallied.
import { RawValue } from '../../ingest/grid';
import { PROTOCOL_HEADER_SCAN, findProtocolHeader } from '../../ingest/protocols/columns';
import { titleLines } from '../../ingest/protocols/fromGrid';
import { ProtocolTallier, ProtocolTally } from '../../ingest/protocols/tally';
import { OpcPackage } from './package/opcPackage';
import { REL, isRelType, readRels, workbookPartPath } from './package/rels';
import { readSheetEntries } from './package/workbookXml';
import { SheetRowParser, parseSharedStrings } from './sheetRows';

export interface ProtocolPackageRead {
  /** Protocol sheets, tallied per school. */
  readonly tallies: readonly ProtocolTally[];
  /** The other sheets, in workbook order (read as grids by the usual reader). */
  readonly otherSheets: readonly string[];
}

type Probe = { kind: 'protocol'; tally: ProtocolTally } | { kind: 'other' };

/** Streams one worksheet: its first rows decide; a protocol is tallied to the end, anything else is left at once. */
async function probeSheet(pkg: OpcPackage, part: string, sst: readonly string[], file: string, sheet: string): Promise<Probe> {
  const head: { row: number; values: RawValue[] }[] = [];
  let tallier: ProtocolTallier | undefined;
  let decided = false;
  const decide = (): void => {
    decided = true;
    const found = findProtocolHeader(head.map((h) => h.values));
    if (!found) return;
    const values = head.map((h) => h.values);
    tallier = new ProtocolTallier(file, sheet, found.columns, head[found.index].row, titleLines(values, found.index));
    for (const h of head.slice(found.index + 1)) tallier.add(h.row, h.values);
  };
  const parser = new SheetRowParser(sst, (row, values) => {
    if (tallier) return tallier.add(row, values);
    if (decided) return parser.stop();
    head.push({ row, values });
    if (head.length >= PROTOCOL_HEADER_SCAN) {
      decide();
      if (!tallier) parser.stop();
    }
  });
  await pkg.streamText(part, (chunk) => {
    parser.push(chunk);
    return !parser.stopped;
  });
  if (!decided) decide();
  return tallier ? { kind: 'protocol', tally: tallier.finish() } : { kind: 'other' };
}

/**
 * The protocols of a workbook package, streamed; undefined when the package has none (or cannot be opened this way:
 * the usual reader then reads it and says what is wrong).
 */
export async function readProtocolPackage(bytes: Uint8Array, fileName: string): Promise<ProtocolPackageRead | undefined> {
  let pkg: OpcPackage;
  let entries: ReturnType<typeof readSheetEntries>;
  let wbPath: string;
  try {
    pkg = await OpcPackage.loadForReading(bytes);
    wbPath = await workbookPartPath(pkg);
    const xml = await pkg.readText(wbPath);
    if (xml === undefined) return undefined;
    entries = readSheetEntries(xml);
  } catch {
    return undefined;
  }
  const rels = await readRels(pkg, wbPath);
  const sstRel = rels.find((r) => isRelType(r, REL.sharedStrings));
  const sstXml = sstRel ? await pkg.readText(sstRel.part) : undefined;
  const sst = sstXml ? parseSharedStrings(sstXml) : [];
  const tallies: ProtocolTally[] = [];
  const otherSheets: string[] = [];
  for (const entry of entries) {
    const part = rels.find((r) => r.id === entry.relId)?.part;
    const probe = part ? await probeSheet(pkg, part, sst, fileName, entry.name) : ({ kind: 'other' } as Probe);
    if (probe.kind === 'protocol') tallies.push(probe.tally);
    else otherSheets.push(entry.name);
  }
  return tallies.length === 0 ? undefined : { tallies, otherSheets };
}
