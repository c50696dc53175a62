import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';

/** What every repository receives: the database or an open transaction. */
// biome-ignore lint/suspicious/noExplicitAny: the schema parameter differs between the two engines' drivers
export type Db = PgDatabase<PgQueryResultHKT, any>;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseConnection {
  db: Db;
  engine: Engine;
  /** Human-readable location, for logs: the data folder, or the server URL without its password. */
  location: string;
  /** Applies the one migration history, from code (drizzle-kit migrate cannot serialise concurrent starts). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` for a throwaway in-memory database. */
  dataDir?: string | undefined;
  /** Maximum pooled connections on PostgreSQL. */
  poolSize?: number;
}

export const migrationsFolder = fileURLToPath(new URL('../../../../migrations', import.meta.url));

/** Arbitrary constant: the advisory lock that serialises migrations when several servers start together. */
const migrationLockKey = 7_242_025;

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseConnection> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options.dataDir ?? './data');
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports the failure.
  pool.on('error', () => {});
  await pool.query('select 1');
  const url = new URL(databaseUrl);
  url.password = '';
  const db = drizzlePostgres(pool);
  return {
    db,
    engine: 'postgres',
    location: url.toString(),
    migrate: async () => {
      // Session-level advisory locks belong to one connection, so lock and unlock on the same client.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
        await migratePostgres(drizzlePostgres(client), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<DatabaseConnection> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? null : acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(inMemory ? undefined : dataDir);
    const db = drizzlePglite(client);
    return {
      db,
      engine: 'pglite',
      location: inMemory ? 'memory' : dataDir,
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
