import { desc, eq, inArray, like, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { documentIdFor, eventIdFor, initiativeIdFor, meetingIdFor, statementIdFor } from '../ids.ts';
import type { ParsedText, PartialDate, Span } from '../ingest/types.ts';
import { stageAfterStatement } from '../lifecycle/initiative-lifecycle.ts';
import { lastDayCovered } from '../lifecycle/last-day-covered.ts';
import { countryOfPlace } from '../places.ts';
import { segmentChinese } from '../search/segment-chinese.ts';
import {
  documents,
  events,
  initiativeStageChanges,
  initiatives,
  meetingParticipants,
  meetings,
  statementDocuments,
  statementEvents,
  statementInitiatives,
  statements,
} from '../tables.ts';
import { localizeChinese, localizeChineseOrNull } from '../translations/localize-chinese.ts';
import type { InitiativeStage, Topic } from '../vocabulary.ts';

export interface IngestOutcome {
  meetingId: string;
  /** `unchanged`: the same text was ingested before, nothing was written. */
  outcome: 'created' | 'updated' | 'unchanged';
  counts: { statements: number; documents: number; events: number; initiatives: number; participants: number };
}

/**
 * Stores a parsed communiqué: the meeting, its statements and every document, event and initiative they name,
 * with spans, translations and initiative stage changes, in one transaction with its audit entry. Idempotent:
 * the same text again changes nothing; a corrected text of the same meeting replaces that meeting's statements.
 */
export async function ingestCommunique(options: { db: Db; parsed: ParsedText; actor: Actor }): Promise<IngestOutcome> {
  const { parsed, actor } = options;
  const meeting = parsed.meeting;
  const meetingId = meetingIdFor({ ...meeting, startDate: meeting.start.date, kind: parsed.kind });
  const linked = collectLinkedEntities(parsed);
  const counts = {
    statements: parsed.statements.length,
    documents: linked.documents.size,
    events: linked.events.size,
    initiatives: linked.initiatives.size,
    participants: meeting.participants.length,
  };

  return options.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ contentHash: meetings.contentHash })
      .from(meetings)
      .where(eq(meetings.id, meetingId));
    if (existing?.contentHash === parsed.contentHash) return { meetingId, outcome: 'unchanged' as const, counts };

    if (existing) {
      await tx.delete(initiativeStageChanges).where(like(initiativeStageChanges.statementId, `${meetingId}-s%`));
      await tx.delete(statements).where(eq(statements.meetingId, meetingId));
      await tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId));
    }

    const meetingRow = {
      id: meetingId,
      body: meeting.body,
      bodyName: localizeChinese(meeting.bodyName),
      number: meeting.number,
      title: localizeChinese(meeting.title),
      startDate: meeting.start.date,
      endDate: meeting.end.date,
      place: localizeChinese(meeting.place),
      format: meeting.format,
      chair: meeting.chair && {
        countryCode: meeting.chair.countryCode,
        title: localizeChineseOrNull(meeting.chair.title),
        personName: localizeChineseOrNull(meeting.chair.personName),
        span: meeting.chair.span,
      },
      nextMeeting: meeting.nextMeeting && {
        date: meeting.nextMeeting.date?.date ?? null,
        datePrecision: meeting.nextMeeting.date?.precision ?? null,
        place: localizeChineseOrNull(meeting.nextMeeting.place),
        countryCode: meeting.nextMeeting.countryCode,
        span: meeting.nextMeeting.span,
      },
      sourceLanguage: parsed.language,
      sourceText: parsed.text,
      contentHash: parsed.contentHash,
      headerSpan: meeting.span,
      ingestedAt: new Date(),
    };
    if (existing) await tx.update(meetings).set(meetingRow).where(eq(meetings.id, meetingId));
    else await tx.insert(meetings).values(meetingRow);

    if (meeting.participants.length > 0) {
      await tx.insert(meetingParticipants).values(
        meeting.participants.map((participant, index) => ({
          meetingId,
          ordinal: index + 1,
          role: participant.role,
          countryCode: participant.countryCode,
          title: localizeChineseOrNull(participant.title),
          personName: localizeChineseOrNull(participant.personName),
          organization: localizeChineseOrNull(participant.organization),
          span: participant.span,
        })),
      );
    }

    if (linked.documents.size > 0) {
      await tx
        .insert(documents)
        .values(
          [...linked.documents.values()].map((document) => ({
            id: document.id,
            title: localizeChinese(document.title),
            adoptedOn: document.adopted?.date ?? null,
            adoptedPrecision: document.adopted?.precision ?? null,
            place: localizeChineseOrNull(document.place),
          })),
        )
        .onConflictDoUpdate({
          target: documents.id,
          set: {
            title: sql`excluded.title`,
            adoptedOn: sql`coalesce(excluded.adopted_on, ${documents.adoptedOn})`,
            adoptedPrecision: sql`coalesce(excluded.adopted_precision, ${documents.adoptedPrecision})`,
            place: sql`coalesce(excluded.place, ${documents.place})`,
          },
        });
    }

    if (linked.events.size > 0) {
      await tx
        .insert(events)
        .values(
          [...linked.events.values()].map((event) => ({
            id: event.id,
            name: localizeChinese(event.name),
            startDate: event.start?.date ?? null,
            endDate: event.end ? lastDayCovered(event.end) : event.start ? lastDayCovered(event.start) : null,
            datePrecision: event.start?.precision ?? null,
            place: localizeChineseOrNull(event.place),
            hostCountryCode: countryOfPlace(event.place),
            format: event.format,
            status: event.status,
          })),
        )
        .onConflictDoUpdate({
          target: events.id,
          set: {
            name: sql`excluded.name`,
            place: sql`excluded.place`,
            hostCountryCode: sql`excluded.host_country_code`,
            format: sql`excluded.format`,
            status: sql`excluded.status`,
          },
        });
    }

    await tx.insert(statements).values(
      parsed.statements.map((statement) => {
        const text = localizeChinese(statement.text);
        return {
          id: statementIdFor(meetingId, statement.ordinal),
          meetingId,
          ordinal: statement.ordinal,
          text,
          stance: statement.stance,
          otherStances: statement.otherStances,
          actorKind: statement.actorKind,
          topics: statement.topics,
          countries: [...new Set(statement.actorCountryCodes)].sort(),
          meetingDate: meeting.start.date,
          span: statement.span,
          searchZh: sql`to_tsvector('simple', ${segmentChinese(statement.text)})`,
          searchRu: sql`to_tsvector('russian', ${text.ru?.text ?? ''})`,
          searchEn: sql`to_tsvector('english', ${text.en?.text ?? ''})`,
        };
      }),
    );

    if (linked.statementDocuments.length > 0) await tx.insert(statementDocuments).values(linked.statementDocuments);
    if (linked.statementEvents.length > 0) await tx.insert(statementEvents).values(linked.statementEvents);
    await recordInitiativeStages({ tx, linked, changedOn: meeting.start.date });
    if (linked.statementInitiatives.length > 0)
      await tx.insert(statementInitiatives).values(linked.statementInitiatives);

    await appendAuditEntry(tx, {
      actor,
      action: existing ? 'communique.reingest' : 'communique.ingest',
      entityType: 'meeting',
      entityId: meetingId,
      before: existing ? { contentHash: existing.contentHash } : null,
      after: { contentHash: parsed.contentHash, counts },
    });
    return { meetingId, outcome: existing ? ('updated' as const) : ('created' as const), counts };
  });
}

