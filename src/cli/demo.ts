// `npm run demo`: analyses the bundled sample workbook and writes out/demo-annotated.xlsx with a summary.
import fs from 'fs';
import path from 'path';
import { main } from './main';
import { sampleWorkbookBytes } from './sample/generateSample';

const root = path.resolve(__dirname, '..', '..', '..');
const sample = path.join(root, 'assets', 'sample', 'severo-ozersky.xlsx');
const out = path.join(root, 'out', 'demo-annotated.xlsx');

async function demo(): Promise<number> {
  if (!fs.existsSync(sample)) {
    fs.mkdirSync(path.dirname(sample), { recursive: true });
    fs.writeFileSync(sample, await sampleWorkbookBytes());
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  process.stdout.write(`Пример: ${path.relative(root, sample)} (вымышленный Северо-Озёрский район, 2022–2024)\n`);
  return main(['analyze', sample, '--out', out, '--json', path.join(root, 'out', 'demo-result.json')], {
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    // The sample holds a deliberately bad cell; show how many warnings there were, not each one.
    stderr: () => undefined,
    now: () => new Date(),
  });
}

demo().then((code) => { process.exitCode = code; });
