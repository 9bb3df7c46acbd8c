import 'reflect-metadata';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import request from 'supertest';
import { createApp, RunningApp } from '../app-factory';
import { loadConfig } from '../config/app-config';
import { DEMO_PASSWORD } from '../database/seed/demo-seed';
import { EMBEDDED_POOL_SIZE } from '../database/database-bootstrap';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { adminQuery, TEMPLATE_ENV, TEST_SERVER_URL, withDatabase } from './test-database';

export interface TestApp extends RunningApp {
  /** Which database this file runs on, for the record. */
  backend: 'postgresql' | 'pglite';
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  login(username: string, password?: string): Promise<string>;
  /** GET a binary download as a Buffer, with its status and headers. */
  download(
    url: string,
    token: string,
  ): Promise<{ status: number; body: Buffer; headers: Record<string, string> }>;
  http(): ReturnType<typeof request>;
}

/**
 * A full application on its own database: a clone of the seeded template on the real PostgreSQL when one is
 * reachable, else an in-memory embedded PGlite seeded afresh.
 */
export async function createTestApp(): Promise<TestApp> {
  const template = process.env[TEMPLATE_ENV];
  let databaseUrl: string;
  let dropDatabase = async () => undefined as void;
  let stopEmbedded = async () => undefined as void;
  if (template) {
    const name = `kstthc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    databaseUrl = withDatabase(TEST_SERVER_URL, name);
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const embedded = await startEmbeddedPostgres();
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-secret-with-enough-length',
    WEB_DIST: '/nonexistent',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kstthc-test-')),
    DATABASE_POOL_SIZE: template ? '10' : String(EMBEDDED_POOL_SIZE),
  });
  const running = await createApp(config, { seedDemo: !template });
  const server = running.app.getHttpServer();

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = request(server).post('/graphql').send({ query, variables });
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req;
    return res.body;
  };

  return {
    ...running,
    backend: template ? 'postgresql' : 'pglite',
    gql,
    http: () => request(server),
    async download(url, token) {
      const res = await request(server)
        .get(url)
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      return { status: res.status, body: res.body as Buffer, headers: res.headers as Record<string, string> };
    },
    async login(username, password = DEMO_PASSWORD) {
      const res = await gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async close() {
      await running.close();
      fs.rmSync(config.DATA_DIR, { recursive: true, force: true });
      await dropDatabase();
      await stopEmbedded();
    },
  };
}
