#!/usr/bin/env node
// Runs every test suite of the project — Jest (libraries and API), Vitest (web) and the browser journeys —
// and ends with one line "N passed, N failed" totalling them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, opts = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    ...opts,
    env: { ...process.env, ...(opts.env ?? {}) },
  });
};

if (!existsSync(join(root, 'node_modules'))) {
  if (run('npm', ['ci']).status !== 0) process.exit(1);
}
if (run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']).status !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const out = mkdtempSync(join(tmpdir(), 'kstthc-tests-'));

// Jest: libraries and API (API tests use PostgreSQL on 127.0.0.1:5432 when reachable, else embedded PGlite).
const jestJson = join(out, 'jest.json');
run('npx', ['jest', '--json', `--outputFile=${jestJson}`], {
  env: { NODE_OPTIONS: '--experimental-vm-modules --no-warnings' },
});
if (existsSync(jestJson)) {
  const r = JSON.parse(readFileSync(jestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  totals.skipped += r.numPendingTests;
  console.log(`Jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
} else {
  totals.failed += 1;
}

// Vitest: the web app's components and composables.
const webDir = join(root, 'apps/web');
if (existsSync(join(webDir, 'vitest.config.ts')) || existsSync(join(webDir, 'vite.config.ts'))) {
  const vitestJson = join(out, 'vitest.json');
  run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
    cwd: webDir,
  });
  if (existsSync(vitestJson)) {
    const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed +=
      r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
    totals.skipped += r.numPendingTests ?? 0;
    console.log(`Vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  } else {
    totals.failed += 1;
  }
}

// Browser journeys in Debian's Chromium against the built app.
const e2eRunner = join(webDir, 'e2e/run.mjs');
if (existsSync(e2eRunner)) {
  const r = spawnSync('node', [e2eRunner], { cwd: root, encoding: 'utf8', env: process.env });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const m = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/m.exec(r.stdout ?? '');
  if (m) {
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
    totals.skipped += Number(m[3] ?? 0);
  } else {
    totals.failed += 1;
  }
}

console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
