// The справка as a Word document (.docx) with the `docx` library: A4 portrait, header lines, headings, paragraphs,
// lists, tables, the signature line, appendices on new pages — the blocks (and text) the sheet gets.
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, PageNumber, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { NoteBlock, NoteCell, NoteDoc } from '../../report/note/model';
import { xmlSafeDeep } from '../../report/sanitize/xmlText';

/** A4 in twentieths of a point, margins of 2 cm (left 3 cm, as Russian documents are bound on the left). */
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, right: 850, bottom: 1134, left: 1701 } };
const FONT = 'Times New Roman';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function cellText(value: NoteCell): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/** The text width of the page in points (A4 less the margins). */
const TEXT_WIDTH_PT = (PAGE.width - PAGE.margin.left - PAGE.margin.right) / 20;

/**
 * Column widths in percent: the block's proportions, but each column at least as wide as its longest header word in
 * bold 10 pt (≈ 6 pt a letter, plus the cell's padding), so that no header is broken inside a word.
 */
export function columnPercents(header: readonly string[], widths: readonly number[]): number[] {
  const total = widths.reduce((s, w) => s + w, 0) || 1;
  const min = header.map((h) => Math.min(60, ((Math.max(...h.split(/\s+/).map((w) => w.length)) * 6 + 14) / TEXT_WIDTH_PT) * 100));
  const out = header.map((_, i) => Math.max(min[i], ((widths[i] ?? 10) / total) * 100));
  let excess = out.reduce((s, w) => s + w, 0) - 100;
  while (excess > 0.01) {
    const spare = out.map((w, i) => Math.max(0, w - min[i]));
    const room = spare.reduce((s, w) => s + w, 0);
    if (room <= 0.01) break;
    const cut = Math.min(excess, room);
    out.forEach((_, i) => (out[i] -= (spare[i] / room) * cut));
    excess -= cut;
  }
  return out.map((w) => Math.floor(w));
}

function table(block: Extract<NoteBlock, { type: 'table' }>): Table {
  const percents = columnPercents(block.header, block.widths);
  const row = (cells: readonly NoteCell[], header: boolean): TableRow => new TableRow({
    tableHeader: header,
    children: cells.map((c, i) => new TableCell({
      width: { size: percents[i] ?? 10, type: WidthType.PERCENTAGE },
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
      ...(header ? { shading: { fill: 'DDEBF7' } } : {}),
      children: [new Paragraph({ children: [new TextRun({ text: cellText(c), bold: header, font: FONT, size: 20 })] })],
    })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))] });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** «Должность ____ И. О. Фамилия» on one line (a borderless table), the date under it. */
function signature(block: Extract<NoteBlock, { type: 'signature' }>): (Paragraph | Table)[] {
  const cell = (text: string, width: number, align: 'left' | 'center' | 'right'): TableCell => new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    verticalAlign: VerticalAlign.BOTTOM,
    children: [new Paragraph({ alignment: ALIGN[align], children: [new TextRun({ text, font: FONT, size: 24 })] })],
  });
  return [
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell(block.position, 45, 'left'), cell('________________', 25, 'center'), cell(block.executor, 30, 'right')] })] }),
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: block.date, font: FONT, size: 24 })] }),
  ];
}

function blocks(block: NoteBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'lines':
      return block.lines.map((line) => new Paragraph({
        alignment: ALIGN[block.align], spacing: { after: block.large ? 240 : 120 },
        ...(block.align === 'right' ? { indent: { left: 4536 } } : {}),
        children: [new TextRun({ text: line, bold: block.bold, italics: block.italic, font: FONT, size: block.large ? 28 : 24 })],
      }));
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 26 })] })];
    case 'appendix':
      return [new Paragraph({ pageBreakBefore: true, keepNext: true, alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 26 })] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new TextRun({ text: block.text, font: FONT, size: 24 })] })];
    case 'list':
      return block.items.map((item) => new Paragraph({
        alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 },
        ...(block.numbered ? { indent: { firstLine: 567 } } : { bullet: { level: 0 } }),
        children: [new TextRun({ text: item, font: FONT, size: 24 })],
      }));
    case 'table':
      return [table(block), new Paragraph({ children: [] })];
    case 'signature':
      return signature(block);
  }
}

/** The .docx bytes of the справка (works in Node and in the browser). */
export async function noteDocxBytes(unsafeDoc: NoteDoc): Promise<Uint8Array> {
  // `docx` passes U+FFFE/U+FFFF and C0 controls through, and Word refuses such a file.
  const doc = xmlSafeDeep(unsafeDoc);
  const file = new Document({
    creator: 'ШНОР',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ children: ['Стр. ', PageNumber.CURRENT, ' из ', PageNumber.TOTAL_PAGES], font: FONT, size: 18 })],
          })],
        }),
      },
      children: [
        ...doc.blocks.flatMap(blocks),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
