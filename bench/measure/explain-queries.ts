import { asc, desc, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { StatementListQuery } from '../../packages/agenda/src/contracts.ts';
import { statementConditions } from '../../packages/agenda/src/read/list-statements.ts';
import { statementColumns } from '../../packages/agenda/src/read/present-statements.ts';
import { statements } from '../../packages/agenda/src/tables.ts';
import { openPool } from '../support/pg-connections.ts';

export interface ExplainedQuery {
  label: string;
  executionMs: number;
  planningMs: number;
  plan: string;
  /** Cold variants: the label of the same query for the warm path. */
  warmLabel?: string;
  /** Cold variants: whether PostgreSQL chose the same plan (node types, order and indexes) as for the warm path. */
  samePlanAsWarm?: boolean;
}

/** The plan's nodes and indexes without costs, timings, buffers or conditions: what the planner chose. */
export function planShape(plan: string): string {
  return plan
    .split('\n')
    .filter((line) => /^\s*->/.test(line) || /^\S/.test(line))
    .filter((line) => !/^(Planning|Execution|Buffers)/.test(line.trim()))
    .map((line) => line.replace(/\s*\(cost=.*$/, '').trim())
    .join(' | ');
}

type Filter = Omit<StatementListQuery, 'limit' | 'offset' | 'facets'>;

/** The proposed upper bound of an exact `total`. */
export const countCap = 1000;

/**
 * The SQL that listStatements sends for a filter on a cache miss, built from the same exported pieces
 * (statementConditions, statementColumns), the same ORDER BY and the same facet queries, so EXPLAIN sees what the
 * server runs.
 */
export function listStatementQueries(
  filter: Filter,
  limit = 20,
  offset = 0,
): { page: SQL; count: SQL; cappedCount: SQL; facets: SQL[] } {
  const db = drizzle.mock();
  const { where, rank } = statementConditions(filter);
  const order = rank
    ? [desc(rank), desc(statements.meetingDate), asc(statements.ordinal)]
    : [desc(statements.meetingDate), asc(statements.meetingId), asc(statements.ordinal)];
  const page = db
    .select(statementColumns(statements))
    .from(statements)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const count = db.select({ total: sql<number>`count(*)::int` }).from(statements).where(where);
  const whereClause = where ? sql`where ${where}` : sql``;
  // Proposal: count at most `countCap` + 1 matches, so the count stops early on common words ("1,000+").
  const cappedCount = sql`select count(*)::int as total from (select 1 from ${statements} ${whereClause} limit ${countCap + 1}) as capped`;
  const facets = [
    sql`select t.value, count(*)::int as count from ${statements}, unnest(${statements.topics}) as t(value) ${whereClause} group by t.value order by count desc, t.value`,
    sql`select ${statements.stance} as value, count(*)::int as count from ${statements} ${whereClause} group by 1 order by count desc, 1`,
    sql`select c.value, count(*)::int as count from ${statements}, unnest(${statements.countries}) as c(value) ${whereClause} group by c.value order by count desc, c.value`,
  ];
  return { page: page.getSQL(), count: count.getSQL(), cappedCount, facets };
}

const dialect = new PgDialect();

/** EXPLAIN (ANALYZE, BUFFERS) of one query; runs it twice and keeps the second (warm cache) plan. */
export async function explain(pool: pg.Pool, label: string, query: SQL): Promise<ExplainedQuery> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  let lines: string[] = [];
  for (let run = 0; run < 2; run++) {
    const result = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params);
    lines = result.rows.map((row) => row['QUERY PLAN']);
  }
  const timing = (name: string) =>
    Number(lines.find((line) => line.startsWith(name))?.match(/([\d.]+) ms/)?.[1] ?? Number.NaN);
  return { label, executionMs: timing('Execution Time'), planningMs: timing('Planning Time'), plan: lines.join('\n') };
}

export async function withPool<T>(databaseUrl: string, use: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = openPool(databaseUrl, 1);
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}
