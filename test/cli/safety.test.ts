// The CLI never destroys a user's file: outputs that are inputs are refused, JSON never lands on a workbook, writes are
// whole or absent, every failure is one Russian sentence, and one bad file does not stop a batch.
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { writeFileAtomic } from '../../src/cli/safeWrite';
import { ResultJson } from '../../src/cli/resultJson';
import { runCli } from './runCli';

const examples = path.resolve(__dirname, '../../../shared/examples');
let tmp: string;

const run = runCli;

function copyExample(name: string, as = name): string {
  const file = path.join(tmp, as);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(path.join(examples, name), file);
  return file;
}

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-safety-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('outputs that would overwrite an input are refused (exit 1), the input unchanged', () => {
  const cases: [string, (input: string) => string][] = [
    ['the same path', (input) => input],
    ['the same file through "./" and "..", not the same string', (input) => path.join(path.dirname(input), '.', '..', path.basename(path.dirname(input)), path.basename(input))],
    ['a hard link to the input', (input) => { const link = path.join(tmp, 'link.xlsx'); fs.linkSync(input, link); return link; }],
    ['a symbolic link to the input', (input) => { const link = path.join(tmp, 'symlink.xlsx'); fs.symlinkSync(input, link); return link; }],
  ];
  it.each(cases)('--out: %s', async (_label, outOf) => {
    const input = copyExample('long.xlsx');
    const before = fs.readFileSync(input);
    const r = await run(['analyze', input, '--out', outOf(input)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/указывает на входной файл .*исходные данные не перезаписываются/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('--json onto an input, and onto a workbook under a .json name', async () => {
    const input = copyExample('long.xlsx');
    const before = fs.readFileSync(input);
    expect((await run(['analyze', input, '--json', input])).code).toBe(1);
    const disguised = copyExample('wide.xlsx', 'result.json');
    const r = await run(['analyze', input, '--json', disguised]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('по этому пути лежит книга Excel — она не будет перезаписана');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readFileSync(disguised).equals(fs.readFileSync(path.join(examples, 'wide.xlsx')))).toBe(true);
  });

  it('`--json 2023.xlsx 2024.xlsx` (the flag before the files) never turns the first workbook into JSON', async () => {
    const a = copyExample('long.xlsx', '2023.xlsx');
    const b = copyExample('wide.xlsx', '2024.xlsx');
    const before = fs.readFileSync(a);
    const r = await run(['analyze', '--json', a, b]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('— это имя книги, а не файла JSON; результат JSON никогда не записывается поверх книги');
    expect(fs.readFileSync(a).equals(before)).toBe(true);
  });
});

describe('writes are whole or absent, with the cause in Russian (exit 2)', () => {
  it('a missing folder, a folder as the path: nothing written, no temporary file left', async () => {
    const input = copyExample('wide.xlsx');
    const missing = await run(['analyze', input, '--out', path.join(tmp, 'нет такой папки', 'out.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('папка не существует. Файл не создан и не изменён.');
    fs.mkdirSync(path.join(tmp, 'folder.xlsx'));
    const folder = await run(['analyze', input, '--out', path.join(tmp, 'folder.xlsx')]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('по этому пути находится папка');
    expect(leftovers(tmp)).toEqual([]);
  });

  it('a full disk while writing: the old file stays as it was and the temporary file is removed', () => {
    const target = path.join(tmp, 'out.xlsx');
    fs.writeFileSync(target, 'previous');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    jest.spyOn(fs, 'writeSync').mockImplementation(() => { throw full; });
    expect(() => writeFileAtomic(target, new Uint8Array(1000))).toThrow(`Не удалось записать «${target}»: на диске не хватает места. Файл не создан и не изменён.`);
    expect(fs.readFileSync(target, 'utf8')).toBe('previous');
    expect(leftovers(tmp)).toEqual([]);
  });

  it('a device as the target is refused, never replaced', () => {
    expect(() => writeFileAtomic('/dev/null', 'x')).toThrow(/это не обычный файл/);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('the JSON is written before the workbook: a failed --out still leaves the JSON', async () => {
    const input = copyExample('wide.xlsx');
    const json = path.join(tmp, 'result.json');
    const r = await run(['analyze', input, '--json', json, '--out', path.join(tmp, 'нет', 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect((JSON.parse(fs.readFileSync(json, 'utf8')) as ResultJson).schools.length).toBeGreaterThan(0);
  });
});

describe('a batch with unreadable files goes on', () => {
  it('names each bad file with its reason, analyses the rest, lists the bad ones in the JSON', async () => {
    const good = copyExample('wide.xlsx');
    const word = path.join(tmp, 'отчёт.xlsx');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    fs.writeFileSync(word, await zip.generateAsync({ type: 'uint8array' }));
    const garbage = path.join(tmp, 'мусор.xlsx');
    fs.writeFileSync(garbage, 'это не книга');
    const r = await run(['analyze', word, good, garbage, '/dev/zero', '--json', '-']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Файл «отчёт.xlsx» не прочитан: это документ Word, а не книга Excel');
    expect(r.err).toContain('Файл «мусор.xlsx» не прочитан: файл назван .xlsx, но не является книгой Excel');
    expect(r.err).toContain('Файл «zero» не прочитан: это не обычный файл (устройство или канал)');
    const json = JSON.parse(r.out) as ResultJson;
    expect(json.schools.length).toBeGreaterThan(0);
    expect(json.warnings.filter((w) => w.sheet === '').map((w) => w.file)).toEqual(['отчёт.xlsx', 'мусор.xlsx', 'zero']);
  });

  it('two inputs with the same file name are told apart by their paths', async () => {
    const a = copyExample('wide.xlsx', path.join('2023', 'район.xlsx'));
    const b = copyExample('long.xlsx', path.join('2024', 'район.xlsx'));
    const r = await run(['analyze', a, b, '--json', '-']);
    expect(r.code).toBe(0);
    const files = new Set((JSON.parse(r.out) as ResultJson).warnings.map((w) => w.file));
    expect([...files].every((f) => f === a || f === b)).toBe(true);
  });

  it('exit 2 when no file can be read, each named', async () => {
    const r = await run(['analyze', path.join(tmp, 'нет.xlsx'), '--json', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Ни один файл не прочитан.');
    expect(r.err).toContain('Файл «нет.xlsx» не прочитан: файл не найден.');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
