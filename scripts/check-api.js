#!/usr/bin/env node
// `npm run check:api`: every Office.js (Excel) member the adapter uses, mapped to its requirement set from the
// "[Api set: ExcelApi 1.x]" remarks of @types/office-js; each one above the manifest's minimum must sit behind a
// feature-support guard (an if / ?: / && whose condition names the feature). An unguarded newer call fails the check.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');

function manifestMinimum(manifestPath) {
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!m) throw new Error(`${manifestPath}: no <Set Name="ExcelApi" MinVersion="…"/>`);
  return m[1];
}

/** Feature → ExcelApi version, read from src/adapters/excel/requirements.ts. */
function featureVersions() {
  const text = fs.readFileSync(path.join(root, 'src/adapters/excel/requirements.ts'), 'utf8');
  const out = new Map();
  for (const m of text.matchAll(/^\s+(\w+): \{ version: '([\d.]+)'/gm)) out.set(m[1], m[2]);
  return out;
}

function compareVersions(a, b) {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** The ExcelApi version in a declaration's JSDoc, or undefined. */
function apiSetOf(declaration) {
  const text = declaration.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, declaration.getFullStart()) || [];
  for (const r of ranges.reverse()) {
    const m = /\[Api set: ExcelApi ([\d.]+)\]/.exec(text.slice(r.pos, r.end));
    if (m) return m[1];
  }
  return undefined;
}

/** True for `return …;`, `throw …;` or a block holding just one of them. */
function leaves(statement) {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length === 1 && leaves(statement.statements[0]);
}

/**
 * The conditions guarding `node`, climbing to the file: it sits in the branch taken when the condition holds, or
 * after an early exit `if (!condition) return …;` in an enclosing block.
 */
function guards(node) {
  const out = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && leaves(statement.thenStatement)
          && ts.isPrefixUnaryExpression(statement.expression) && statement.expression.operator === ts.SyntaxKind.ExclamationToken) {
          out.push(statement.expression.operand);
        }
      }
    }
    if (ts.isIfStatement(parent) && parent.thenStatement === child) out.push(parent.expression);
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) out.push(parent.condition);
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child) out.push(parent.left);
  }
  return out;
}

/** Checks the files; returns { uses, failures }. */
function checkFiles(files, minimum, features) {
  const options = { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true, skipLibCheck: true, types: ['office-js', 'node'], typeRoots: [path.join(root, 'node_modules/@types')] };
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const uses = new Map();
  const failures = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol && symbol.declarations && symbol.declarations[0];
        if (declaration && declaration.getSourceFile().fileName.includes('@types/office-js')) {
          const version = apiSetOf(declaration);
          if (version) {
            const owner = declaration.parent && declaration.parent.name ? declaration.parent.name.getText() : '?';
            const member = `${owner}.${node.name.getText()}`;
            uses.set(member, version);
            if (compareVersions(version, minimum) > 0) {
              const conditions = guards(node).map((c) => c.getText());
              const guarded = conditions.some((c) => [...features].some(([f, v]) => new RegExp(`\\b${f}\\b`).test(c) && compareVersions(v, version) >= 0));
              if (!guarded) {
                const { line } = source.getLineAndCharacterOfPosition(node.getStart());
                failures.push(`${path.relative(root, file)}:${line + 1}: ${member} needs ExcelApi ${version} (manifest minimum ${minimum}) and is not behind a feature guard`);
              }
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, failures };
}

function main(argv) {
  const manifest = path.join(root, 'manifest.xml');
  const files = argv.length > 0 ? argv.map((f) => path.resolve(f))
    : fs.readdirSync(path.join(root, 'src/adapters/excel')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(root, 'src/adapters/excel', f));
  const minimum = process.env.CHECK_API_MINIMUM || manifestMinimum(manifest);
  const { uses, failures } = checkFiles(files, minimum, featureVersions());
  const above = [...uses].filter(([, v]) => compareVersions(v, minimum) > 0).sort((a, b) => compareVersions(a[1], b[1]));
  console.log(`Office.js members used: ${uses.size}; manifest minimum ExcelApi ${minimum}; above it (guarded): ${above.map(([m, v]) => `${m} ${v}`).join(', ') || 'none'}`);
  for (const f of failures) console.error(f);
  return failures.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { checkFiles, manifestMinimum, featureVersions };
