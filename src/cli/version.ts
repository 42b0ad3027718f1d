// The product version, read from package.json next to the compiled CLI.
import fs from 'fs';
import path from 'path';

export function productVersion(): string {
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'shnor-addin' && pkg.version) return pkg.version;
    }
  }
  return '0.0.0';
}
