import { inject } from 'vitest';

/** Which engine an API test file runs on; set per Vitest project. */
export type TestEngine = 'pglite' | 'postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: folder of the migrated and seeded template. */
    pgliteTemplateDir: string;
    /** PostgreSQL: server URL and name of the migrated and seeded template database. */
    postgresServerUrl: string;
    postgresTemplateDatabase: string;
  }
}

export function testEngine(): TestEngine {
  const engine = process.env.SCO_TEST_ENGINE;
  if (engine !== 'pglite' && engine !== 'postgres') {
    throw new Error('SCO_TEST_ENGINE must be pglite or postgres (set by the Vitest project).');
  }
  return engine;
}

/** The PostgreSQL server for the api-postgres tier; `npm test` starts a private one and sets this. */
export function testServerUrl(): string {
  const url = process.env.SCO_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'SCO_TEST_DATABASE_URL is not set: the api-postgres tests need a PostgreSQL server. Run `npm test`, which starts one, ' +
        'or run only `npx vitest run --project unit --project api-pglite`.',
    );
  }
  return url;
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export const injectedPgliteTemplate = () => inject('pgliteTemplateDir');
export const injectedPostgresTemplate = () => ({
  serverUrl: inject('postgresServerUrl'),
  database: inject('postgresTemplateDatabase'),
});
