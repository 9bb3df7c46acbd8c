import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { startEmbeddedPostgres } from './embedded-postgres';
import { seedDemo } from './seed/demo-seed';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  poolSize: number;
  stop(): Promise<void>;
}

/**
 * PGlite runs one query at a time anyway, and its socket multiplexer can interleave the extended-protocol messages
 * of two connections (Parse of one, Bind of the other), so the embedded database gets a single pooled connection.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** The configured server, or an embedded PostgreSQL keeping its files under DATA_DIR. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return {
      url: config.DATABASE_URL,
      embedded: false,
      poolSize: config.DATABASE_POOL_SIZE,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres(path.join(config.DATA_DIR, 'pgdata'));
  return { url: embedded.url, embedded: true, poolSize: EMBEDDED_POOL_SIZE, stop: embedded.stop };
}

/** A signing secret: the configured one, or one generated once and kept beside the embedded data. */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (!config.demoMode) {
    throw new Error(
      'Cấu hình không hợp lệ — JWT_SECRET: bắt buộc khi dùng DATABASE_URL (chuỗi ngẫu nhiên ≥ 16 ký tự)',
    );
  }
  const file = path.join(config.DATA_DIR, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** Runs pending migrations and, in demo mode on an empty database, seeds the Hà Đông plan. */
export async function prepareDatabase(dataSource: DataSource, seed: boolean): Promise<{ seeded: boolean }> {
  await dataSource.runMigrations({ transaction: 'each' });
  if (!seed) return { seeded: false };
  const existing = await dataSource.manager.count(OrganizationEntity);
  if (existing > 0) return { seeded: false };
  await dataSource.transaction((manager) => seedDemo(manager));
  return { seeded: true };
}
