// Saves bytes as a file download from the page (a Blob URL, released after the click); nothing leaves the machine.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document, mime = XLSX_MIME): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Книга.xlsx" → "Книга — ШНОР.xlsx"; a macro-enabled book keeps .xlsm; .xls/.ods/.csv become a new .xlsx. */
export function outputFileName(source: string, macroEnabled = false): string {
  const base = source.replace(/\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i, '').trim() || 'Книга';
  return `${base} — ШНОР.${macroEnabled ? 'xlsm' : 'xlsx'}`;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "Книга.xlsx" → "Книга — справка ШНОР.docx". */
export function noteFileName(source: string): string {
  const base = source.replace(/\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i, '').trim() || 'Книга';
  return `${base} — справка ШНОР.docx`;
}