interface LinkedEntities {
  documents: Map<
    string,
    { id: string; title: string; adopted: { date: string; precision: string } | null; place: string | null }
  >;
  events: Map<
    string,
    {
      id: string;
      name: string;
      start: PartialDate | null;
      end: PartialDate | null;
      place: string | null;
      format: string;
      status: string;
    }
  >;
  initiatives: Map<
    string,
    { id: string; title: string; topics: Set<Topic>; mentions: { statementId: string; stage: InitiativeStage }[] }
  >;
  statementDocuments: { statementId: string; documentId: string; spans: Span[] }[];
  statementEvents: { statementId: string; eventId: string; spans: Span[] }[];
  statementInitiatives: { statementId: string; initiativeId: string; stage: InitiativeStage; spans: Span[] }[];
}

/** Merges the facts of all statements: one record per distinct document, event and initiative, one link per statement. */
function collectLinkedEntities(parsed: ParsedText): LinkedEntities {
  const meetingId = meetingIdFor({ ...parsed.meeting, startDate: parsed.meeting.start.date, kind: parsed.kind });
  const result: LinkedEntities = {
    documents: new Map(),
    events: new Map(),
    initiatives: new Map(),
    statementDocuments: [],
    statementEvents: [],
    statementInitiatives: [],
  };
  for (const statement of parsed.statements) {
    const statementId = statementIdFor(meetingId, statement.ordinal);
    const documentLinks = new Map<string, Span[]>();
    for (const reference of statement.documents) {
      const id = documentIdFor(reference.title);
      const known = result.documents.get(id);
      if (!known)
        result.documents.set(id, { id, title: reference.title, adopted: reference.adopted, place: reference.place });
      else if (!known.adopted && reference.adopted)
        Object.assign(known, { adopted: reference.adopted, place: reference.place });
      documentLinks.set(id, [...(documentLinks.get(id) ?? []), reference.span]);
    }
    for (const [documentId, spans] of documentLinks) result.statementDocuments.push({ statementId, documentId, spans });

    const eventLinks = new Map<string, Span[]>();
    for (const reference of statement.events) {
      const id = eventIdFor(reference.name, reference.start?.date ?? null);
      if (!result.events.has(id)) result.events.set(id, { id, ...reference });
      eventLinks.set(id, [...(eventLinks.get(id) ?? []), reference.span]);
    }
    for (const [eventId, spans] of eventLinks) result.statementEvents.push({ statementId, eventId, spans });

    const initiativeLinks = new Map<string, { stage: InitiativeStage; spans: Span[] }>();
    for (const reference of statement.initiatives) {
      const id = initiativeIdFor(reference.title);
      const known = result.initiatives.get(id) ?? {
        id,
        title: reference.title,
        topics: new Set<Topic>(),
        mentions: [],
      };
      for (const topic of statement.topics) known.topics.add(topic);
      known.mentions.push({ statementId, stage: reference.stage });
      result.initiatives.set(id, known);
      const link = initiativeLinks.get(id);
      initiativeLinks.set(id, {
        stage: link?.stage ?? reference.stage,
        spans: [...(link?.spans ?? []), reference.span],
      });
    }
    for (const [initiativeId, link] of initiativeLinks)
      result.statementInitiatives.push({ statementId, initiativeId, ...link });
  }
  return result;
}

