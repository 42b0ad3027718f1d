// The справка as a Word document (.docx) with the `docx` library: A4 portrait, headings, paragraphs, lists, tables.
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, PageNumber, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { NoteBlock, NoteDoc } from '../../report/note/model';
import { xmlSafeDeep } from '../../report/sanitize/xmlText';

/** A4 in twentieths of a point, margins of 2 cm (left 3 cm, as Russian documents are bound on the left). */
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, right: 850, bottom: 1134, left: 1701 } };
const FONT = 'Times New Roman';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function cellText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

function table(block: Extract<NoteBlock, { type: 'table' }>): Table {
  const total = block.widths.reduce((s, w) => s + w, 0) || 1;
  const row = (cells: readonly (string | number | null)[], header: boolean): TableRow => new TableRow({
    tableHeader: header,
    children: cells.map((c, i) => new TableCell({
      width: { size: Math.round(((block.widths[i] ?? 10) / total) * 100), type: WidthType.PERCENTAGE },
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
      ...(header ? { shading: { fill: 'DDEBF7' } } : {}),
      children: [new Paragraph({ children: [new TextRun({ text: cellText(c), bold: header, font: FONT, size: 20 })] })],
    })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))] });
}

function blocks(block: NoteBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 26 })] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new TextRun({ text: block.text, font: FONT, size: 24 })] })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text: item, font: FONT, size: 24 })] }));
    case 'table':
      return [table(block), new Paragraph({ children: [] })];
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
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: doc.title, bold: true, font: FONT, size: 28 })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, italics: true, font: FONT, size: 22 })] }),
        ...doc.blocks.flatMap(blocks),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
