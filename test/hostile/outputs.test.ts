// Issue 21 (C2): sanitised CLI output, valid derived names, settings and scales files read like inputs, --out safety.
import { spawnSync } from 'child_process';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { runCli } from '../cli/runCli';
import { terminalSafeText } from '../../src/report/sanitize/terminalText';
import { xmlSafeDeep, xmlSafeText } from '../../src/report/sanitize/xmlText';
import { paneSafeName } from '../../src/report/sanitize/paneText';
import { csvSheetName, validSheetName } from '../../src/adapters/files/derivedNames';
import { checkSheetName } from '../../src/adapters/xlsx/package/addSheet';
import { temporaryName, writeFileAtomic } from '../../src/cli/safeWrite';

jest.setTimeout(60000);

const CSV = fs.readFileSync(path.resolve(__dirname, '../fixtures/writers/libreoffice-district-utf8.csv'), 'utf8');
let dir: string;

beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-c2-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function put(name: string, text: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** No character a terminal acts on: ESC, CSI (U+009B), BEL, CR, bidi overrides and isolates. */
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('the terminal sanitiser', () => {
  it('shows control and bidi characters escaped and keeps Russian text, tabs, line feeds and no-break spaces', () => {
    expect(terminalSafeText('\u001b]0;title\u0007Лесная\u00a0СОШ\u202e№ 2\t\n')).toBe('\\u001b]0;title\\u0007Лесная\u00a0СОШ\\u202e№ 2\t\n');
    expect(terminalSafeText('\u009b2J\r')).toBe('\\u009b2J\\u000d');
  });

  it('everything the CLI prints passes it: school names, sheet names and file names in stdout and stderr', async () => {
    const hostile = CSV.replace('Петровская ООШ', 'Петровская\u001b[2J\u001b[31m\u0007 ООШ\u202eабв');
    const input = put('\u001b[2Jрайон.csv', hostile);
    const r = await runCli(['analyze', input, '--json', '-']);
    expect(r.code).toBe(0);
    expect(r.out + r.err).not.toMatch(TERMINAL_ACTIVE);
    expect(r.out).toContain('\\u001b[2J\\u001b[31m\\u0007');
    // JSON printed to stdout stays valid JSON with the same text (\uXXXX is a JSON escape).
    const json = JSON.parse(r.out) as { schools: { name: string }[] };
    expect(json.schools.map((s) => s.name).some((n) => n.includes('\u001b[2J\u001b[31m\u0007'))).toBe(true);
  });
});

describe('the XML and pane sanitisers', () => {
  it('XML 1.0: drops what no XML part may hold, everywhere in a nested value', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc\u0001d\uD800e\tf')).toBe('abcde\tf');
    expect(xmlSafeDeep({ title: 'x\uFFFF', blocks: [{ items: ['\u0000y'] }], n: 3 })).toEqual({ title: 'x', blocks: [{ items: ['y'] }], n: 3 });
  });

  it('pane: invisible format characters in a name are shown, controls dropped', () => {
    expect(paneSafeName('Лес\u200Bная\u0007 СОШ\u202e')).toBe('Лес⟦U+200B⟧ная СОШ⟦U+202E⟧');
    expect(paneSafeName('Лесная СОШ № 2')).toBe('Лесная СОШ № 2');
  });
});

/** Every XML part of a package, checked by xmllint (exit 0 only for well-formed XML). */
async function malformedParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const bad: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(name)) continue;
    const part = path.join(dir, 'part.xml');
    fs.writeFileSync(part, await entry.async('uint8array'));
    if (spawnSync('xmllint', ['--noout', part]).status !== 0) bad.push(name);
  }
  return bad;
}

