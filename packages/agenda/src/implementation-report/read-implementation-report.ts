import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { qualified } from '../../../core/src/db/qualified.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { eventColumns, initiativeColumns, presentEvent, presentInitiative } from '../read/entity-reads.ts';
import { presentStageChange } from '../read/initiative-detail.ts';
import {
  events,
  initiativeStageChanges,
  initiatives,
  meetings,
  reports,
  statementEvents,
  statements,
} from '../tables.ts';
import type { ReportStatus, Topic } from '../vocabulary.ts';
import { assembleImplementationReport, type ImplementationReportData } from './assemble-implementation-report.ts';
import type { ImplementationReport, ImplementationReportQuery } from './implementation-report-contract.ts';

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

/**
 * Reads what the implementation report of a period is made of (the initiatives of the topics with their whole
 * history, the accepted reports and the held events overlapping the period) and assembles it. Only accepted
 * reports are read: the report is public.
 */
export async function readImplementationReport(options: {
  db: Db;
  query: ImplementationReportQuery;
  generatedAt: Date;
}): Promise<ImplementationReport> {
  const { db, query } = options;
  const topics = query.topics ?? [];
  const initiativeRows = await db
    .select(initiativeColumns)
    .from(initiatives)
    .where(topics.length > 0 ? sql`${initiatives.topics} && ${textArray(topics)}` : undefined);
  const ids = initiativeRows.map((row) => row.id);
  // An empty id list would make invalid SQL (`in ()`).
  const [historyRows, reportRows, eventRows] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select()
          .from(initiativeStageChanges)
          .where(inArray(initiativeStageChanges.initiativeId, ids))
          .orderBy(asc(initiativeStageChanges.changedOn), asc(initiativeStageChanges.recordedAt)),
    ids.length === 0
      ? []
      : db
          .select()
          .from(reports)
          .where(
            and(
              eq(reports.reviewState, 'accepted'),
              inArray(reports.initiativeId, ids),
              lte(reports.periodStart, query.to),
              gte(reports.periodEnd, query.from),
            ),
          ),
    db
      .select({
        ...eventColumns,
        topics: sql<
          string[]
        >`coalesce((select array_agg(distinct t.topic) from ${statementEvents} join ${statements} on ${statements.id} = ${statementEvents.statementId}, unnest(${statements.topics}) as t(topic) where ${qualified(statementEvents.eventId)} = ${qualified(events.id)}), '{}'::text[])`,
      })
      .from(events)
      .where(
        and(
          eq(events.status, 'held'),
          lte(events.startDate, query.to),
          gte(sql`coalesce(${events.endDate}, ${events.startDate})`, query.from),
        ),
      ),
  ]);

  const statementIds = [
    ...new Set(
      historyRows
        .filter((change) => change.changedOn >= query.from && change.changedOn <= query.to)
        .flatMap((change) => (change.statementId ? [change.statementId] : [])),
    ),
  ];
  const statementRows =
    statementIds.length === 0
      ? []
      : await db
          .select({
            id: statements.id,
            meetingId: statements.meetingId,
            ordinal: statements.ordinal,
            meetingDate: statements.meetingDate,
            meetingTitle: meetings.title,
            text: statements.text,
          })
          .from(statements)
          .innerJoin(meetings, eq(meetings.id, statements.meetingId))
          .where(inArray(statements.id, statementIds));

  const historyOf = new Map<string, typeof historyRows>();
  for (const change of historyRows)
    historyOf.set(change.initiativeId, [...(historyOf.get(change.initiativeId) ?? []), change]);

  const data: ImplementationReportData = {
    initiatives: initiativeRows.map((row) => {
      const {
        mentionCount: _mentions,
        acceptedReportCount: _accepted,
        overdue: _overdue,
        ...initiative
      } = presentInitiative(row);
      return {
        ...initiative,
        history: (historyOf.get(row.id) ?? []).map(presentStageChange),
      };
    }),
    statements: statementRows.map((row) => ({
      ...row,
      meetingTitle: presentLocalizedText(row.meetingTitle),
      text: presentLocalizedText(row.text),
    })),
    reports: reportRows.map((row) => ({
      id: row.id,
      initiativeId: row.initiativeId,
      countryCode: row.countryCode,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      status: row.status as ReportStatus,
      progressPercent: row.progressPercent,
      narrative: presentLocalizedText(row.narrative),
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
    })),
    events: eventRows.map((row) => {
      const { mentionCount: _mentions, ...event } = presentEvent(row);
      return { ...event, topics: row.topics as Topic[] };
    }),
  };
  return assembleImplementationReport({
    data,
    from: query.from,
    to: query.to,
    topics,
    language: query.lang,
    generatedAt: options.generatedAt,
  });
}
