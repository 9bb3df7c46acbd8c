import '../node-env-default';
import 'reflect-metadata';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';
import { createApp, RunningApp } from '../app-factory';
import { loadConfig } from '../config/app-config';
import { EMBEDDED_POOL_SIZE } from '../database/database-bootstrap';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { DEMO_PASSWORD } from '../database/seed/demo-seed';
import { seedGeneratedPlan } from '../database/seed/generated-plan';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { UnitEntity } from '../modules/units/entities/unit.entity';
import { measure, timeAndPeakMemory } from './bench-harness';

const TREE = `query($id: ID!) { plan(id: $id) { id counts { sections contents tasks }
  sections { code title contents { code title isTask tasks { id code description status result version
    leadUnits { name } coordinatingUnits { name } deadline { text recurring dueDate } } } } } }`;

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

interface Backend {
  name: 'embedded-pglite' | 'postgresql';
  url: string;
  stop(): Promise<void>;
}

async function openBackends(): Promise<Backend[]> {
  const embedded = await startEmbeddedPostgres();
  const backends: Backend[] = [{ name: 'embedded-pglite', url: embedded.url, stop: embedded.stop }];
  if (await reachable(SERVER_URL)) {
    const db = `kstthc_bench_${process.pid}`;
    await adminQuery(`CREATE DATABASE ${db}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${db}`;
    backends.push({
      name: 'postgresql',
      url: url.toString(),
      stop: () => adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`),
    });
  } else {
    console.log(`No PostgreSQL at ${SERVER_URL}: measuring the embedded database only.`);
  }
  return backends;
}

async function prepare(
  backend: Backend,
): Promise<{ running: RunningApp; base: string; token: string; demoPlanId: string; bigPlanId: string }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: backend.url,
    DATABASE_POOL_SIZE: backend.name === 'embedded-pglite' ? String(EMBEDDED_POOL_SIZE) : '10',
    JWT_SECRET: 'benchmark-secret-long-enough',
    WEB_DIST: '/nonexistent',
  });
  const running = await createApp(config, { seedDemo: true });
  await running.app.listen(0, '127.0.0.1');
  const base = await running.app.getUrl();
  const manager = running.dataSource.manager;
  const org = await manager.findOneByOrFail(OrganizationEntity, { name: 'xã Hà Đông' });
  const units = await manager.find(UnitEntity, { where: { organizationId: org.id } });
  const ids = new Map(units.map((u) => [u.name, u.id]));
  const demo = await manager.query(`SELECT id FROM plan WHERE organization_id = $1`, [org.id]);
  const { planId: bigPlanId } = await running.dataSource.transaction((m) =>
    seedGeneratedPlan(m, {
      organizationId: org.id,
      unitNames: [...ids.keys()],
      unitIdOf: (n) => ids.get(n)!,
      taskCount: 2000,
      authorId: null,
    }),
  );
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(username: "lanhdao", password: "${DEMO_PASSWORD}") { token } }`,
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  return { running, base, token, demoPlanId: demo[0].id, bigPlanId };
}

async function benchPlanTree(backend: Backend) {
  const { running, base, token, demoPlanId, bigPlanId } = await prepare(backend);
  const query = (id: string) => async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: TREE, variables: { id } }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const statements = async (id: string) => {
    const before = running.queryCounter.count;
    await query(id)();
    return running.queryCounter.count - before;
  };
  const results: Record<string, unknown> = {};
  for (const [label, id, requests] of [
    ['demo-30-tasks', demoPlanId, 300],
    ['generated-2000-tasks', bigPlanId, 40],
  ] as const) {
    for (let i = 0; i < 5; i++) await query(id)();
    const figures = await measure(requests, 4, query(id));
    results[label] = { ...figures, sqlStatementsPerRequest: await statements(id) };
    console.log(`plan tree · ${backend.name} · ${label}:`, results[label]);
  }
  const reports: Record<string, unknown> = {};
  for (const [label, id] of [
    ['demo-30-tasks', demoPlanId],
    ['generated-2000-tasks', bigPlanId],
  ] as const) {
    for (const file of ['appendix.docx', 'appendix.xlsx', 'appendix.pdf', 'report.docx']) {
      const figures = await timeAndPeakMemory(async () => {
        const res = await fetch(`${base}/api/plans/${id}/${file}?period=HALF_YEAR-2026-1`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (res.status !== 200) throw new Error(`${file}: HTTP ${res.status}`);
        await res.arrayBuffer();
      });
      reports[`${label}/${file}`] = figures;
      console.log(`report · ${backend.name} · ${label} · ${file}:`, figures);
    }
  }
  await running.close();
  return { planTree: results, reportGeneration: reports };
}

async function main(): Promise<void> {
  const outFile = path.resolve(process.argv[2] ?? path.join(process.cwd(), 'bench/results.json'));
  const existing = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : {};
  const backends = await openBackends();
  const api: Record<string, unknown> = {};
  try {
    for (const backend of backends) api[backend.name] = await benchPlanTree(backend);
  } finally {
    for (const backend of backends) await backend.stop();
  }
  const results = {
    ...existing,
    api: { measuredAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, ...api },
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${outFile}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
