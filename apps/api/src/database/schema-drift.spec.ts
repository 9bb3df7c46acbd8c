import { createTestApp, TestApp } from '../testing/test-app';
import { pendingSchemaChanges } from './schema-drift';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('leave nothing for migration:generate to find: entities and migrations agree', async () => {
    const { up } = await pendingSchemaChanges(t.dataSource);
    expect(up).toEqual([]);
  });

  it('have all run', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
  });
});
