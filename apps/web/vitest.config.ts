import { defineConfig } from 'vitest/config';

/** Unit tests of the web app (pure functions and locale files); run with `npx vitest run --config apps/web/vitest.config.ts`. */
export default defineConfig({
  test: {
    name: 'web',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
