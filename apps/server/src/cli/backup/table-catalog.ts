import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../../packages/core/src/db/database.ts';

/**
 * What backup and restore need to know about the platform's tables, read from the PostgreSQL catalog so that
 * every table of every module is covered without the CLI importing any module's internals. The platform's
 * tables are those of the `public` schema; drizzle's migration journal lives in its own schema.
 */
export interface TableInfo {
  name: string;
  /** In column order. */
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Other tables this one has foreign keys to. */
  references: string[];
}

export interface ColumnInfo {
  name: string;
  /** Computed by the database; never dumped nor inserted. */
  generated: boolean;
  /** bigint or numeric (or arrays of them): dumped as text, because JSON numbers would lose digits. */
  exactNumber: boolean;
  /** The sequence that feeds the column (serial or identity), to be moved past the restored values. */
  sequence: string | null;
}

/** Rows of a raw query, from either driver (both answer `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const platformTables = sql`
  select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`;

export async function readTableCatalog(db: Db): Promise<TableInfo[]> {
  const columns = await queryRows<{
    table: string;
    name: string;
    generated: boolean;
    exact: boolean;
    sequence: string | null;
  }>(
    db,
    sql`select t.relname as "table", a.attname as name, a.attgenerated <> '' as generated,
          a.atttypid = any(array['bigint'::regtype, 'numeric'::regtype, 'bigint[]'::regtype, 'numeric[]'::regtype]) as exact,
          pg_get_serial_sequence(format('public.%I', t.relname), a.attname) as sequence
        from (${platformTables}) t join pg_attribute a on a.attrelid = t.oid
        where a.attnum > 0 and not a.attisdropped
        order by t.relname, a.attnum`,
  );
  const keys = await queryRows<{ table: string; column: string }>(
    db,
    sql`select t.relname as "table", a.attname as "column"
        from (${platformTables}) t join pg_index i on i.indrelid = t.oid and i.indisprimary
        join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
        order by t.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const references = await queryRows<{ table: string; references: string }>(
    db,
    sql`select t.relname as "table", f.relname as "references"
        from (${platformTables}) t join pg_constraint k on k.conrelid = t.oid and k.contype = 'f'
        join pg_class f on f.oid = k.confrelid`,
  );
  const tables = new Map<string, TableInfo>();
  for (const column of columns) {
    let table = tables.get(column.table);
    if (!table) {
      table = { name: column.table, columns: [], primaryKey: [], references: [] };
      tables.set(column.table, table);
    }
    table.columns.push({
      name: column.name,
      generated: column.generated,
      exactNumber: column.exact,
      sequence: column.sequence,
    });
  }
  for (const key of keys) tables.get(key.table)?.primaryKey.push(key.column);
  for (const ref of references) {
    const table = tables.get(ref.table);
    if (table && ref.references !== ref.table && !table.references.includes(ref.references))
      table.references.push(ref.references);
  }
  return orderByDependencies([...tables.values()]);
}

/**
 * Tables ordered so that every table comes after the tables it references (ties by name), which is an order
 * in which rows can be inserted. References to oneself are left out: such a table needs its rows in order.
 */
export function orderByDependencies(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  while (remaining.length > 0) {
    const index = remaining.findIndex((t) =>
      t.references.every((r) => r === t.name || placed.has(r) || !byName.has(r)),
    );
    if (index < 0) {
      throw new Error(
        `The tables ${remaining.map((t) => t.name).join(', ')} reference each other in a cycle; they cannot be ordered.`,
      );
    }
    const [next] = remaining.splice(index, 1);
    if (!next) break;
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}
