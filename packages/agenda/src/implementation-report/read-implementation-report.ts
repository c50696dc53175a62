import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { qualified } from '../../../core/src/db/qualified.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import {
  events,
  initiativeStageChanges,
  initiatives,
  meetings,
  reports,
  statementEvents,
  statements,
} from '../tables.ts';
import type { DatePrecision, EventFormat, InitiativeStage, ReportStatus, Topic } from '../vocabulary.ts';
import { assembleImplementationReport, type ImplementationReportData } from './assemble-implementation-report.ts';
import type { ImplementationReport, ImplementationReportQuery } from './implementation-report-contract.ts';

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;

const partialDate = (date: string | null, precision: string | null) =>
  date ? { date, precision: (precision ?? 'day') as DatePrecision } : null;

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
    .select({
      id: initiatives.id,
      title: initiatives.title,
      stage: initiatives.stage,
      stageChangedOn: initiatives.stageChangedOn,
      topics: initiatives.topics,
      leadCountryCode: initiatives.leadCountryCode,
      leadBody: initiatives.leadBody,
      dueOn: initiatives.dueOn,
    })
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
        id: events.id,
        name: events.name,
        startDate: events.startDate,
        endDate: events.endDate,
        datePrecision: events.datePrecision,
        place: events.place,
        hostCountryCode: events.hostCountryCode,
        format: events.format,
        status: events.status,
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
    initiatives: initiativeRows.map((row) => ({
      id: row.id,
      title: presentLocalizedText(row.title),
      stage: row.stage as InitiativeStage,
      stageChangedOn: row.stageChangedOn,
      topics: row.topics as Topic[],
      leadCountryCode: row.leadCountryCode,
      leadBody: row.leadBody ? presentLocalizedText(row.leadBody) : null,
      dueOn: row.dueOn,
      history: (historyOf.get(row.id) ?? []).map((change) => ({
        fromStage: change.fromStage as InitiativeStage | null,
        toStage: change.toStage as InitiativeStage,
        changedOn: change.changedOn,
        statementId: change.statementId,
        reportId: change.reportId,
        note: change.note,
      })),
    })),
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
    events: eventRows.map((row) => ({
      id: row.id,
      name: presentLocalizedText(row.name),
      start: partialDate(row.startDate, row.datePrecision),
      end: partialDate(row.endDate, row.datePrecision),
      place: row.place ? presentLocalizedText(row.place) : null,
      hostCountryCode: row.hostCountryCode,
      format: row.format as EventFormat,
      status: row.status as 'held' | 'planned',
      topics: row.topics as Topic[],
    })),
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
