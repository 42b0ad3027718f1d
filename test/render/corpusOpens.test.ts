// The outputs of the robustness corpus open in LibreOffice: one case of each class, converted in one headless call.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { corpus } from '../robustness/corpus';

/** One case of each class: mutations of each kind, other writers, hostile packages, other formats. */
const PICKED = [
  /^long: an error value #N\/A/, /^wide: a lone surrogate in a name/, /^blocks: control characters in a name/,
  /^fisoko-vpr5-math-2024: a very long name/, /^severo-ozersky: as it is/, /^package: x:-prefixed XML/,
  /^package: UTF-16 XML parts/, /^package: a dangling sheet relationship/, /^written by another tool: libreoffice-district\.xls$/,
  /^written by another tool: excel-district-1251\.csv$/, /^written by another tool: openpyxl-resaved-output\.xlsx$/,
];

test('every picked corpus output converts to a non-empty PDF in LibreOffice', async () => {
  const cases = corpus();
  const picked = PICKED.map((re) => cases.find((c) => re.test(c.name)));
  expect(picked.every((c) => c !== undefined)).toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-corpus-lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-lo-profile-'));
  try {
    const outputs: string[] = [];
    for (const [i, c] of picked.entries()) {
      if (!c) continue;
      const input = path.join(dir, `in${i}-${c.fileName}`);
      fs.writeFileSync(input, await c.bytes());
      const out = path.join(dir, `out${i}.xlsx`);
      const code = await main(['analyze', input, '--out', out], { stdout: () => undefined, stderr: () => undefined, now: () => new Date('2024-11-23T10:00:00Z') });
      expect(code).toBe(0);
      outputs.push(out);
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...outputs], { stdio: 'ignore' });
    for (const out of outputs) {
      const pdf = out.replace(/\.xlsx$/, '.pdf');
      expect(fs.existsSync(pdf) && fs.statSync(pdf).size > 1000).toBe(true);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
