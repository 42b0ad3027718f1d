// The streaming worksheet row parser: same rows whatever the chunking; shared, inline and rich strings; prefixes; no `r`.
import { SheetRowParser, parseSharedStrings } from '../../src/adapters/xlsx/sheetRows';
import { RawValue } from '../../src/ingest/grid';

const SHEET = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="main"><x:sheetData>` +
  `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Всего баллов</x:t></x:is></x:c></x:row>` +
  `<x:row r="2" spans="1:3"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:v>12.5</x:v></x:c><x:c r="C2" t="str"><x:v xml:space="preserve">A &amp; B</x:v></x:c></x:row>` +
  `<x:row r="4"/>` +
  `<x:row r="5"><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>7</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>` +
  `<x:row><x:c r="B6" t="inlineStr"><x:is><x:r><x:t>МБОУ </x:t></x:r><x:r><x:t xml:space="preserve">«СОШ»</x:t></x:r></x:is></x:c></x:row>` +
  `</x:sheetData><x:rowBreaks count="0"/></x:worksheet>`;
const SST = `<sst><si><t>логин школы</t></si><si><r><t>sch</t></r><r><t>220001</t></r><rPh><t>ふりがな</t></rPh></si><si><t/></si></sst>`;

function parse(chunks: readonly string[]): [number, RawValue[]][] {
  const rows: [number, RawValue[]][] = [];
  const parser = new SheetRowParser(parseSharedStrings(SST), (r, v) => rows.push([r, v]));
  for (const c of chunks) parser.push(c);
  return rows;
}

describe('SheetRowParser', () => {
  const expected: [number, RawValue[]][] = [
    [1, ['логин школы', null, 'Всего баллов']],
    [2, ['sch220001', 12.5, 'A & B']],
    [5, [null, 7, true]],
    [6, [null, 'МБОУ «СОШ»']],
  ];

  it('reads rows with shared, inline and rich strings, numbers, booleans; errors and empty strings are blanks', () => {
    expect(parse([SHEET])).toEqual(expected);
  });

  it('gives the same rows whatever the chunk boundaries (every split point, and 1-character chunks)', () => {
    for (let i = 1; i < SHEET.length; i += 7) expect(parse([SHEET.slice(0, i), SHEET.slice(i)])).toEqual(expected);
    expect(parse([...SHEET])).toEqual(expected);
  });

  it('stops when asked: later rows are not read', () => {
    const rows: number[] = [];
    const parser: SheetRowParser = new SheetRowParser(parseSharedStrings(SST), (r) => {
      rows.push(r);
      if (r === 2) parser.stop();
    });
    parser.push(SHEET);
    expect(rows).toEqual([1, 2]);
    expect(parser.stopped).toBe(true);
  });
});
