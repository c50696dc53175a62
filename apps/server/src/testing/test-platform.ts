import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { type DatabaseConnection, openDatabase } from '../../../../packages/core/src/db/database.ts';
import { buildApp } from '../app.ts';
import { databaseUrlFor, injectedPgliteTemplate, injectedPostgresTemplate, testEngine } from './test-engine.ts';

export interface TestPlatform {
  app: FastifyInstance;
  connection: DatabaseConnection;
  /** The database URL on PostgreSQL, or the PGlite data folder: for tests that open a second connection (CLI). */
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  close(): Promise<void>;
}

/**
 * A server on its own copy of the seeded template database, for one test file. Use in `beforeAll` and close in
 * `afterAll`. The engine comes from the Vitest project (api-pglite or api-postgres).
 */
export async function createTestPlatform(): Promise<TestPlatform> {
  if (testEngine() === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'sco-test-'));
    cpSync(injectedPgliteTemplate(), dataDir, { recursive: true });
    rmSync(join(dataDir, 'sco.lock'), { force: true });
    const connection = await openDatabase({ dataDir });
    const app = await buildApp({ connection, webDist: null, logLevel: 'silent' });
    return {
      app,
      connection,
      databaseUrl: undefined,
      dataDir,
      close: async () => {
        await app.close();
        await connection.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const { serverUrl, database: templateDatabaseName } = injectedPostgresTemplate();
  const database = `sco_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database} template ${templateDatabaseName}`);
  await admin.end();
  const databaseUrl = databaseUrlFor(serverUrl, database);
  const connection = await openDatabase({ databaseUrl });
  const app = await buildApp({ connection, webDist: null, logLevel: 'silent' });
  return {
    app,
    connection,
    databaseUrl,
    dataDir: undefined,
    close: async () => {
      await app.close();
      await connection.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${database} with (force)`);
      await cleanup.end();
    },
  };
}
