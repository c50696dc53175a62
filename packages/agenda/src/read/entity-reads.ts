import { and, asc, count, desc, eq, gte, ilike, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../../core/src/db/database.ts';
import { qualified } from '../../../core/src/db/qualified.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { initiativeOverdueCondition, isInitiativeOverdue, todayUtc } from '../alerts/overdue.ts';
import type {
  documentListQuerySchema,
  documentSummarySchema,
  eventListQuerySchema,
  eventSummarySchema,
  initiativeListQuerySchema,
  initiativeSummarySchema,
} from '../contracts.ts';
import {
  documents,
  events,
  initiatives,
  reports,
  statementDocuments,
  statementEvents,
  statementInitiatives,
  statements,
} from '../tables.ts';
import type { DatePrecision, EventFormat, InitiativeStage, Topic } from '../vocabulary.ts';
import { presentStatements, statementColumns } from './present-statements.ts';

/** Matches a search word in any language of a LocalizedText column (titles and names are short: ILIKE suffices). */
const localizedTextMatches = (column: AnyPgColumn, query: string) => {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    ilike(sql`(${column})->'zh'->>'text'`, pattern),
    ilike(sql`(${column})->'ru'->>'text'`, pattern),
    ilike(sql`(${column})->'en'->>'text'`, pattern),
  )!;
};

const partialDate = (date: string | null, precision: string | null) =>
  date ? { date, precision: (precision ?? 'day') as DatePrecision } : null;

async function statementsLinkedBy(options: { db: Db; where: SQL }) {
  const rows = await options.db
    .select(statementColumns(statements))
    .from(statements)
    .where(options.where)
    .orderBy(desc(statements.meetingDate), asc(statements.ordinal));
  return presentStatements({ db: options.db, rows });
}

// ---- documents ----------------------------------------------------------------------------------------------

type DocumentSummary = z.infer<typeof documentSummarySchema>;

const documentMentions = sql<number>`(select count(*)::int from ${statementDocuments} where ${qualified(statementDocuments.documentId)} = ${qualified(documents.id)})`;

const presentDocument = (row: typeof documents.$inferSelect & { mentionCount: number }): DocumentSummary => ({
  id: row.id,
  title: presentLocalizedText(row.title),
  adopted: partialDate(row.adoptedOn, row.adoptedPrecision),
  place: row.place ? presentLocalizedText(row.place) : null,
  mentionCount: row.mentionCount,
});

export async function listDocuments(options: { db: Db; query: z.infer<typeof documentListQuerySchema> }) {
  const { db, query } = options;
  const conditions: SQL[] = [];
  if (query.q) conditions.push(localizedTextMatches(documents.title, query.q));
  if (query.from) conditions.push(gte(documents.adoptedOn, query.from));
  if (query.to) conditions.push(lte(documents.adoptedOn, query.to));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select({ ...documentColumns, mentionCount: documentMentions })
      .from(documents)
      .where(where)
      .orderBy(sql`${documents.adoptedOn} desc nulls last`, sql`${documents.title}->'zh'->>'text'`)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(documents).where(where),
  ]);
  return { items: rows.map(presentDocument), total: counted?.total ?? 0 };
}

const documentColumns = {
  id: documents.id,
  title: documents.title,
  adoptedOn: documents.adoptedOn,
  adoptedPrecision: documents.adoptedPrecision,
  place: documents.place,
};

export async function getDocument(options: { db: Db; id: string }) {
  const { db, id } = options;
  const [row] = await db
    .select({ ...documentColumns, mentionCount: documentMentions })
    .from(documents)
    .where(eq(documents.id, id));
  if (!row) throw new DomainError('not_found', `No document with id "${id}".`);
  const linked = await statementsLinkedBy({
    db,
    where: sql`exists (select 1 from ${statementDocuments} where ${statementDocuments.statementId} = ${statements.id} and ${statementDocuments.documentId} = ${id})`,
  });
  return { ...presentDocument(row), statements: linked };
}

// ---- events -------------------------------------------------------------------------------------------------

type EventSummary = z.infer<typeof eventSummarySchema>;

const eventMentions = sql<number>`(select count(*)::int from ${statementEvents} where ${qualified(statementEvents.eventId)} = ${qualified(events.id)})`;

export const presentEvent = (
  row: Omit<typeof events.$inferSelect, 'seriesId'> & { mentionCount: number },
): EventSummary => ({
  id: row.id,
  name: presentLocalizedText(row.name),
  start: partialDate(row.startDate, row.datePrecision),
  end: partialDate(row.endDate, row.datePrecision),
  place: row.place ? presentLocalizedText(row.place) : null,
  hostCountryCode: row.hostCountryCode,
  format: row.format as EventFormat,
  status: row.status as 'held' | 'planned',
  mentionCount: row.mentionCount,
});

export const eventColumns = {
  id: events.id,
  name: events.name,
  startDate: events.startDate,
  endDate: events.endDate,
  datePrecision: events.datePrecision,
  place: events.place,
  hostCountryCode: events.hostCountryCode,
  format: events.format,
  status: events.status,
  mentionCount: eventMentions,
};

