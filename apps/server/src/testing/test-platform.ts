import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { type DatabaseConnection, openDatabase } from '../../../../packages/core/src/db/database.ts';
import { buildApp } from '../app.ts';
import {
  databaseUrlFor,
  injectedPgliteTemplate,
  injectedPostgresTemplate,
  testEngine,
  testServerUrl,
} from './test-engine.ts';

export interface TestPlatform {
  app: FastifyInstance;
  connection: DatabaseConnection;
  /** The database URL on PostgreSQL, or the PGlite data folder: for tests that open a second connection (CLI). */
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  /**
   * Closes the app and its connection but keeps the database, so that another process (the CLI) can open it:
   * PGlite allows one process per data folder. `app` and `connection` are unusable afterwards.
   */
  release(): Promise<void>;
  close(): Promise<void>;
}

/** The connection behind each test app, so that helpers given only the app (`signIn`) can reach the database. */
const connections = new WeakMap<FastifyInstance, DatabaseConnection>();

/** The database connection of an app made by `createTestPlatform`. */
export function testConnectionOf(app: FastifyInstance): DatabaseConnection {
  const connection = connections.get(app);
  if (!connection) throw new Error('This app was not made by createTestPlatform().');
  return connection;
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
    connections.set(app, connection);
    const release = once(async () => {
      await app.close();
      await connection.close();
    });
    return {
      app,
      connection,
      databaseUrl: undefined,
      dataDir,
      release,
      close: async () => {
        await release();
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
  connections.set(app, connection);
  const release = once(async () => {
    await app.close();
    await connection.close();
  });
  return {
    app,
    connection,
    databaseUrl,
    dataDir: undefined,
    release,
    close: async () => {
      await release();
      await dropPostgresDatabase(serverUrl, database);
    },
  };
}

export interface EmptyTestDatabase {
  /** Set on PostgreSQL: a new database with no tables. */
  databaseUrl: string | undefined;
  /** Set on PGlite: a new empty folder. */
  dataDir: string | undefined;
  drop(): Promise<void>;
}

/** A database with nothing in it, not even the schema, on the engine of the Vitest project (restore tests). */
export async function createEmptyTestDatabase(): Promise<EmptyTestDatabase> {
  if (testEngine() === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'sco-test-empty-'));
    return { databaseUrl: undefined, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const serverUrl = testServerUrl();
  const database = `sco_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  return {
    databaseUrl: databaseUrlFor(serverUrl, database),
    dataDir: undefined,
    drop: () => dropPostgresDatabase(serverUrl, database),
  };
}

async function dropPostgresDatabase(serverUrl: string, database: string): Promise<void> {
  const cleanup = new pg.Client({ connectionString: serverUrl });
  await cleanup.connect();
  await cleanup.query(`drop database if exists ${database} with (force)`);
  await cleanup.end();
}

const once = (run: () => Promise<void>): (() => Promise<void>) => {
  let done: Promise<void> | undefined;
  return () => {
    done ??= run();
    return done;
  };
};
