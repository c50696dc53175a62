import { sql } from 'drizzle-orm';
import { verifyAuditLog } from '../../../../../packages/core/src/audit/audit-log.ts';
import type { Db } from '../../../../../packages/core/src/db/database.ts';
import { DomainError } from '../../../../../packages/core/src/errors.ts';
import type { Dump } from './dump-file.ts';
import { migrationMismatch, readMigrationLevel } from './migration-level.ts';
import { queryRows, readTableCatalog, type TableInfo } from './table-catalog.ts';

export interface RestoreDatabaseOptions {
  /** A database migrated to this platform's schema. */
  db: Db;
  dump: Dump;
  /** Replace the contents of a database that is not empty. */
  force: boolean;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  auditEntries: number;
}

/** Rows per INSERT: keeps each statement's JSON parameter to a few megabytes. */
const rowsPerInsert = 500;

/**
 * Loads a dump in one transaction: checks that its schema is not newer than this database's and that every table
 * and column it holds exists, refuses a non-empty database unless `force` (which empties every table first),
 * inserts the rows parents first, moves sequences past the restored values and verifies the audit chain. Any
 * failure rolls everything back.
 */
export async function restoreDatabase({ db, dump, force }: RestoreDatabaseOptions): Promise<RestoreSummary> {
  const mismatch = migrationMismatch(dump.schema, await readMigrationLevel(db));
  if (mismatch) throw new DomainError('conflict', mismatch);

  return db.transaction(async (tx) => {
    const catalog = await readTableCatalog(tx);
    const byName = new Map(catalog.map((t) => [t.name, t]));
    for (const table of dump.tables) {
      const target = byName.get(table.name);
      if (!target)
        throw new DomainError(
          'conflict',
          `The backup holds the table ${table.name}, which this database does not have.`,
        );
      const unknown = table.columns.filter((c) => !target.columns.some((tc) => tc.name === c && !tc.generated));
      if (unknown.length > 0) {
        throw new DomainError(
          'conflict',
          `The backup's table ${table.name} has columns this database does not have: ${unknown.join(', ')}.`,
        );
      }
    }

    const nonEmpty = await tablesWithRows(tx, catalog);
    if (nonEmpty.length > 0) {
      if (!force) {
        throw new DomainError(
          'conflict',
          `The database is not empty (rows in ${nonEmpty.join(', ')}). Restore into an empty database, or add --force to replace its contents.`,
        );
      }
      // TRUNCATE does not fire the audit log's row triggers, which refuse DELETE.
      await tx.execute(
        sql`truncate table ${sql.join(
          catalog.map((t) => sql.identifier(t.name)),
          sql`, `,
        )} restart identity cascade`,
      );
    }

    const rowsByTable = new Map(dump.tables.map((t) => [t.name, t]));
    let rows = 0;
    for (const table of catalog) {
      const data = rowsByTable.get(table.name);
      if (!data || data.rows.length === 0) continue;
      const columns = sql.join(
        data.columns.map((c) => sql.identifier(c)),
        sql`, `,
      );
      const target = sql.identifier(table.name);
      for (let i = 0; i < data.rows.length; i += rowsPerInsert) {
        const chunk = JSON.stringify(data.rows.slice(i, i + rowsPerInsert));
        await tx.execute(
          sql`insert into ${target} (${columns}) overriding system value
              select ${columns} from jsonb_populate_recordset(null::${target}, ${chunk}::jsonb)`,
        );
      }
      rows += data.rows.length;
    }
    await resetSequences(tx, catalog);

    const audit = await verifyAuditLog(tx);
    if (!audit.ok) {
      throw new DomainError(
        'conflict',
        `The backup's audit log does not verify at entry ${audit.brokenAt?.seq}: ${audit.brokenAt?.reason}. Nothing was restored.`,
      );
    }
    return { tables: dump.tables.length, rows, auditEntries: audit.entries };
  });
}

async function tablesWithRows(db: Db, catalog: TableInfo[]): Promise<string[]> {
  const names: string[] = [];
  for (const table of catalog) {
    const [row] = await queryRows<{ found: boolean }>(
      db,
      sql`select exists (select 1 from ${sql.identifier(table.name)}) as found`,
    );
    if (row?.found) names.push(table.name);
  }
  return names;
}

/** Each serial or identity sequence continues after the largest restored value (or starts afresh). */
async function resetSequences(db: Db, catalog: TableInfo[]): Promise<void> {
  for (const table of catalog) {
    for (const column of table.columns) {
      if (!column.sequence) continue;
      const c = sql.identifier(column.name);
      await db.execute(
        sql`select setval(${column.sequence}::regclass, coalesce(max(${c}), 1)::bigint, max(${c}) is not null) from ${sql.identifier(table.name)}`,
      );
    }
  }
}
