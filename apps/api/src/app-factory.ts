import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import * as fs from 'fs';
import * as path from 'path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { openDatabase, prepareDatabase, resolveJwtSecret } from './database/database-bootstrap';
import { QueryCounter } from './database/query-counter';

export interface RunningApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  queryCounter: QueryCounter;
  seeded: boolean;
  embedded: boolean;
  close(): Promise<void>;
}

/** GraphQL and form bodies; files go through multipart routes with their own limits. */
export const JSON_BODY_LIMIT = '1mb';

/** Body-parser refusals answered like every other error: JSON `{ message }` in Vietnamese. */
function bodyErrorHandler(
  error: { type?: string; status?: number } | undefined,
  _req: express.Request,
  res: express.Response,
  next: express.NextFunction,
): void {
  if (!error) return next();
  if (error.type === 'entity.too.large') {
    res
      .status(413)
      .json({
        code: 'PAYLOAD_TOO_LARGE',
        message: `Dữ liệu gửi lên quá lớn (tối đa ${JSON_BODY_LIMIT.replace('mb', ' MB')}).`,
      });
    return;
  }
  if (error.type === 'entity.parse.failed') {
    res.status(400).json({ code: 'BAD_USER_INPUT', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
    return;
  }
  next(error);
}

/** Serves the built web app on the same port, with client-side routes falling back to index.html. */
function serveWebApp(app: INestApplication, webDist: string): boolean {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(webDist, { index: false, maxAge: '1h' }));
  server.get(/^\/(?!api\/|graphql).*/, (_req, res) => res.sendFile(index));
  return true;
}

/** Builds the whole application: database (embedded or not), migrations, demo seed, HTTP and GraphQL. */
export async function createApp(
  config: AppConfig,
  options: { seedDemo?: boolean } = {},
): Promise<RunningApp> {
  const database = await openDatabase(config);
  const jwtSecret = resolveJwtSecret(config);
  const queryCounter = new QueryCounter();
  const app = await NestFactory.create(
    AppModule.forRoot({
      config: Object.assign(config, { JWT_SECRET: jwtSecret }),
      databaseUrl: database.url,
      poolSize: database.poolSize,
      queryCounter,
    }),
    { logger: config.NODE_ENV === 'test' ? ['error'] : ['log', 'warn', 'error'], bodyParser: false },
  );
  app.use(
    helmet({
      // The web app loads only its own scripts; GraphiQL in development needs its CDN, so no CSP there.
      contentSecurityPolicy: config.isProduction ? undefined : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: JSON_BODY_LIMIT }));
  app.use(bodyErrorHandler);
  app.use(cookieParser());
  app.enableShutdownHooks();
  if (config.CORS_ORIGIN) app.enableCors({ origin: config.CORS_ORIGIN, credentials: true });
  const dataSource = app.get(DataSource);
  const { seeded } = await prepareDatabase(dataSource, options.seedDemo ?? config.demoMode);
  if (serveWebApp(app, config.WEB_DIST)) Logger.log(`Ứng dụng web: ${config.WEB_DIST}`, 'Web');
  await app.init();
  return {
    app,
    config,
    dataSource,
    queryCounter,
    seeded,
    embedded: !config.DATABASE_URL,
    async close() {
      await app.close();
      await database.stop();
    },
  };
}
