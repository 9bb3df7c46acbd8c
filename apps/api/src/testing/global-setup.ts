import {
  adminQuery,
  migrateAndSeed,
  serverReachable,
  TEMPLATE_ENV,
  TEST_SERVER_URL,
  withDatabase,
} from './test-database';

/** With a reachable PostgreSQL, builds one migrated and seeded template that each test file clones. */
export default async function globalSetup(): Promise<void> {
  if (!(await serverReachable())) {
    console.log('\n[api tests] No PostgreSQL reachable: each test file uses an embedded PGlite.');
    return;
  }
  const template = `kstthc_template_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(`CREATE DATABASE ${template}`);
  await migrateAndSeed(withDatabase(TEST_SERVER_URL, template));
  process.env[TEMPLATE_ENV] = template;
}
