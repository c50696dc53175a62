import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A column with its table name, for correlated subqueries inside select lists: there drizzle writes bare column
 * names, and a bare "id" would resolve to the subquery's own table.
 */
export const qualified = (column: AnyPgColumn): SQL => sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
