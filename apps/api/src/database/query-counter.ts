import type { Logger } from 'typeorm';

/** Counts SQL statements so tests and benchmarks can prove a query costs a fixed number of them. */
export class QueryCounter implements Logger {
  count = 0;

  constructor(private readonly printQueries = false) {}

  logQuery(query: string): void {
    this.count += 1;
    if (this.printQueries) console.log(query);
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.printQueries) console.error(error, query);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
