// CSV as departments save it: ";" (Excel in Russia) or "," with quoted decimal commas, UTF-8 or Windows-1251.
import { decodeCsv, detectDelimiter, parseCsv } from '../../src/adapters/files/csvGrid';
import { readSpreadsheet } from '../../src/adapters/files/readSpreadsheet';
import { ingest } from '../../src/ingest/ingest';

describe('CSV', () => {
  it('tells the separator from the first lines, keeping quoted fields (with separators and line breaks) whole', () => {
    const comma = 'ОО,Участников,"Доля «2», %"\n"МБОУ ""Ивановская СОШ""",20,"35,5"\r\nПетровская ООШ,8,"50"\n';
    expect(detectDelimiter(comma)).toBe(',');
    expect(parseCsv(comma, ',')).toEqual([['ОО', 'Участников', 'Доля «2», %'], ['МБОУ "Ивановская СОШ"', '20', '35,5'], ['Петровская ООШ', '8', '50']]);
    expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
    expect(parseCsv('"две\nстроки";x', ';')).toEqual([['две\nстроки', 'x']]);
  });

  it('decodes UTF-8 (with or without BOM) and falls back to Windows-1251', () => {
    const text = 'Доля «2»';
    expect(decodeCsv(new TextEncoder().encode(text)).text).toBe(text);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).text).toBe(text);
    // "Доля" in Windows-1251.
    expect(decodeCsv(new Uint8Array([0xc4, 0xee, 0xeb, 0xff]))).toEqual({ text: 'Доля', encoding: 'Windows-1251' });
  });

  it('reads a comma-separated district table with decimal commas into results', () => {
    const csv = 'Результаты ВПР 2024, 5 класс, русский язык\nОО,Участников,"Доля «2», %"\nИвановская СОШ,20,"35,0"\nПетровская ООШ,8,"12,5"\n';
    const { grids, kind } = readSpreadsheet(new TextEncoder().encode(csv), 'впр.csv');
    expect(kind).toBe('csv');
    expect(ingest(grids).dataset.results.map((r) => [r.year, r.procedure.grade, r.share2])).toEqual([[2024, 5, 35], [2024, 5, 12.5]]);
  });
});
