import { sql } from 'drizzle-orm';
import type { Db, Engine } from '../../../../../packages/core/src/db/database.ts';
import { type Dump, dumpFormat, dumpFormatVersion } from './dump-file.ts';
import { readMigrationLevel } from './migration-level.ts';
import { queryRows, readTableCatalog, type TableInfo } from './table-catalog.ts';

export interface DumpDatabaseOptions {
  db: Db;
  engine: Engine;
}

/** Every platform table's rows, read in one read-only snapshot, in an order in which they can be inserted again. */
export async function dumpDatabase({ db, engine }: DumpDatabaseOptions): Promise<Dump> {
  return db.transaction(
    async (tx) => {
      const { hashes: _hashes, ...schema } = await readMigrationLevel(tx);
      const tables: Dump['tables'] = [];
      for (const table of await readTableCatalog(tx)) {
        const rows = await queryRows<{ row: Record<string, unknown> }>(tx, selectRowsAsJson(table));
        tables.push({ name: table.name, columns: dumpedColumns(table), rows: rows.map((r) => r.row) });
      }
      return {
        format: dumpFormat,
        formatVersion: dumpFormatVersion,
        createdAt: new Date().toISOString(),
        engine,
        schema,
        tables,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

const dumpedColumns = (table: TableInfo) => table.columns.filter((c) => !c.generated).map((c) => c.name);

/** `to_jsonb(row)`, minus generated columns, with bigint and numeric values as text; ordered by primary key. */
function selectRowsAsJson(table: TableInfo) {
  const t = sql.identifier(table.name);
  let row = sql`to_jsonb(${t})`;
  const generated = table.columns.filter((c) => c.generated).map((c) => c.name);
  if (generated.length > 0) row = sql`(${row} - ${`{${generated.map((g) => `"${g}"`).join(',')}}`}::text[])`;
  const exact = table.columns.filter((c) => c.exactNumber && !c.generated);
  // jsonb_build_object takes at most 100 arguments: 50 columns a call.
  for (let i = 0; i < exact.length; i += 50) {
    const pairs = exact.slice(i, i + 50).map((c) => sql`${c.name}::text, ${t}.${sql.identifier(c.name)}::text`);
    row = sql`${row} || jsonb_build_object(${sql.join(pairs, sql`, `)})`;
  }
  const order =
    table.primaryKey.length > 0
      ? sql` order by ${sql.join(
          table.primaryKey.map((k) => sql.identifier(k)),
          sql`, `,
        )}`
      : sql``;
  return sql`select ${row} as row from ${t}${order}`;
}
