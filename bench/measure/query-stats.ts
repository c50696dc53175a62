import { openClient } from '../support/pg-connections.ts';

/** Time PostgreSQL spent per normalised query during a run, from pg_stat_statements. */
export interface QueryStat {
  query: string;
  calls: number;
  totalMs: number;
  meanMs: number;
}

/**
 * How often PostgreSQL ran which kind of statement since the last reset: the evidence whether requests hit the
 * server's result cache. The cache looks up its version (`max(audit_log.seq)`) on every request, hit or miss; only
 * a miss computes the result, and each computation of a statement list runs its page query exactly once (an
 * overview its initiative-stage count exactly once).
 */
export interface CallCounts {
  versionChecks: number;
  statementListLoads: number;
  overviewLoads: number;
  /** Every other statement of this database (the rest of a miss: total, linked entities, facets, …). */
  otherStatements: number;
}

/** The statements of this bench's own monitoring connection, which are not the server's work. */
const ownQueries = `query not like '%pg_stat_statements%' and query not like '%pg_stat_activity%'`;

/** Classifies a normalised statement of pg_stat_statements. */
export function classifyStatement(query: string): keyof CallCounts {
  const text = query.replace(/\s+/g, ' ').toLowerCase();
  if (/from "audit_log"/.test(text) && /max\(/.test(text)) return 'versionChecks';
  // listStatements' page: the statement columns, ordered and limited (drizzle leaves out `offset 0`); getStatement,
  // the total and the facets have no limit, and other reads that order and limit select other columns.
  if (/^select "id", "meeting_id", "ordinal", .* from "agenda_statements" .*limit \$\d+( offset \$\d+)?$/.test(text))
    return 'statementListLoads';
  if (/from "agenda_initiatives" group by/.test(text)) return 'overviewLoads';
  return 'otherStatements';
}

/**
 * pg_stat_statements when the server preloads it (the private cluster does); otherwise reset and top do nothing,
 * e.g. on a BENCH_DATABASE_URL server without it.
 */
export interface QueryStats {
  available: boolean;
  reset(): Promise<void>;
  top(limit: number): Promise<QueryStat[]>;
  /** Calls since the last reset by kind; null without pg_stat_statements. */
  callCounts(): Promise<CallCounts | null>;
  /**
   * Waits until no other session of this database runs a statement: requests cut off at the end of a load run
   * are still queued in the server, and the next run must not pay for them.
   */
  waitUntilIdle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function openQueryStats(databaseUrl: string): Promise<QueryStats> {
  const client = await openClient(databaseUrl);
  const available = await client
    .query('create extension if not exists pg_stat_statements')
    .then(() => client.query('select 1 from pg_stat_statements limit 1'))
    .then(() => true)
    .catch(() => false);
  return {
    available,
    reset: async () => {
      if (available) await client.query('select pg_stat_statements_reset()');
    },
    top: async (limit) => {
      if (!available) return [];
      const { rows } = await client.query<{ query: string; calls: string; total: number; mean: number }>(
        `select regexp_replace(query, '\\s+', ' ', 'g') as query, calls, total_exec_time as total, mean_exec_time as mean
         from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
           and ${ownQueries}
         order by total_exec_time desc limit $1`,
        [limit],
      );
      return rows.map((row) => ({ query: row.query, calls: Number(row.calls), totalMs: row.total, meanMs: row.mean }));
    },
    callCounts: async () => {
      if (!available) return null;
      const { rows } = await client.query<{ query: string; calls: string }>(
        `select query, calls from pg_stat_statements
         where dbid = (select oid from pg_database where datname = current_database()) and ${ownQueries}`,
      );
      const counts: CallCounts = { versionChecks: 0, statementListLoads: 0, overviewLoads: 0, otherStatements: 0 };
      for (const row of rows) counts[classifyStatement(row.query)] += Number(row.calls);
      return counts;
    },
    waitUntilIdle: async (timeoutMs = 120_000) => {
      const deadline = Date.now() + timeoutMs;
      let quietChecks = 0;
      while (quietChecks < 2 && Date.now() < deadline) {
        const { rows } = await client.query<{ active: number }>(
          `select count(*)::int as active from pg_stat_activity
           where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
        );
        quietChecks = rows[0]?.active === 0 ? quietChecks + 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    close: () => client.end(),
  };
}
