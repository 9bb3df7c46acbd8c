import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import * as path from 'path';

/** Every setting the API reads from the environment, validated once at start. */
export class AppConfig {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  /** A real PostgreSQL server; without it the embedded database runs with demo data. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** Connections in the pool; the embedded database always gets one (see database-bootstrap). */
  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Folder of the embedded database (and its generated secret). */
  @IsString()
  DATA_DIR = path.resolve(process.cwd(), 'data');

  /** Uploaded evidence files; DATA_DIR/uploads when unset. */
  @IsOptional()
  @IsString()
  UPLOAD_DIR?: string;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'JWT_SECRET phải dài ít nhất 16 ký tự' })
  JWT_SECRET?: string;

  @IsString()
  JWT_EXPIRES_IN = '12h';

  /** Built web app served on the same port; absent folder means API only. */
  @IsString()
  WEB_DIST = path.resolve(__dirname, '../../../web/dist');

  @IsOptional()
  @IsString()
  CORS_ORIGIN?: string;

  get uploadDir(): string {
    return this.UPLOAD_DIR ?? path.join(this.DATA_DIR, 'uploads');
  }

  get demoMode(): boolean {
    return !this.DATABASE_URL;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, defined, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const details = errors
      .map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`)
      .join('; ');
    throw new Error(`Cấu hình không hợp lệ — ${details}`);
  }
  return config;
}
