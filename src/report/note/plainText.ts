// The справка's text, block by block, as plain lines (tests, comparisons of the sheet and the .docx).
import { NoteBlock, NoteDoc } from './model';

export function blockText(b: NoteBlock): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'appendix':
      return b.text;
    case 'list':
      return b.items.join('\n');
    case 'lines':
      return b.lines.join('\n');
    case 'signature':
      return `${b.position} ${b.executor}\n${b.date}`;
    case 'table':
      return [b.header, ...b.rows].map((r) => r.map((c) => (c === null ? '' : String(c))).join(' | ')).join('\n');
  }
}

export function noteText(doc: NoteDoc): string {
  return doc.blocks.map(blockText).join('\n');
}
