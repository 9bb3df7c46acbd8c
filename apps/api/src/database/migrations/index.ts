import type { MigrationInterface } from 'typeorm';
import { Initial1795422864417 } from './1795422864417-Initial';
import { UserSessionVersion1795423905823 } from './1795423905823-UserSessionVersion';
import { ContributionsAndEvidenceFiles1795424157292 } from './1795424157292-ContributionsAndEvidenceFiles';

// Every migration, in order. `npm run migration:generate -w @kstthc/api -- <Name>` writes a new one from the entities.
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Initial1795422864417,
  UserSessionVersion1795423905823,
  ContributionsAndEvidenceFiles1795424157292,
];
