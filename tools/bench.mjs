#!/usr/bin/env node
// Builds, then runs every benchmark; each adds its figures to bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'bench/results.json');
const step = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

step('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']);
rmSync(results, { force: true });
step('node', [join(root, 'apps/api/dist/bench/run-benchmarks.js'), results]);
for (const extra of ['libs/plan-import/dist/bench/run-benchmarks.js', 'apps/web/scripts/initial-size.mjs']) {
  if (existsSync(join(root, extra))) step('node', [join(root, extra), results]);
}
console.log(`\nResults: ${results}`);
