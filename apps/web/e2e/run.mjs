#!/usr/bin/env node
// Runs the Playwright journeys (e2e/*.e2e.ts) against the built API serving the built web app.
// Builds nothing: run `npx nx run-many -t build --projects=@kstthc/vn-format,@kstthc/domain,@kstthc/api`
// and `npx vite build` (apps/web) first. Usage: node e2e/run.mjs [name-filter]
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { transformWithOxc } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');
const repoRoot = path.resolve(webRoot, '../..');
const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');
const webDist = path.join(webRoot, 'dist');
const screenshots = path.join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
// The journeys read downloaded documents with the same library the importer uses.
const mammoth = createRequire(path.join(repoRoot, 'package.json'))('mammoth');
const filter = process.argv[2] ?? '';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForApi(baseUrl, api, timeoutMs = 180_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (api.exitCode !== null) throw new Error(`API exited early with code ${api.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('API did not start in time');
}

/**
 * Every e2e/*.ts is turned into JavaScript with Vite's transformer (type imports vanish) in a temp
 * folder, relative `./x.ts` imports pointing at the transformed files; journeys come from *.e2e.ts.
 */
async function loadJourneys() {
  const sources = (await readdir(here)).filter((f) => f.endsWith('.ts'));
  const outDir = await mkdtemp(path.join(tmpdir(), 'kstthc-e2e-js-'));
  for (const file of sources) {
    const source = await readFile(path.join(here, file), 'utf8');
    const { code } = await transformWithOxc(source, file, { lang: 'ts' });
    const rewritten = code.replace(/(from\s+['"]\.\/[^'"]+)\.ts(['"])/g, '$1.mjs$2');
    await writeFile(path.join(outDir, file.replace(/\.ts$/, '.mjs')), rewritten);
  }
  const journeys = [];
  for (const file of sources.filter((f) => f.endsWith('.e2e.ts')).sort()) {
    const mod = await import(pathToFileURL(path.join(outDir, file.replace(/\.ts$/, '.mjs'))).href);
    for (const j of mod.journeys ?? []) journeys.push({ ...j, file });
  }
  return { journeys, outDir };
}

function slug(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function main() {
  await mkdir(screenshots, { recursive: true });
  const { journeys, outDir } = await loadJourneys();
  const selected = journeys.filter((j) => j.name.includes(filter));
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kstthc-e2e-data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const logs = [];
  const api = spawn(process.execPath, [apiMain], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, WEB_DIST: webDist, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.on('data', (d) => logs.push(String(d)));
  api.stderr.on('data', (d) => logs.push(String(d)));

  let passed = 0;
  let failed = 0;
  try {
    await waitForApi(baseUrl, api);
    console.log(`API ready on ${baseUrl}`);
    for (const journey of selected) {
      const profile = await mkdtemp(path.join(tmpdir(), 'kstthc-e2e-chromium-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1366, height: 800 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(15_000);
      const pageErrors = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const ctx = {
        page,
        baseUrl,
        async screenshot(name) {
          await page.screenshot({ path: path.join(screenshots, `${slug(name)}.png`), fullPage: true });
        },
        check(condition, message) {
          if (!condition) throw new Error(message);
        },
        async docxText(file) {
          return (await mammoth.extractRawText({ path: file })).value;
        },
        async seedPlanText() {
          const name = (await readdir(seedsDir)).find((f) => f.startsWith('003_') && f.endsWith('.txt'));
          if (!name) throw new Error(`seed 003 not found in ${seedsDir}`);
          return readFile(path.join(seedsDir, name), 'utf8');
        },
        async signOut() {
          await page.getByRole('button', { name: 'Đăng xuất' }).click();
          await page.waitForURL((url) => url.pathname.startsWith('/dang-nhap'));
        },
        async signIn(username, password = 'demo1234') {
          await page.goto(`${baseUrl}/dang-nhap`);
          await page.fill('#username', username);
          await page.fill('#password', password);
          await page.click('button[type=submit]');
          await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
        },
      };
      const started = Date.now();
      const shot = path.join(screenshots, `${slug(journey.name)}.png`);
      try {
        await journey.run(ctx);
        if (pageErrors.length) throw new Error(`Page errors: ${pageErrors.join(' | ')}`);
        passed += 1;
        console.log(`✔ ${journey.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed += 1;
        console.log(
          `✘ ${journey.name}\n    ${String(e?.message ?? e)
            .split('\n')
            .join('\n    ')}`,
        );
      } finally {
        await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  } catch (e) {
    failed += 1;
    console.log(`✘ setup: ${e?.message ?? e}\n${logs.join('').slice(-3000)}`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => {
      const timer = setTimeout(() => {
        api.kill('SIGKILL');
        r();
      }, 10_000);
      api.once('exit', () => {
        clearTimeout(timer);
        r();
      });
      if (api.exitCode !== null) r();
    });
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
