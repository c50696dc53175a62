import { count, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { queryRows } from '../../../core/src/db/query-rows.ts';
import type { Overview } from '../contracts.ts';
import { documents, events, initiatives, meetings, reports, statements } from '../tables.ts';
import { eventColumns, presentEvent } from './entity-reads.ts';
import { latestMeeting } from './meeting-reads.ts';

interface FacetCount {
  value: string;
  count: number;
}

/** The dashboard: counts, statements by topic and stance, initiatives by stage, the next events. */
export async function getOverview(options: { db: Db; today: string }): Promise<Overview> {
  const { db, today } = options;
  const total = async (
    table: typeof meetings | typeof statements | typeof documents | typeof events | typeof initiatives,
  ) => {
    const [row] = await db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  };
  const [
    meetingCount,
    statementCount,
    documentCount,
    eventCount,
    initiativeCount,
    [accepted],
    byTopic,
    byStance,
    byStage,
    upcoming,
    latest,
  ] = await Promise.all([
    total(meetings),
    total(statements),
    total(documents),
    total(events),
    total(initiatives),
    db.select({ n: count() }).from(reports).where(eq(reports.reviewState, 'accepted')),
    queryRows<FacetCount>(
      db,
      sql`select t.value, count(*)::int as count from ${statements}, unnest(${statements.topics}) as t(value) group by t.value order by count desc, t.value`,
    ),
    queryRows<FacetCount>(
      db,
      sql`select ${statements.stance} as value, count(*)::int as count from ${statements} group by 1 order by count desc, 1`,
    ),
    queryRows<FacetCount>(
      db,
      sql`select ${initiatives.stage} as value, count(*)::int as count from ${initiatives} group by 1 order by count desc, 1`,
    ),
    db.select(eventColumns).from(events).where(gte(events.endDate, today)).orderBy(events.startDate).limit(10),
    latestMeeting(db),
  ]);
  return {
    counts: {
      meetings: meetingCount,
      statements: statementCount,
      documents: documentCount,
      events: eventCount,
      initiatives: initiativeCount,
      acceptedReports: accepted?.n ?? 0,
    },
    statementsByTopic: byTopic,
    statementsByStance: byStance,
    initiativesByStage: byStage,
    upcomingEvents: upcoming.map(presentEvent),
    latestMeeting: latest,
  };
}
