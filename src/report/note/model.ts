// The аналитическая справка as a document model (headings, paragraphs, lists, tables), rendered as a sheet and as .docx.

export type NoteBlock =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly (string | number | null)[])[]; readonly widths: readonly number[] };

export interface NoteDoc {
  readonly title: string;
  /** Territory and date line under the title. */
  readonly subtitle: string;
  readonly blocks: readonly NoteBlock[];
}
