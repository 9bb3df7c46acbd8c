#!/usr/bin/env node
// Sums the gzipped size of the JavaScript the browser loads before the first screen:
// the entry script and the chunks dist/index.html preloads. Fails above the budget.
// Usage: node scripts/initial-size.mjs [bench/results.json] — with a path, adds the figures to that file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
const chunks = {};
for (const file of new Set(files)) {
  const gz = gzipSync(readFileSync(path.join(dist, file.replace(/^\//, '')))).length;
  total += gz;
  chunks[file] = Math.round((gz / 1024) * 10) / 10;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
console.log(`Initial JS: ${(total / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
const outFile = process.argv[2];
if (outFile) {
  const existing = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
  const web = {
    measuredAt: new Date().toISOString(),
    initialJsKbGzip: Math.round((total / 1024) * 10) / 10,
    budgetKb: BUDGET_KB,
    chunks,
  };
  writeFileSync(outFile, JSON.stringify({ ...existing, web }, null, 2) + '\n');
}
process.exitCode = total / 1024 > BUDGET_KB ? 1 : 0;
