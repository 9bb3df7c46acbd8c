import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const API = process.env.KSTTHC_API ?? 'http://localhost:3000';
const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The pure TypeScript libs are compiled from source, so the web app shares their rules.
      '@kstthc/vn-format': lib('vn-format'),
      '@kstthc/domain': lib('domain'),
    },
  },
  server: {
    proxy: {
      '/graphql': { target: API, changeOrigin: true },
      '/api': { target: API, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
  },
});
