// `npm run check:api`: the adapter's Office.js members above the manifest minimum are all behind feature guards, and
// an unguarded newer call fails the check.
import fs from 'fs';
import os from 'os';
import path from 'path';

interface CheckApi {
  checkFiles: (files: string[], minimum: string, features: Map<string, string>) => { uses: Map<string, string>; failures: string[] };
  manifestMinimum: (file: string) => string;
  featureVersions: () => Map<string, string>;
}
// A CommonJS script run by npm and CI.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require('../../scripts/check-api') as CheckApi;

const root = path.resolve(__dirname, '../..');
const adapter = fs.readdirSync(path.join(root, 'src/adapters/excel')).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, 'src/adapters/excel', f));

describe('check:api', () => {
  it('maps every member the adapter uses to its requirement set and finds each newer one guarded', () => {
    const minimum = check.manifestMinimum(path.join(root, 'manifest.xml'));
    const { uses, failures } = check.checkFiles(adapter, minimum, check.featureVersions());
    expect(uses.get('Worksheet.notes')).toBe('1.18');
    expect(uses.get('AutoFilter.apply')).toBe('1.9');
    expect(uses.size).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 60_000);

  it('fails on an unguarded newer call and passes the same call behind its feature guard', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shnor-checkapi-'));
    try {
      const bad = path.join(dir, 'bad.ts');
      fs.writeFileSync(bad, 'export function f(sheet: Excel.Worksheet): void {\n  sheet.autoFilter.apply(sheet.getRange("A1:B2"));\n}\n');
      const good = path.join(dir, 'good.ts');
      fs.writeFileSync(good, 'export function f(sheet: Excel.Worksheet, features: { autoFilter: boolean }): void {\n  if (features.autoFilter) sheet.autoFilter.apply(sheet.getRange("A1:B2"));\n}\n');
      const early = path.join(dir, 'early.ts');
      fs.writeFileSync(early, 'export function f(sheet: Excel.Worksheet, features: { autoFilter: boolean }): void {\n  if (!features.autoFilter) return;\n  sheet.autoFilter.apply(sheet.getRange("A1:B2"));\n}\n');
      const positive = path.join(dir, 'positive.ts');
      fs.writeFileSync(positive, 'export function f(sheet: Excel.Worksheet, features: { autoFilter: boolean }): void {\n  if (features.autoFilter) return;\n  sheet.autoFilter.apply(sheet.getRange("A1:B2"));\n}\n');
      const result = check.checkFiles([bad, good, early, positive], '1.7', check.featureVersions());
      // The early exit `if (!features.autoFilter) return;` guards what follows; `if (features.autoFilter) return;` does not.
      expect(result.failures).toHaveLength(4);
      expect(result.failures.filter((f) => f.startsWith(path.relative(root, bad)))).toHaveLength(2);
      expect(result.failures.filter((f) => f.startsWith(path.relative(root, positive)))).toHaveLength(2);
      expect(result.failures[0]).toContain('needs ExcelApi 1.9 (manifest minimum 1.7) and is not behind a feature guard');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
