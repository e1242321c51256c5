/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ftlPlugin } from './scripts/vite-plugin-ftl.ts';

const port = Number(process.env.PORT ?? 3030);

export default defineConfig({
  plugins: [react(), ftlPlugin(path.resolve(import.meta.dirname, 'app'))],
  server: { port, strictPort: true, host: 'localhost' },
  preview: { port, strictPort: true, host: 'localhost' },
  build: { target: 'es2022', manifest: true, sourcemap: false },
  test: {
    environment: 'happy-dom',
    include: [
      'app/**/*.test.{ts,tsx}',
      'mocks/**/*.test.{ts,tsx}',
      'server/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['app/test/setup.ts'],
    restoreMocks: true,
  },
});
