import { defineConfig } from 'drizzle-kit';

/** One schema and one migration history for both engines (embedded PGlite and PostgreSQL). */
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './packages/core/src/tables.ts',
    './packages/agenda/src/tables.ts',
    './packages/investment/src/tables.ts',
    './packages/freight/src/tables.ts',
  ],
  out: './migrations',
});
