import fs from 'fs';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { districtSheet } from './district';
void (async () => {
  const values = districtSheet({ schools: 1000, years: [2022, 2023, 2024], seed: 3 });
  fs.writeFileSync('/tmp/region.xlsx', await newWorkbookBytes([{ name: 'Результаты', values: values.map((r) => [...r]) }]));
})();
