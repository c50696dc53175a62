import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { type Language, type LocalizedText, languages } from '../../../core/src/localized-text.ts';
import type { PartialDate, Span, TextKind } from '../ingest/types.ts';
import {
  documents,
  events,
  initiatives,
  meetingParticipants,
  meetings,
  statementDocuments,
  statementEvents,
  statementInitiatives,
  statements,
} from '../tables.ts';
import type { DatePrecision } from '../vocabulary.ts';
import type { AkomaNtosoInput, ParticipantRole } from './akoma-ntoso.ts';

/** A name in the text's own language; else the official one, else any (an entity first named in another text). */
function inLanguage(value: LocalizedText | null | undefined, language: Language): string | null {
  if (!value) return null;
  const official = languages.find((l) => value[l]?.provenance === 'official');
  return (
    value[language]?.text ?? (official ? value[official]?.text : undefined) ?? Object.values(value)[0]?.text ?? null
  );
}

const partialDate = (date: string | null, precision: string | null): PartialDate | null =>
  date ? { date, precision: (precision ?? 'day') as DatePrecision } : null;

/** Groups link rows by entity, keeping every span the entity has in the meeting's statements. */
function byEntity<Row extends { id: string; spans: Span[] }>(rows: Row[]): (Row & { spans: Span[] })[] {
  const grouped = new Map<string, Row & { spans: Span[] }>();
  for (const row of rows) {
    const found = grouped.get(row.id);
    if (found) found.spans.push(...row.spans);
    else grouped.set(row.id, { ...row, spans: [...row.spans] });
  }
  return [...grouped.values()];
}

/** Reads what the Akoma Ntoso rendering of a meeting's text needs; an unknown meeting is not found. */
export async function readAkomaNtosoInput(options: {
  db: Db;
  id: string;
  generatedOn: string;
}): Promise<AkomaNtosoInput> {
  const { db, id } = options;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) throw new DomainError('not_found', `No meeting with id "${id}".`);
  const language = meeting.sourceLanguage as Language;
  const inMeeting = eq(statements.meetingId, id);
  const [participantRows, statementRows, documentRows, eventRows, initiativeRows] = await Promise.all([
    db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, id))
      .orderBy(asc(meetingParticipants.ordinal)),
    db
      .select({ ordinal: statements.ordinal, span: statements.span })
      .from(statements)
      .where(inMeeting)
      .orderBy(asc(statements.ordinal)),
    db
      .select({
        id: documents.id,
        adoptedOn: documents.adoptedOn,
        adoptedPrecision: documents.adoptedPrecision,
        spans: statementDocuments.spans,
      })
      .from(statementDocuments)
      .innerJoin(statements, eq(statements.id, statementDocuments.statementId))
      .innerJoin(documents, eq(documents.id, statementDocuments.documentId))
      .where(inMeeting)
      .orderBy(asc(statements.ordinal), asc(documents.id)),
    db
      .select({
        id: events.id,
        name: events.name,
        startDate: events.startDate,
        datePrecision: events.datePrecision,
        spans: statementEvents.spans,
      })
      .from(statementEvents)
      .innerJoin(statements, eq(statements.id, statementEvents.statementId))
      .innerJoin(events, eq(events.id, statementEvents.eventId))
      .where(inMeeting)
      .orderBy(asc(statements.ordinal), asc(events.id)),
    db
      .select({ id: initiatives.id, title: initiatives.title, spans: statementInitiatives.spans })
      .from(statementInitiatives)
      .innerJoin(statements, eq(statements.id, statementInitiatives.statementId))
      .innerJoin(initiatives, eq(initiatives.id, statementInitiatives.initiativeId))
      .where(inMeeting)
      .orderBy(asc(statements.ordinal), asc(initiatives.id)),
  ]);

  const chairName = inLanguage(meeting.chair?.personName, language);
  const participants: AkomaNtosoInput['participants'] = [
    ...(meeting.chair && chairName
      ? [{ kind: 'person' as const, name: chairName, role: 'chair' as const, span: meeting.chair.span }]
      : []),
    ...participantRows.flatMap((row): AkomaNtosoInput['participants'] => {
      const role = row.role as ParticipantRole;
      const personName = inLanguage(row.personName, language);
      if (personName) return [{ kind: 'person', name: personName, role, span: row.span }];
      const organization = inLanguage(row.organization, language);
      return organization ? [{ kind: 'organization', name: organization, role, span: row.span }] : [];
    }),
  ];

  return {
    meeting: {
      id: meeting.id,
      kind: meeting.kind as TextKind,
      body: meeting.body,
      bodyName: inLanguage(meeting.bodyName, language) ?? meeting.body,
      number: meeting.number,
      title: inLanguage(meeting.title, language) ?? meeting.id,
      startDate: meeting.startDate,
      endDate: meeting.endDate,
      place: inLanguage(meeting.place, language),
      sourceLanguage: language,
      sourceProvenance: meeting.sourceProvenance === 'official' ? 'official' : 'unofficial_translation',
    },
    sourceText: meeting.sourceText,
    statements: statementRows,
    documents: byEntity(documentRows).map((row) => ({
      id: row.id,
      adopted: partialDate(row.adoptedOn, row.adoptedPrecision),
      spans: row.spans,
    })),
    events: byEntity(eventRows).map((row) => ({
      id: row.id,
      name: inLanguage(row.name, language) ?? row.id,
      start: partialDate(row.startDate, row.datePrecision),
      spans: row.spans,
    })),
    initiatives: byEntity(initiativeRows).map((row) => ({
      id: row.id,
      title: inLanguage(row.title, language) ?? row.id,
      spans: row.spans,
    })),
    participants,
    generatedOn: options.generatedOn,
  };
}