/**
 * Moves each named initiative through its lifecycle and records every change with the statement that caused it.
 * An initiative's current stage is the target of its latest recorded change, so a replaced meeting's changes
 * (already deleted) no longer count.
 */
async function recordInitiativeStages(options: { tx: Db; linked: LinkedEntities; changedOn: string }) {
  const { tx, linked, changedOn } = options;
  const ids = [...linked.initiatives.keys()];
  if (ids.length === 0) return;
  const existingRows = await tx.select({ id: initiatives.id }).from(initiatives).where(inArray(initiatives.id, ids));
  const existingIds = new Set(existingRows.map((row) => row.id));
  for (const initiative of linked.initiatives.values()) {
    let current: InitiativeStage | null = null;
    let currentSince = changedOn;
    if (existingIds.has(initiative.id)) {
      const [latest] = await tx
        .select({ toStage: initiativeStageChanges.toStage, changedOn: initiativeStageChanges.changedOn })
        .from(initiativeStageChanges)
        .where(eq(initiativeStageChanges.initiativeId, initiative.id))
        .orderBy(desc(initiativeStageChanges.changedOn), desc(initiativeStageChanges.recordedAt))
        .limit(1);
      current = (latest?.toStage as InitiativeStage | undefined) ?? null;
      currentSince = latest?.changedOn ?? changedOn;
    }
    const changes: (typeof initiativeStageChanges.$inferInsert)[] = [];
    for (const mention of initiative.mentions) {
      const next = stageAfterStatement({ current, mentioned: mention.stage });
      if (!next) continue;
      changes.push({
        initiativeId: initiative.id,
        fromStage: current,
        toStage: next,
        changedOn,
        statementId: mention.statementId,
      });
      current = next;
      currentSince = changedOn;
    }
    const stage = current ?? initiative.mentions[0]!.stage;
    const row = {
      id: initiative.id,
      title: localizeChinese(initiative.title),
      stage,
      stageChangedOn: currentSince,
      topics: [...initiative.topics],
    };
    if (existingIds.has(initiative.id)) {
      await tx
        .update(initiatives)
        .set({ title: row.title, stage, stageChangedOn: currentSince })
        .where(eq(initiatives.id, initiative.id));
    } else {
      await tx.insert(initiatives).values(row);
    }
    if (changes.length > 0) await tx.insert(initiativeStageChanges).values(changes);
  }
}
