import './node-env-default';
import 'reflect-metadata';
import { createApp } from './app-factory';
import { loadConfig } from './config/app-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seed/demo-seed';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const running = await createApp(config);
  await running.app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  const lines = [
    '',
    `KSTTHC đang chạy tại ${url}  (GraphQL: ${url}/graphql)`,
    running.embedded
      ? `Cơ sở dữ liệu nhúng (PGlite) tại ${config.DATA_DIR}${running.seeded ? ' — vừa nạp dữ liệu mẫu kế hoạch Hà Đông 2026' : ''}`
      : 'Cơ sở dữ liệu: PostgreSQL theo DATABASE_URL',
  ];
  if (running.embedded) {
    lines.push(`Tài khoản mẫu (mật khẩu: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(8)} — ${a.description}`);
  }
  console.log(lines.join('\n') + '\n');
}

bootstrap().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
