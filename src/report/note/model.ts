// The аналитическая справка as a document model (headings, paragraphs, lists, tables, header lines, signature,
// appendices), rendered as a sheet and as .docx with the same text.

export type NoteCell = string | number | null;

export type NoteBlock =
  /** A numbered section heading of the main text. */
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  /** Bulleted items; `numbered` for «Выводы и предложения» (the numbers are part of the text). */
  | { readonly type: 'list'; readonly items: readonly string[]; readonly numbered?: boolean }
  | { readonly type: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly NoteCell[])[]; readonly widths: readonly number[] }
  /** Header lines: the organ, the addressee (right), the title (centre, bold), the period and data. */
  | { readonly type: 'lines'; readonly lines: readonly string[]; readonly align: 'left' | 'center' | 'right'; readonly bold?: boolean; readonly italic?: boolean; readonly large?: boolean }
  /** «Должность ____ И. О. Фамилия», then the date. */
  | { readonly type: 'signature'; readonly position: string; readonly executor: string; readonly date: string }
  /** «Приложение 1. Перечень ШНОР»: starts a new page. */
  | { readonly type: 'appendix'; readonly text: string };

export interface NoteDoc {
  /** The document's title (also its .docx title). */
  readonly title: string;
  readonly blocks: readonly NoteBlock[];
}

/** The header and signature fields (saved with the workbook's settings). */
export type { NoteSettings } from '../../ingest/types';
