import * as fs from 'fs';
import * as path from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { EMBEDDED_POOL_SIZE } from '../database-bootstrap';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { pendingSchemaChanges } from '../schema-drift';

/** Adds the migration to the ordered list in migrations/index.ts. */
function registerMigration(indexFile: string, className: string, moduleName: string): void {
  const index = fs.readFileSync(indexFile, 'utf8');
  const withImport = index.replace(
    /(import [^\n]+\n)(?![\s\S]*\nimport )/,
    `$1import { ${className} } from './${moduleName}';\n`,
  );
  fs.writeFileSync(indexFile, withImport.replace(/\];\s*$/, `, ${className}];\n`));
}

/** Writes a migration holding the difference between the entities and the migrated schema. */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: generate-migration <PascalCaseName>');
  }
  const embedded = await startEmbeddedPostgres();
  const dataSource = new DataSource(dataSourceOptions(embedded.url, undefined, EMBEDDED_POOL_SIZE));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { up, down } = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log('Entities and migrations agree; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (q: string) => `    await queryRunner.query(${JSON.stringify(q)});`;
    const source = [
      "import { MigrationInterface, QueryRunner } from 'typeorm';",
      '',
      `export class ${className} implements MigrationInterface {`,
      `  name = '${className}';`,
      '',
      '  async up(queryRunner: QueryRunner): Promise<void> {',
      ...up.map(quote),
      '  }',
      '',
      '  async down(queryRunner: QueryRunner): Promise<void> {',
      ...down.reverse().map(quote),
      '  }',
      '}',
      '',
    ].join('\n');
    const srcDir = path.resolve(__dirname, '../../../src/database/migrations');
    const file = path.join(srcDir, `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, source);
    registerMigration(path.join(srcDir, 'index.ts'), className, `${timestamp}-${name}`);
    console.log(`Wrote ${file} and registered ${className} in migrations/index.ts`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
