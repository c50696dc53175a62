import { sql } from 'drizzle-orm';
import type { Db } from '../../../../../packages/core/src/db/database.ts';
import { queryRows } from './table-catalog.ts';

/** How far the migration history has been applied: the schema version that a backup's rows belong to. */
export interface MigrationLevel {
  /** Number of applied migrations. */
  applied: number;
  /** The last applied migration: drizzle's hash of its SQL and its timestamp from the journal. */
  last: { hash: string; createdAt: number } | null;
}

/** Reads drizzle's migration journal (schema `drizzle`), which both engines keep the same way. */
export async function readMigrationLevel(db: Db): Promise<MigrationLevel & { hashes: string[] }> {
  const rows = await queryRows<{ hash: string; created_at: string | number }>(
    db,
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at, id`,
  );
  const last = rows.at(-1);
  return {
    applied: rows.length,
    last: last ? { hash: last.hash, createdAt: Number(last.created_at) } : null,
    hashes: rows.map((r) => r.hash),
  };
}

/**
 * Why rows of schema level `backup` cannot go into a database at level `database`, or null when they can: the
 * same level, or an older level of the same history (the newer schema gives columns the backup lacks their
 * defaults). A newer level is refused: this version of the platform does not know that schema.
 */
export function migrationMismatch(
  backup: MigrationLevel,
  database: MigrationLevel & { hashes: string[] },
): string | null {
  const newer =
    backup.applied > database.applied ||
    (backup.last && database.last && backup.last.createdAt > database.last.createdAt);
  if (newer) {
    return (
      `The backup comes from a newer schema (migration ${backup.applied}; this database is at migration ${database.applied}). ` +
      'Restore it with the version of sco that wrote it, or a later one.'
    );
  }
  if (backup.last && !database.hashes.includes(backup.last.hash)) {
    return `The backup's schema (migration ${backup.applied}, hash ${backup.last.hash.slice(0, 12)}) is not part of this platform's migration history.`;
  }
  return null;
}
