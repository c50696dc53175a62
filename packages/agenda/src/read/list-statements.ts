import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { queryRows } from '../../../core/src/db/query-rows.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { StatementList, StatementListQuery, StatementSummary } from '../contracts.ts';
import { searchTermsFor } from '../search/search-terms.ts';
import { statementDocuments, statementEvents, statementInitiatives, statements } from '../tables.ts';
import { presentStatements, statementColumns } from './present-statements.ts';

/** A text[] literal for the array overlap operator `&&`, which the GIN indexes on topics and countries serve. */
const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

/** The WHERE conditions of a statement filter; shared by the page, the total and the facets. */
export function statementConditions(query: Omit<StatementListQuery, 'limit' | 'offset' | 'facets'>): {
  where: SQL | undefined;
  rank: SQL | null;
} {
  const conditions: SQL[] = [];
  let rank: SQL | null = null;
  if (query.q) {
    const terms = searchTermsFor(query.q);
    const matches: SQL[] = [];
    const ranks: SQL[] = [];
    if (terms.chineseQuery) {
      matches.push(sql`${statements.searchZh} @@ to_tsquery('simple', ${terms.chineseQuery})`);
      ranks.push(sql`ts_rank(${statements.searchZh}, to_tsquery('simple', ${terms.chineseQuery}))`);
    }
    if (terms.alphabeticQuery) {
      matches.push(sql`${statements.searchRu} @@ websearch_to_tsquery('russian', ${terms.alphabeticQuery})`);
      matches.push(sql`${statements.searchEn} @@ websearch_to_tsquery('english', ${terms.alphabeticQuery})`);
      ranks.push(sql`ts_rank(${statements.searchRu}, websearch_to_tsquery('russian', ${terms.alphabeticQuery}))`);
      ranks.push(sql`ts_rank(${statements.searchEn}, websearch_to_tsquery('english', ${terms.alphabeticQuery}))`);
    }
    // A query with nothing searchable (punctuation only) matches nothing rather than everything.
    conditions.push(matches.length > 0 ? sql`(${sql.join(matches, sql` or `)})` : sql`false`);
    rank = ranks.length > 0 ? sql.join(ranks, sql` + `) : null;
  }
  if (query.topic?.length) conditions.push(sql`${statements.topics} && ${textArray(query.topic)}`);
  if (query.stance?.length) conditions.push(inArray(statements.stance, query.stance));
  if (query.actorKind) conditions.push(eq(statements.actorKind, query.actorKind));
  if (query.meeting) conditions.push(eq(statements.meetingId, query.meeting));
  if (query.from) conditions.push(gte(statements.meetingDate, query.from));
  if (query.to) conditions.push(lte(statements.meetingDate, query.to));
  if (query.country?.length) conditions.push(sql`${statements.countries} && ${textArray(query.country)}`);
  if (query.document) {
    conditions.push(
      sql`exists (select 1 from ${statementDocuments} where ${statementDocuments.statementId} = ${statements.id} and ${statementDocuments.documentId} = ${query.document})`,
    );
  }
  if (query.event) {
    conditions.push(
      sql`exists (select 1 from ${statementEvents} where ${statementEvents.statementId} = ${statements.id} and ${statementEvents.eventId} = ${query.event})`,
    );
  }
  if (query.initiative) {
    conditions.push(
      sql`exists (select 1 from ${statementInitiatives} where ${statementInitiatives.statementId} = ${statements.id} and ${statementInitiatives.initiativeId} = ${query.initiative})`,
    );
  }
  return { where: conditions.length > 0 ? and(...conditions) : undefined, rank };
}

/** One page of statements matching a filter, best matches first when searching, else newest meeting first. */
export async function listStatements(options: { db: Db; query: StatementListQuery }): Promise<StatementList> {
  const { db, query } = options;
  const { where, rank } = statementConditions(query);
  const order = rank
    ? [desc(rank), desc(statements.meetingDate), asc(statements.ordinal)]
    : [desc(statements.meetingDate), asc(statements.meetingId), asc(statements.ordinal)];
  const [rows, [counted]] = await Promise.all([
    db
      .select(statementColumns(statements))
      .from(statements)
      .where(where)
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(statements).where(where),
  ]);
  const items = await presentStatements({ db, rows });
  const result: StatementList = { items, total: counted?.total ?? 0 };
  if (query.facets) result.facets = await statementFacets({ db, where });
  return result;
}

interface FacetCount {
  value: string;
  count: number;
}

async function statementFacets(options: { db: Db; where: SQL | undefined }) {
  const { db, where } = options;
  const whereClause = where ? sql`where ${where}` : sql``;
  const [topic, stance, country] = await Promise.all([
    queryRows<FacetCount>(
      db,
      sql`select t.value, count(*)::int as count from ${statements}, unnest(${statements.topics}) as t(value) ${whereClause} group by t.value order by count desc, t.value`,
    ),
    queryRows<FacetCount>(
      db,
      sql`select ${statements.stance} as value, count(*)::int as count from ${statements} ${whereClause} group by 1 order by count desc, 1`,
    ),
    queryRows<FacetCount>(
      db,
      sql`select c.value, count(*)::int as count from ${statements}, unnest(${statements.countries}) as c(value) ${whereClause} group by c.value order by count desc, c.value`,
    ),
  ]);
  return { topic, stance, country };
}

/** One statement by id. */
export async function getStatement(options: { db: Db; id: string }): Promise<StatementSummary> {
  const rows = await options.db
    .select(statementColumns(statements))
    .from(statements)
    .where(eq(statements.id, options.id));
  const [statement] = await presentStatements({ db: options.db, rows });
  if (!statement) throw new DomainError('not_found', `No statement with id "${options.id}".`);
  return statement;
}