export async function listEvents(options: { db: Db; query: z.infer<typeof eventListQuerySchema> }) {
  const { db, query } = options;
  const conditions: SQL[] = [];
  if (query.q) conditions.push(localizedTextMatches(events.name, query.q));
  if (query.status) conditions.push(eq(events.status, query.status));
  if (query.country) conditions.push(eq(events.hostCountryCode, query.country));
  if (query.from) conditions.push(gte(events.endDate, query.from));
  if (query.to) conditions.push(lte(events.startDate, query.to));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const direction = query.sort === 'date_desc' ? sql`desc nulls last` : sql`asc nulls last`;
  const [rows, [counted]] = await Promise.all([
    db
      .select(eventColumns)
      .from(events)
      .where(where)
      .orderBy(sql`${events.startDate} ${direction}`, events.id)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(events).where(where),
  ]);
  return { items: rows.map(presentEvent), total: counted?.total ?? 0 };
}

export async function getEvent(options: { db: Db; id: string }) {
  const { db, id } = options;
  const [row] = await db.select(eventColumns).from(events).where(eq(events.id, id));
  if (!row) throw new DomainError('not_found', `No event with id "${id}".`);
  const linked = await statementsLinkedBy({
    db,
    where: sql`exists (select 1 from ${statementEvents} where ${statementEvents.statementId} = ${statements.id} and ${statementEvents.eventId} = ${id})`,
  });
  const [{ seriesId } = { seriesId: null }] = await db
    .select({ seriesId: events.seriesId })
    .from(events)
    .where(eq(events.id, id));
  const series = seriesId
    ? await db
        .select(eventColumns)
        .from(events)
        .where(and(eq(events.seriesId, seriesId), ne(events.id, id)))
        .orderBy(asc(events.startDate))
        .limit(50)
    : [];
  return { ...presentEvent(row), statements: linked, series: series.map(presentEvent) };
}

// ---- initiatives --------------------------------------------------------------------------------------------

type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

export const initiativeColumns = {
  id: initiatives.id,
  title: initiatives.title,
  stage: initiatives.stage,
  stageChangedOn: initiatives.stageChangedOn,
  topics: initiatives.topics,
  leadCountryCode: initiatives.leadCountryCode,
  leadBody: initiatives.leadBody,
  dueOn: initiatives.dueOn,
  mentionCount: sql<number>`(select count(*)::int from ${statementInitiatives} where ${qualified(statementInitiatives.initiativeId)} = ${qualified(initiatives.id)})`,
  acceptedReportCount: sql<number>`(select count(*)::int from ${reports} where ${qualified(reports.initiativeId)} = ${qualified(initiatives.id)} and ${qualified(reports.reviewState)} = 'accepted')`,
};

export const presentInitiative = (row: {
  id: string;
  title: typeof initiatives.$inferSelect.title;
  stage: string;
  stageChangedOn: string;
  topics: string[];
  mentionCount: number;
  acceptedReportCount: number;
  leadCountryCode: string | null;
  leadBody: typeof initiatives.$inferSelect.leadBody;
  dueOn: string | null;
}): InitiativeSummary => ({
  id: row.id,
  title: presentLocalizedText(row.title),
  stage: row.stage as InitiativeStage,
  stageChangedOn: row.stageChangedOn,
  topics: row.topics as Topic[],
  mentionCount: row.mentionCount,
  acceptedReportCount: row.acceptedReportCount,
  leadCountryCode: row.leadCountryCode,
  leadBody: row.leadBody ? presentLocalizedText(row.leadBody) : null,
  dueOn: row.dueOn,
  overdue: isInitiativeOverdue({ dueOn: row.dueOn, stage: row.stage as InitiativeStage, today: todayUtc() }),
});

export async function listInitiatives(options: { db: Db; query: z.infer<typeof initiativeListQuerySchema> }) {
  const { db, query } = options;
  const conditions: SQL[] = [];
  if (query.q) conditions.push(localizedTextMatches(initiatives.title, query.q));
  if (query.stage?.length) conditions.push(inArray(initiatives.stage, query.stage));
  if (query.topic) conditions.push(sql`${query.topic} = any(${initiatives.topics})`);
  if (query.overdue !== undefined) {
    const overdue = initiativeOverdueCondition(todayUtc());
    conditions.push(query.overdue ? overdue : sql`not (${overdue})`);
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select(initiativeColumns)
      .from(initiatives)
      .where(where)
      .orderBy(desc(initiatives.stageChangedOn), sql`${initiatives.title}->'zh'->>'text'`)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(initiatives).where(where),
  ]);
  return { items: rows.map(presentInitiative), total: counted?.total ?? 0 };
}

export async function statementsNamingInitiative(options: { db: Db; id: string }) {
  return statementsLinkedBy({
    db: options.db,
    where: sql`exists (select 1 from ${statementInitiatives} where ${statementInitiatives.statementId} = ${statements.id} and ${statementInitiatives.initiativeId} = ${options.id})`,
  });
}
