#!/usr/bin/env node
// Entry of the `shnor` command: runs the compiled CLI (npm run build:cli).
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('shnor: сначала соберите проект: npm run build\n');
  process.exit(1);
}
require(compiled).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
