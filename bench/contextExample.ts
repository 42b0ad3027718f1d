// Writes the example of a region with a social passport (issue 20): ~300 schools in 6 municipalities, results of 2023–2024
// and the «Социальный паспорт» sheet — test/fixtures/context-region.xlsx (`npm run generate:context-example`).
import fs from 'fs';
import path from 'path';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { districtSheet, generateDataset } from './district';
import { passportSheet } from './socialPassport';

const OPTIONS = { schools: 300, years: [2023, 2024], perMunicipality: 50, seed: 23 } as const;

export async function contextExampleBytes(): Promise<Uint8Array> {
  const dataset = generateDataset(OPTIONS);
  return newWorkbookBytes([
    { name: 'Результаты 2023–2024', values: districtSheet(OPTIONS), columnWidths: [8, 24, 40, 10, 8, 20, 12, 12, 12], freeze: { rows: 2, columns: 0 } },
    { name: 'Социальный паспорт', values: passportSheet(dataset), columnWidths: [24, 40, 16, 16, 16, 16, 12, 14], freeze: { rows: 2, columns: 0 } },
  ]);
}

if (require.main === module) {
  const target = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'context-region.xlsx');
  contextExampleBytes().then((bytes) => {
    fs.writeFileSync(target, bytes);
    process.stdout.write(`Пример региона с социальным паспортом: ${target}\n`);
  });
}
