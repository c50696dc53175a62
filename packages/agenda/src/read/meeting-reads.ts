import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../core/src/db/database.ts';
import { qualified } from '../../../core/src/db/qualified.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import type { MeetingDetail, meetingSummarySchema } from '../contracts.ts';
import {
  meetingParticipants,
  meetings,
  statementDocuments,
  statementEvents,
  statementInitiatives,
  statements,
  textVersions,
} from '../tables.ts';
import type { DatePrecision, EventFormat } from '../vocabulary.ts';
import { presentStatements, statementColumns } from './present-statements.ts';

type MeetingSummary = z.infer<typeof meetingSummarySchema>;
type SummaryRow = Pick<
  typeof meetings.$inferSelect,
  'id' | 'body' | 'bodyName' | 'number' | 'title' | 'startDate' | 'endDate' | 'place' | 'format'
> & { statementCount: number };

const summaryColumns = {
  id: meetings.id,
  body: meetings.body,
  bodyName: meetings.bodyName,
  number: meetings.number,
  title: meetings.title,
  startDate: meetings.startDate,
  endDate: meetings.endDate,
  place: meetings.place,
  format: meetings.format,
  statementCount: sql<number>`(select count(*)::int from ${statements} where ${qualified(statements.meetingId)} = ${qualified(meetings.id)})`,
};

const presentSummary = (row: SummaryRow): MeetingSummary => ({
  id: row.id,
  body: row.body,
  bodyName: presentLocalizedText(row.bodyName),
  number: row.number,
  title: presentLocalizedText(row.title),
  startDate: row.startDate,
  endDate: row.endDate,
  place: presentLocalizedText(row.place),
  format: row.format as EventFormat,
  statementCount: row.statementCount,
});

export async function listMeetings(options: { db: Db; limit: number; offset: number }) {
  const { db } = options;
  const [rows, [counted]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(meetings)
      .orderBy(desc(meetings.startDate))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ total: count() }).from(meetings),
  ]);
  return { items: rows.map(presentSummary), total: counted?.total ?? 0 };
}

export async function latestMeeting(db: Db): Promise<MeetingSummary | null> {
  const [row] = await db.select(summaryColumns).from(meetings).orderBy(desc(meetings.startDate)).limit(1);
  return row ? presentSummary(row) : null;
}

/** A meeting with its official text and every fact extracted from it, each with the span to highlight. */
export async function getMeeting(options: { db: Db; id: string }): Promise<MeetingDetail> {
  const { db, id } = options;
  const [row] = await db
    .select({ ...summaryColumns, all: meetings })
    .from(meetings)
    .where(eq(meetings.id, id));
  if (!row) throw new DomainError('not_found', `No meeting with id "${id}".`);
  const meeting = row.all;
  const inMeeting = eq(statements.meetingId, id);
  const [participants, statementRows, documentLinks, eventLinks, initiativeLinks, versions] = await Promise.all([
    db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, id))
      .orderBy(asc(meetingParticipants.ordinal)),
    db.select(statementColumns(statements)).from(statements).where(inMeeting).orderBy(asc(statements.ordinal)),
    db
      .select({ refId: statementDocuments.documentId, spans: statementDocuments.spans })
      .from(statementDocuments)
      .innerJoin(statements, eq(statements.id, statementDocuments.statementId))
      .where(inMeeting),
    db
      .select({ refId: statementEvents.eventId, spans: statementEvents.spans })
      .from(statementEvents)
      .innerJoin(statements, eq(statements.id, statementEvents.statementId))
      .where(inMeeting),
    db
      .select({ refId: statementInitiatives.initiativeId, spans: statementInitiatives.spans })
      .from(statementInitiatives)
      .innerJoin(statements, eq(statements.id, statementInitiatives.statementId))
      .where(inMeeting),
    db
      .select({
        language: textVersions.language,
        provenance: textVersions.provenance,
        sourceNote: textVersions.sourceNote,
        alignment: textVersions.alignment,
      })
      .from(textVersions)
      .where(eq(textVersions.meetingId, id))
      .orderBy(asc(textVersions.language)),
  ]);
  const localizedOrNull = (value: Parameters<typeof presentLocalizedText>[0] | null) =>
    value ? presentLocalizedText(value) : null;
  const facts: MeetingDetail['facts'] = [
    { kind: 'meeting' as const, refId: id, span: meeting.headerSpan },
    ...(meeting.chair ? [{ kind: 'chair' as const, refId: null, span: meeting.chair.span }] : []),
    ...participants.map((p) => ({ kind: 'participant' as const, refId: p.countryCode, span: p.span })),
    ...(meeting.nextMeeting ? [{ kind: 'next_meeting' as const, refId: null, span: meeting.nextMeeting.span }] : []),
    ...documentLinks.flatMap((link) =>
      link.spans.map((span) => ({ kind: 'document' as const, refId: link.refId, span })),
    ),
    ...eventLinks.flatMap((link) => link.spans.map((span) => ({ kind: 'event' as const, refId: link.refId, span }))),
    ...initiativeLinks.flatMap((link) =>
      link.spans.map((span) => ({ kind: 'initiative' as const, refId: link.refId, span })),
    ),
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return {
    ...presentSummary({ ...meeting, statementCount: row.statementCount }),
    chair: meeting.chair && {
      countryCode: meeting.chair.countryCode,
      title: localizedOrNull(meeting.chair.title),
      personName: localizedOrNull(meeting.chair.personName),
      span: meeting.chair.span,
    },
    participants: participants.map((p) => ({
      role: p.role as 'head_of_delegation' | 'guest' | 'observer',
      countryCode: p.countryCode,
      title: localizedOrNull(p.title),
      personName: localizedOrNull(p.personName),
      organization: localizedOrNull(p.organization),
      span: p.span,
    })),
    nextMeeting: meeting.nextMeeting && {
      date: meeting.nextMeeting.date
        ? { date: meeting.nextMeeting.date, precision: (meeting.nextMeeting.datePrecision ?? 'day') as DatePrecision }
        : null,
      place: localizedOrNull(meeting.nextMeeting.place),
      countryCode: meeting.nextMeeting.countryCode,
      span: meeting.nextMeeting.span,
    },
    kind: meeting.kind as MeetingDetail['kind'],
    sourceLanguage: meeting.sourceLanguage as MeetingDetail['sourceLanguage'],
    sourceProvenance: meeting.sourceProvenance as MeetingDetail['sourceProvenance'],
    sourceNote: meeting.sourceNote,
    versions: versions.map((version) => ({
      language: version.language as MeetingDetail['versions'][number]['language'],
      provenance: version.provenance as MeetingDetail['sourceProvenance'],
      sourceNote: version.sourceNote,
      alignment: version.alignment,
    })),
    sourceText: meeting.sourceText,
    contentHash: meeting.contentHash,
    statements: await presentStatements({ db, rows: statementRows }),
    facts,
  };
}
