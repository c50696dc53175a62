import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import type { StatementSummary } from '../contracts.ts';
import {
  documents,
  events,
  initiatives,
  statementDocuments,
  statementEvents,
  statementInitiatives,
  type statements,
} from '../tables.ts';
import type { ActorKind, Stance, Topic } from '../vocabulary.ts';

export type StatementRow = Pick<
  typeof statements.$inferSelect,
  | 'id'
  | 'meetingId'
  | 'ordinal'
  | 'meetingDate'
  | 'text'
  | 'stance'
  | 'otherStances'
  | 'actorKind'
  | 'topics'
  | 'countries'
  | 'span'
>;

/** The columns a statement presentation needs; search vectors stay in the database. */
export const statementColumns = (table: typeof statements) => ({
  id: table.id,
  meetingId: table.meetingId,
  ordinal: table.ordinal,
  meetingDate: table.meetingDate,
  text: table.text,
  stance: table.stance,
  otherStances: table.otherStances,
  actorKind: table.actorKind,
  topics: table.topics,
  countries: table.countries,
  span: table.span,
});

const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Presents statements with their linked entities, in three queries whatever the page size. */
export async function presentStatements(options: { db: Db; rows: StatementRow[] }): Promise<StatementSummary[]> {
  const { db, rows } = options;
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [documentRows, eventRows, initiativeRows] = await Promise.all([
    db
      .select({ statementId: statementDocuments.statementId, id: documents.id, title: documents.title })
      .from(statementDocuments)
      .innerJoin(documents, eq(documents.id, statementDocuments.documentId))
      .where(inArray(statementDocuments.statementId, ids)),
    db
      .select({
        statementId: statementEvents.statementId,
        id: events.id,
        title: events.name,
        startDate: events.startDate,
      })
      .from(statementEvents)
      .innerJoin(events, eq(events.id, statementEvents.eventId))
      .where(inArray(statementEvents.statementId, ids)),
    db
      .select({ statementId: statementInitiatives.statementId, id: initiatives.id, title: initiatives.title })
      .from(statementInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, statementInitiatives.initiativeId))
      .where(inArray(statementInitiatives.statementId, ids)),
  ]);
  const documentsOf = groupBy(documentRows, (row) => row.statementId);
  const eventsOf = groupBy(eventRows, (row) => row.statementId);
  const initiativesOf = groupBy(initiativeRows, (row) => row.statementId);
  const ref = (row: { id: string; title: Parameters<typeof presentLocalizedText>[0] }) => ({
    id: row.id,
    title: presentLocalizedText(row.title),
  });
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meetingId,
    ordinal: row.ordinal,
    meetingDate: row.meetingDate,
    text: presentLocalizedText(row.text),
    stance: row.stance as Stance,
    otherStances: row.otherStances as Stance[],
    actorKind: row.actorKind as ActorKind,
    countries: row.countries,
    topics: row.topics as Topic[],
    documents: (documentsOf.get(row.id) ?? []).map(ref),
    events: (eventsOf.get(row.id) ?? []).sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '')).map(ref),
    initiatives: (initiativesOf.get(row.id) ?? []).map(ref),
    span: row.span,
  }));
}
