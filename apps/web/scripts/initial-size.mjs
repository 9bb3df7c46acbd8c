#!/usr/bin/env node
// Sums the gzipped size of the JavaScript the browser loads before the first screen:
// the entry script and the chunks dist/index.html preloads. Fails above the budget.
import { readFileSync } from 'node:fs';
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
for (const file of new Set(files)) {
  const gz = gzipSync(readFileSync(path.join(dist, file.replace(/^\//, '')))).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
console.log(`Initial JS: ${(total / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
process.exitCode = total / 1024 > BUDGET_KB ? 1 : 0;