describe('outputs stay well-formed XML whatever the names hold', () => {
  it('U+FFFE, U+FFFF and C0 controls in school names: the .docx справка and the .xlsx copy are well-formed', async () => {
    const hostile = CSV.replace('Ивановская', 'Ива\uFFFEнов\u0001ская\uFFFF').replace('Петровская', 'Пет\uFFFFровская\u0008');
    const input = put('район.csv', hostile);
    const report = path.join(dir, 'справка.docx');
    const out = path.join(dir, 'out.xlsx');
    const r = await runCli(['analyze', input, '--report', report, '--out', out, '--json', path.join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    const document = await (await JSZip.loadAsync(fs.readFileSync(report))).file('word/document.xml')?.async('string');
    expect(document).toContain('Ивановская');
    expect(await malformedParts(report)).toEqual([]);
    expect(await malformedParts(out)).toEqual([]);
  });
});

describe('derived names are always valid', () => {
  it.each([
    ['Результаты [2024].csv', 'Результаты (2024)'],
    ["'Итоги'.csv", 'Итоги'],
    ['history.csv', 'history (1)'],
    ['a:b?c*d.csv', 'a_b_c_d'],
    ["'''.csv", 'CSV'],
    [`${'Очень длинное имя файла '.repeat(4)}.csv`, 'Очень длинное имя файла Очень д'],
  ])('CSV «%s» is read as sheet «%s», a name Excel accepts', (file, sheet) => {
    expect(csvSheetName(file)).toBe(sheet);
    expect(() => checkSheetName(csvSheetName(file))).not.toThrow();
  });

  it('a 31-character cut never leaves half of a character', () => {
    const name = validSheetName(`${'я'.repeat(30)}😀😀`);
    expect(name).toBe('я'.repeat(30));
  });

  it.each(['Результаты [2024].csv', "'Итоги'.csv", 'history.csv'])('«%s» is analysed and the copy written', async (file) => {
    const input = put(file, CSV);
    const out = path.join(dir, 'out.xlsx');
    const r = await runCli(['analyze', input, '--out', out, '--json', path.join(dir, 'r.json')]);
    expect(r.err).not.toContain('Недопустимое имя листа');
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('the temporary name fits 255 bytes whatever the output name; a 241-byte output name is written', () => {
    const long = `${'ш'.repeat(118)}.json`; // 241 bytes
    expect(Buffer.byteLength(long)).toBe(241);
    expect(Buffer.byteLength(temporaryName(long))).toBeLessThanOrEqual(255);
    writeFileAtomic(path.join(dir, long), '{}');
    expect(fs.readFileSync(path.join(dir, long), 'utf8')).toBe('{}');
    expect(fs.readdirSync(dir)).toEqual([long]);
  });
});

describe('a replaced file keeps its mode', () => {
  it('an output of mode 600 stays 600 when written again', () => {
    const target = put('private.json', 'old');
    fs.chmodSync(target, 0o600);
    writeFileAtomic(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });
});

describe('--out never replaces a file that is not the product’s own output without --force', () => {
  it('`--out 2023.xlsx 2024.csv` keeps the department’s 2023 file and says how to replace it', async () => {
    const earlier = put('2023.xlsx', fs.readFileSync(path.resolve(__dirname, '../fixtures/writers/openpyxl-district.xlsx')));
    const before = fs.readFileSync(earlier);
    const input = put('2024.csv', CSV);
    const r = await runCli(['analyze', '--out', earlier, input]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('такой файл уже есть, и это не книга с результатами ШНОР — он не будет заменён');
    expect(r.err).toContain('--force');
    expect(Buffer.compare(fs.readFileSync(earlier), before)).toBe(0);
    const forced = await runCli(['analyze', '--out', earlier, input, '--force']);
    expect(forced.code).toBe(0);
    expect(Buffer.compare(fs.readFileSync(earlier), before)).not.toBe(0);
  });

  it('the product’s own earlier output is replaced without --force (a rerun); any other file is not', async () => {
    const input = put('район.csv', CSV);
    const out = path.join(dir, 'шнор.xlsx');
    expect((await runCli(['analyze', input, '--out', out])).code).toBe(0);
    expect((await runCli(['analyze', input, '--out', out])).code).toBe(0);
    const text = put('notes.xlsx', 'заметки');
    expect((await runCli(['analyze', input, '--out', text])).code).toBe(1);
    expect(fs.readFileSync(text, 'utf8')).toBe('заметки');
  });
});

describe('settings and scales files are read like inputs', () => {
  const input = (): string => put('район.csv', CSV);

  it.each([
    ['/dev/zero', 'это не обычный файл'],
    ['folder', 'это папка, а не файл'],
    ['missing.json', 'файл не найден'],
  ])('--settings %s → one Russian sentence, exit 2', async (name, text) => {
    fs.mkdirSync(path.join(dir, 'folder'));
    const file = name.startsWith('/') ? name : path.join(dir, name);
    const r = await runCli(['analyze', input(), '--settings', file, '--json', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('a settings file bigger than the limit is refused without reading it', async () => {
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 64 * 1024 * 1024);
    const r = await runCli(['analyze', input(), '--settings', big, '--json', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('файл больше 4 МБ');
  });

  it.each([
    ['{ "Лист": ', 'не JSON'],
    ['null', 'не объект JSON'],
    ['[1, 2]', 'не объект JSON'],
    ['{ "Лист": 5 }', 'не удалось понять запись «Лист»'],
  ])('malformed settings %s → our own sentence, no engine text', async (text, expected) => {
    const r = await runCli(['analyze', input(), '--settings', put('s.json', text), '--json', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(expected);
    expect(r.err).not.toMatch(/Unexpected|JSON at position|is not valid|Cannot read/);
  });

  it('a sheet or a school the settings name and the data does not have is a warning naming it', async () => {
    const settings = put('s.json', JSON.stringify({
      'Нет такого листа': { excluded: true },
      '*': { schoolMerges: [['Ивановская СОШ', 'Несуществующая школа']], partners: { 'Петровская ООШ': ['Призрачная гимназия'] } },
    }));
    const r = await runCli(['analyze', input(), '--settings', settings, '--json', '-']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('листа «Нет такого листа» нет ни в одном входном файле');
    expect(r.err).toContain('школы «Несуществующая школа» нет в данных');
    expect(r.err).toContain('школы «Призрачная гимназия» нет в данных');
    expect(r.err).not.toContain('школы «Ивановская СОШ»');
    const json = JSON.parse(r.out) as { warnings: { message: string }[] };
    expect(json.warnings.some((w) => w.message.includes('Нет такого листа'))).toBe(true);
  });

  it.each([
    ['null', 'нет списка строк'],
    ['{ "rows": [null, 5] }', ''],
    ['[', 'не JSON'],
  ])('--scales JSON %s → exit 0/2 with our own sentence', async (text, expected) => {
    const r = await runCli(['analyze', input(), '--scales', put('scales.json', text), '--json', '-']);
    expect([0, 2]).toContain(r.code);
    expect(r.err).toContain(expected);
    expect(r.err).not.toMatch(/Cannot read|Unexpected|непредвиденная/);
  });

  it('--scales /dev/zero is refused at once', async () => {
    const r = await runCli(['analyze', input(), '--scales', '/dev/zero', '--json', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('это не обычный файл');
  });
});

describe('xmlSafeDeep keeps user keys as data', () => {
  it('copies a key «__proto__» as an own property without changing the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "\uFFFEда"}, "name": "Лес\uFFFFная"}') as Record<string, unknown>;
    const out = xmlSafeDeep(input);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'да' });
    expect(out.name).toBe('Лесная');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
