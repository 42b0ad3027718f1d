// Test inputs: one small district workbook and the ways real tools (and hostile files) write the same package.
import JSZip from 'jszip';
import { newWorkbookBytes } from '../../src/adapters/xlsx/newWorkbook';

/** A long table of ВПР-5 русский 2024: two ШНОР-level shares, one good school, a district row. */
export const BASE_ROWS: (string | number | null)[][] = [
  ['Результаты ВПР 2024, 5 класс, русский язык'],
  [],
  ['ОО', 'Участников', 'Доля «2», %'],
  ['МБОУ «Ивановская СОШ»', 20, 35],
  ['Петровская ООШ', 8, 50],
  ['Сидоровская СОШ', 40, 5],
  ['Ивановский район', 68, 16.18],
];
export const BASE_SHEET = 'ВПР 5 кл 2024 рус';

export async function baseWorkbook(rows = BASE_ROWS): Promise<Uint8Array> {
  return newWorkbookBytes([{ name: BASE_SHEET, values: rows }]);
}

export type Edit = (zip: JSZip) => Promise<void>;

export async function edited(bytes: Uint8Array, edit: Edit): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async('string');
}

async function rewrite(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  zip.file(name, change(await text(zip, name)));
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every element of the default namespace written with a prefix, as the OpenXML SDK does. */
function prefixed(xml: string, prefix: string): string {
  return xml
    .replace(`xmlns="${MAIN_NS}"`, `xmlns:${prefix}="${MAIN_NS}"`)
    .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (_m, slash: string, name: string) => `<${slash}${prefix}:${name}`);
}

/** The ways valid packages differ from what Excel writes. */
export const REAL_WRITERS: Readonly<Record<string, Edit>> = {
  'cells and rows without r attributes': (zip) => rewrite(zip, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<(c|row) r="[^"]*"/g, '<$1')),
  'x:-prefixed XML (OpenXML SDK)': async (zip) => {
    await rewrite(zip, 'xl/worksheets/sheet1.xml', (x) => prefixed(x, 'x'));
    await rewrite(zip, 'xl/workbook.xml', (x) => prefixed(x, 'x'));
  },
  'the workbook part at xl/book.xml': async (zip) => {
    zip.file('xl/book.xml', await text(zip, 'xl/workbook.xml'));
    zip.remove('xl/workbook.xml');
    zip.file('xl/_rels/book.xml.rels', await text(zip, 'xl/_rels/workbook.xml.rels'));
    zip.remove('xl/_rels/workbook.xml.rels');
    await rewrite(zip, '_rels/.rels', (x) => x.replace('Target="xl/workbook.xml"', 'Target="xl/book.xml"'));
    await rewrite(zip, '[Content_Types].xml', (x) => x.replace('PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"'));
  },
  'part names in another case': async (zip) => {
    zip.file('xl/worksheets/Sheet1.XML', await text(zip, 'xl/worksheets/sheet1.xml'));
    zip.remove('xl/worksheets/sheet1.xml');
  },
  'UTF-16 XML parts': async (zip) => {
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml']) {
      const xml = (await text(zip, name)).replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
      zip.file(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    }
  },
  'absolute relationship targets (openpyxl)': async (zip) => {
    await rewrite(zip, 'xl/_rels/workbook.xml.rels', (x) => x.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
    await rewrite(zip, '_rels/.rels', (x) => x.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/$1"'));
  },
};

/** Hostile or broken packages: each must give a clear message or the intact part of the data, never library text. */
export const HOSTILE: Readonly<Record<string, Edit>> = {
  'a shared-string index out of range': (zip) => rewrite(zip, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<c r="A5"([^>]*) t="inlineStr"><is><t[^>]*>[^<]*<\/t><\/is><\/c>/, '<c r="A5"$1 t="s"><v>999</v></c>')),
  'a cell reference beyond XFD': (zip) => rewrite(zip, 'xl/worksheets/sheet1.xml', (x) => x.replace('<c r="C6"', '<c r="XFZ6"')),
  'a truncated sheet': (zip) => rewrite(zip, 'xl/worksheets/sheet1.xml', (x) => x.slice(0, Math.floor(x.length * 0.7))),
  'an XML entity bomb': (zip) => rewrite(zip, 'xl/worksheets/sheet1.xml', (x) => {
    const lol = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>';
    return x.replace(/(<\?xml[^>]*\?>)/, `$1${lol}`).replace('Петровская ООШ', '&h;');
  }),
  'a dangling sheet relationship': async (zip) => {
    await rewrite(zip, 'xl/workbook.xml', (x) => x.replace('</sheets>', '<sheet name="Потерянный" sheetId="7" r:id="rId77"/></sheets>'));
    await rewrite(zip, 'xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'));
  },
};
