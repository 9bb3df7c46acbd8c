import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { HA_DONG_2026 } from '@kstthc/domain';

const SEEDS = resolve(__dirname, '../../../../../shared/seeds');

/** Seed 003 (Hà Đông, 6 tháng đầu năm 2026) as pasted text. */
export function readSeed003(): string {
  const name = readdirSync(SEEDS).find((file) => /^003_.*\.txt$/.test(file));
  if (!name) throw new Error(`seed 003_*.txt not found in ${SEEDS}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

export const HA_DONG_UNITS: string[] = HA_DONG_2026.units.map((unit) => unit.name);
