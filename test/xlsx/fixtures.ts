// Test inputs: a user workbook with a chart, notes, a custom style, defined names, a hidden sheet and a name clash.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';
import { addSheet } from '../../src/adapters/xlsx/package/addSheet';
import { OpcPackage } from '../../src/adapters/xlsx/package/opcPackage';
import { openStyles, saveStyles } from '../../src/adapters/xlsx/package/stylesPart';
import { addDefinedName } from '../../src/adapters/xlsx/package/workbookXml';

/** Sheets of the user fixture, in order; "ШНОР 2024" is the user's own sheet that merely has the output's name. */
export const USER_SHEETS = ['Данные', 'Диаграмма', 'Скрытый', 'ШНОР 2024'];

/** A workbook as a user might have it: data, a sheet with a native chart and a note, a styled header, names. */
export async function userWorkbookWithChart(): Promise<Uint8Array> {
  const base = await newWorkbookBytes([
    { name: 'Данные', values: [['Школа', 'Доля «2»'], ['СОШ № 1', 0.31], ['СОШ № 2', 0.08], ['СОШ № 3', 0.12]] },
  ]);
  const pkg = await OpcPackage.load(base);
  const styles = await openStyles(pkg);
  await addSheet(
    pkg,
    'Диаграмма',
    {
      values: [['Год', 'Школ'], [2023, 5], [2024, 3]],
      numberFormats: [],
      styles: [{ range: 'A1:B1', style: { bold: true, fill: '92D050' } }],
      merges: [],
      columnWidths: [10, 10],
      conditionalFormats: [],
      notes: [{ cell: 'A1', text: 'Заметка пользователя' }],
      charts: [
        {
          type: 'column', title: 'Пользовательская диаграмма', categories: 'A2:A3',
          series: [{ name: 'Школ', nameRef: 'B1', values: 'B2:B3' }], from: 'D2', to: 'J15',
        },
      ],
    },
    styles.book,
  );
  const empty = { numberFormats: [], styles: [], merges: [], columnWidths: [], conditionalFormats: [], notes: [], charts: [] };
  await addSheet(pkg, 'Скрытый', { ...empty, values: [['служебный', 1]] }, styles.book);
  await addSheet(pkg, 'ШНОР 2024', { ...empty, values: [['Мой собственный лист', 42]] }, styles.book);
  saveStyles(pkg, styles);
  let wb = (await pkg.readText('xl/workbook.xml')) ?? '';
  wb = wb.replace('name="Скрытый"', 'name="Скрытый" state="hidden"');
  wb = addDefinedName(wb, 'Итого', 2, "'Скрытый'!$B$1", false);
  wb = wb.replace('</definedNames>', "<definedName name=\"Доли\">'Данные'!$B$2:$B$4</definedName></definedNames>");
  pkg.writeText('xl/workbook.xml', wb);
  return pkg.toBytes();
}

/** Every file entry of a package with its bytes. */
export async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

export async function textOfEntry(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async('string');
}

/** Loads package bytes into an ExcelJS workbook (its typings ask for a Node Buffer; any Uint8Array works). */
export async function loadInto(book: ExcelJS.Workbook, bytes: Uint8Array): Promise<void> {
  await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
}
