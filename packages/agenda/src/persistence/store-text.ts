import { and, eq, inArray, isNotNull, isNull, like, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import type { Language, LocalizedText } from '../../../core/src/localized-text.ts';
import { aliasKey } from '../entities/alias-key.ts';
import { type EntityDictionary, loadDictionary } from '../entities/entity-dictionary.ts';
import { eventSeriesId } from '../entities/event-series.ts';
import { localizePlace } from '../entities/localize-place.ts';
import { resolveEntity } from '../entities/resolve-entity.ts';
import { eventIdFor, meetingIdFor, statementIdFor } from '../ids.ts';
import type { ParsedText, PartialDate, Span } from '../ingest/types.ts';
import { replayInitiativeHistory } from '../lifecycle/initiative-lifecycle.ts';
import { lastDayCovered } from '../lifecycle/last-day-covered.ts';
import { countryOfPlace } from '../places.ts';
import { segmentChinese } from '../search/segment-chinese.ts';
import {
  documents,
  entityAliases,
  events,
  initiativeStageChanges,
  initiatives,
  meetingParticipants,
  meetings,
  statementDocuments,
  statementEvents,
  statementInitiatives,
  statements,
  textVersions,
} from '../tables.ts';
import {
  localizeSourceText,
  mergeLocalizedText,
  type TextProvenance,
  withKnownNames,
} from '../translations/localize-text.ts';
import { type InitiativeStage, initiativeStages, type Topic } from '../vocabulary.ts';

const stageRank = (stage: InitiativeStage) => initiativeStages.indexOf(stage);

export interface StoreOutcome {
  meetingId: string;
  /** `unchanged`: the same text was stored before, nothing was written. */
  outcome: 'created' | 'updated' | 'unchanged';
  counts: { statements: number; documents: number; events: number; initiatives: number; participants: number };
  /** Every initiative the text names, and the topics and states it speaks of, for subscribers' notifications. */
  initiativeIds: string[];
  topics: Topic[];
  countryCodes: string[];
}

/** How the person who ingested a text described it. */
export interface TextOrigin {
  provenance: TextProvenance;
  sourceNote: string | null;
}

/**
 * Stores a parsed text as its meeting's primary text: the meeting, its statements and every document, event and
 * initiative they name (resolved through the entity dictionary, so a name seen before in any language finds its
 * record), with spans, translations and initiative stage changes, plus the audit entry — all inside the caller's
 * transaction. The same text again changes nothing; a corrected text of the same meeting replaces its statements.
 */
export async function storePrimaryText(
  tx: Db,
  options: { parsed: ParsedText; origin: TextOrigin; actor: Actor },
): Promise<StoreOutcome> {
  const { parsed, actor, origin } = options;
  const meeting = parsed.meeting;
  const meetingId = meetingIdOf(parsed);
  const localize = (text: string) =>
    localizeSourceText({ text, language: parsed.language, provenance: origin.provenance });
  const localizeOrNull = (text: string | null | undefined) => (text ? localize(text) : null);
  const dictionary = await loadDictionary(tx);
  const linked = collectLinkedEntities({ parsed, meetingId, dictionary });
  const counts = {
    statements: parsed.statements.length,
    documents: linked.documents.size,
    events: linked.events.size,
    initiatives: linked.initiatives.size,
    participants: meeting.participants.length,
  };
  const reach = {
    initiativeIds: [...linked.initiatives.keys()],
    topics: [...new Set(parsed.statements.flatMap((statement) => statement.topics))],
    countryCodes: [...new Set(parsed.statements.flatMap((statement) => statement.actorCountryCodes))].sort(),
  };

  const [existing] = await tx
    .select({ contentHash: meetings.contentHash })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (existing?.contentHash === parsed.contentHash) return { meetingId, outcome: 'unchanged', counts, ...reach };

  const previouslyNamed = existing
    ? (
        await tx
          .selectDistinct({ id: statementInitiatives.initiativeId })
          .from(statementInitiatives)
          .innerJoin(statements, eq(statements.id, statementInitiatives.statementId))
          .where(eq(statements.meetingId, meetingId))
      ).map((row) => row.id)
    : [];
  if (existing) {
    await tx.delete(initiativeStageChanges).where(like(initiativeStageChanges.statementId, `${meetingId}-s%`));
    await tx.delete(statements).where(eq(statements.meetingId, meetingId));
    await tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId));
    await tx.delete(textVersions).where(eq(textVersions.meetingId, meetingId));
  }

  const meetingRow = {
    id: meetingId,
    body: meeting.body,
    bodyName: localize(meeting.bodyName),
    number: meeting.number,
    kind: parsed.kind,
    title: localize(meeting.title),
    startDate: meeting.start.date,
    endDate: meeting.end.date,
    place: localizePlace({ name: meeting.place, language: parsed.language, provenance: origin.provenance }),
    format: meeting.format,
    chair: meeting.chair && {
      countryCode: meeting.chair.countryCode,
      title: localizeOrNull(meeting.chair.title),
      personName: localizeOrNull(meeting.chair.personName),
      span: meeting.chair.span,
    },
    nextMeeting: meeting.nextMeeting && {
      date: meeting.nextMeeting.date?.date ?? null,
      datePrecision: meeting.nextMeeting.date?.precision ?? null,
      place: meeting.nextMeeting.place
        ? localizePlace({ name: meeting.nextMeeting.place, language: parsed.language, provenance: origin.provenance })
        : null,
      countryCode: meeting.nextMeeting.countryCode,
      span: meeting.nextMeeting.span,
    },
    sourceLanguage: parsed.language,
    sourceText: parsed.text,
    sourceProvenance: origin.provenance,
    sourceNote: origin.sourceNote,
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
        title: localizeOrNull(participant.title),
        personName: localizeOrNull(participant.personName),
        organization: localizeOrNull(participant.organization),
        span: participant.span,
      })),
    );
  }

  if (linked.documents.size > 0) {
    const ids = [...linked.documents.keys()];
    const known = new Map(
      (await tx.select().from(documents).where(inArray(documents.id, ids))).map((row) => [row.id, row]),
    );
    for (const document of linked.documents.values()) {
      const before = known.get(document.id);
      const title = withKnownNames(localize(document.title), document.names);
      const place = document.place
        ? localizePlace({ name: document.place, language: parsed.language, provenance: origin.provenance })
        : null;
      const row = {
        id: document.id,
        title: mergeLocalizedText(before?.title ?? null, title) ?? title,
        adoptedOn: before?.adoptedOn ?? document.adopted?.date ?? null,
        adoptedPrecision: before?.adoptedPrecision ?? document.adopted?.precision ?? null,
        place: mergeLocalizedText(before?.place ?? null, place),
      };
      if (before) await tx.update(documents).set(row).where(eq(documents.id, document.id));
      else await tx.insert(documents).values(row);
    }
  }

  if (linked.events.size > 0) {
    const ids = [...linked.events.keys()];
    const known = new Map((await tx.select().from(events).where(inArray(events.id, ids))).map((row) => [row.id, row]));
    for (const event of linked.events.values()) {
      const before = known.get(event.id);
      const place = event.place
        ? localizePlace({ name: event.place, language: parsed.language, provenance: origin.provenance })
        : null;
      const row = {
        id: event.id,
        name: mergeLocalizedText(before?.name ?? null, localize(event.name)) ?? localize(event.name),
        startDate: event.start?.date ?? null,
        endDate: event.end ? lastDayCovered(event.end) : event.start ? lastDayCovered(event.start) : null,
        datePrecision: event.start?.precision ?? null,
        place: mergeLocalizedText(before?.place ?? null, place),
        hostCountryCode: countryOfPlace(event.place) ?? before?.hostCountryCode ?? null,
        format: event.format,
        status: event.status,
        seriesId: before?.seriesId ?? eventSeriesId({ name: event.name, language: parsed.language }),
      };
      if (before) await tx.update(events).set(row).where(eq(events.id, event.id));
      else await tx.insert(events).values(row);
    }
  }

  await tx.insert(statements).values(
    parsed.statements.map((statement) => {
      const text = localize(statement.text);
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
        versionSpans: {},
        ...searchVectors(text),
      };
    }),
  );

  if (linked.statementDocuments.length > 0) await tx.insert(statementDocuments).values(linked.statementDocuments);
  if (linked.statementEvents.length > 0) await tx.insert(statementEvents).values(linked.statementEvents);
  await upsertInitiatives({ tx, linked, changedOn: meeting.start.date, localize });
  if (linked.statementInitiatives.length > 0) await tx.insert(statementInitiatives).values(linked.statementInitiatives);
  await replayInitiativeStages(tx, [...new Set([...previouslyNamed, ...reach.initiativeIds])]);
  await recordIngestedAliases(tx, { linked, language: parsed.language, actor });

  await appendAuditEntry(tx, {
    actor,
    action: existing ? 'text.replace' : 'text.ingest',
    entityType: 'meeting',
    entityId: meetingId,
    before: existing ? { contentHash: existing.contentHash } : null,
    after: { contentHash: parsed.contentHash, language: parsed.language, provenance: origin.provenance, counts },
  });
  return { meetingId, outcome: existing ? 'updated' : 'created', counts, ...reach };
}

/** The search vectors of a statement's texts: Chinese segmented here, Russian and English stemmed by PostgreSQL. */
export const searchVectors = (text: LocalizedText) => ({
  searchZh: sql`to_tsvector('simple', ${segmentChinese(text.zh?.text ?? '')})`,
  searchRu: sql`to_tsvector('russian', ${text.ru?.text ?? ''})`,
  searchEn: sql`to_tsvector('english', ${text.en?.text ?? ''})`,
});

export const meetingIdOf = (parsed: ParsedText) =>
  meetingIdFor({ ...parsed.meeting, startDate: parsed.meeting.start.date, kind: parsed.kind });

interface LinkedEntities {
  documents: Map<
    string,
    {
      id: string;
      title: string;
      names: Partial<Record<Language, string>>;
      adopted: PartialDate | null;
      place: string | null;
    }
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
    {
      id: string;
      title: string;
      names: Partial<Record<Language, string>>;
      topics: Set<Topic>;
      mentions: { statementId: string; stage: InitiativeStage }[];
    }
  >;
  statementDocuments: { statementId: string; documentId: string; spans: Span[] }[];
  statementEvents: { statementId: string; eventId: string; spans: Span[] }[];
  statementInitiatives: { statementId: string; initiativeId: string; stage: InitiativeStage; spans: Span[] }[];
}

/**
 * Merges the facts of all statements: one record per distinct document, event and initiative (names resolved
 * through the dictionary), one link per statement.
 */
function collectLinkedEntities(options: {
  parsed: ParsedText;
  meetingId: string;
  dictionary: EntityDictionary;
}): LinkedEntities {
  const { parsed, meetingId, dictionary } = options;
  const language = parsed.language;
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
      const { id, names } = resolveEntity({
        kind: 'document',
        name: reference.title,
        language,
        dictionary: dictionary.document,
      });
      const known = result.documents.get(id);
      if (!known)
        result.documents.set(id, {
          id,
          title: reference.title,
          names,
          adopted: reference.adopted,
          place: reference.place,
        });
      else if (!known.adopted && reference.adopted)
        Object.assign(known, { adopted: reference.adopted, place: reference.place });
      documentLinks.set(id, [...(documentLinks.get(id) ?? []), reference.span]);
    }
    for (const [documentId, spans] of documentLinks) result.statementDocuments.push({ statementId, documentId, spans });

    const eventLinks = new Map<string, Span[]>();
    for (const reference of statement.events) {
      const id = eventIdFor(
        language === 'zh' ? reference.name : aliasKey(reference.name),
        reference.start?.date ?? null,
      );
      if (!result.events.has(id)) result.events.set(id, { id, ...reference });
      eventLinks.set(id, [...(eventLinks.get(id) ?? []), reference.span]);
    }
    for (const [eventId, spans] of eventLinks) result.statementEvents.push({ statementId, eventId, spans });

    const initiativeLinks = new Map<string, { stage: InitiativeStage; spans: Span[] }>();
    for (const reference of statement.initiatives) {
      const { id, names } = resolveEntity({
        kind: 'initiative',
        name: reference.title,
        language,
        dictionary: dictionary.initiative,
      });
      const known = result.initiatives.get(id) ?? {
        id,
        title: reference.title,
        names,
        topics: new Set<Topic>(),
        mentions: [],
      };
      for (const topic of statement.topics) known.topics.add(topic);
      known.mentions.push({ statementId, stage: reference.stage });
      result.initiatives.set(id, known);
      const link = initiativeLinks.get(id);
      initiativeLinks.set(id, {
        stage: link && stageRank(link.stage) >= stageRank(reference.stage) ? link.stage : reference.stage,
        spans: [...(link?.spans ?? []), reference.span],
      });
    }
    for (const [initiativeId, link] of initiativeLinks)
      result.statementInitiatives.push({ statementId, initiativeId, ...link });
  }
  return result;
}

/**
 * Creates the initiatives a text names, or adds this language's name to those already known (a record first
 * created from another language keeps its title).
 */
async function upsertInitiatives(options: {
  tx: Db;
  linked: LinkedEntities;
  changedOn: string;
  localize: (text: string) => LocalizedText;
}) {
  const { tx, linked, changedOn, localize } = options;
  const ids = [...linked.initiatives.keys()];
  if (ids.length === 0) return;
  const existing = new Map(
    (
      await tx
        .select({ id: initiatives.id, title: initiatives.title, topics: initiatives.topics })
        .from(initiatives)
        .where(inArray(initiatives.id, ids))
    ).map((row) => [row.id, row]),
  );
  for (const initiative of linked.initiatives.values()) {
    const before = existing.get(initiative.id);
    const title = withKnownNames(localize(initiative.title), initiative.names);
    if (before) {
      await tx
        .update(initiatives)
        .set({
          title: mergeLocalizedText(before.title, title) ?? title,
          topics: [...new Set([...before.topics, ...initiative.topics])],
        })
        .where(eq(initiatives.id, initiative.id));
    } else {
      const stage = initiative.mentions[0]!.stage;
      await tx
        .insert(initiatives)
        .values({ id: initiative.id, title, stage, stageChangedOn: changedOn, topics: [...initiative.topics] });
    }
  }
}

/**
 * Rebuilds the statement-caused part of each initiative's stage history from all its mentions in every stored
 * text, in date order, keeping changes recorded by hand or by reports (see `replayInitiativeHistory`).
 */
export async function replayInitiativeStages(tx: Db, initiativeIds: string[]) {
  for (const initiativeId of initiativeIds) {
    const mentions = await tx
      .select({
        statementId: statementInitiatives.statementId,
        stage: statementInitiatives.stage,
        date: statements.meetingDate,
        order: statements.ordinal,
      })
      .from(statementInitiatives)
      .innerJoin(statements, eq(statements.id, statementInitiatives.statementId))
      .where(eq(statementInitiatives.initiativeId, initiativeId));
    const recorded = await tx
      .select({ date: initiativeStageChanges.changedOn, toStage: initiativeStageChanges.toStage })
      .from(initiativeStageChanges)
      .where(and(eq(initiativeStageChanges.initiativeId, initiativeId), isNull(initiativeStageChanges.statementId)));
    const replayed = replayInitiativeHistory({
      steps: [
        ...mentions.map((mention) => ({
          kind: 'mention' as const,
          ...mention,
          stage: mention.stage as InitiativeStage,
        })),
        ...recorded.map((change) => ({
          kind: 'recorded' as const,
          date: change.date,
          order: 0,
          toStage: change.toStage as InitiativeStage,
        })),
      ],
    });
    await tx
      .delete(initiativeStageChanges)
      .where(and(eq(initiativeStageChanges.initiativeId, initiativeId), isNotNull(initiativeStageChanges.statementId)));
    if (replayed.mentionChanges.length > 0) {
      await tx.insert(initiativeStageChanges).values(
        replayed.mentionChanges.map((change) => ({
          initiativeId,
          fromStage: change.fromStage,
          toStage: change.toStage,
          changedOn: change.date,
          statementId: change.statementId,
        })),
      );
    }
    if (replayed.stage && replayed.since) {
      await tx
        .update(initiatives)
        .set({ stage: replayed.stage, stageChangedOn: replayed.since })
        .where(eq(initiatives.id, initiativeId));
    }
  }
}

/** Names seen for the first time become dictionary aliases of the record they were stored under. */
async function recordIngestedAliases(tx: Db, options: { linked: LinkedEntities; language: Language; actor: Actor }) {
  const rows = [
    ...[...options.linked.documents.values()].map((entity) => ({ kind: 'document' as const, ...entity })),
    ...[...options.linked.initiatives.values()].map((entity) => ({ kind: 'initiative' as const, ...entity })),
  ].map((entity) => ({
    kind: entity.kind,
    aliasKey: aliasKey(entity.title),
    alias: entity.title,
    language: options.language,
    entityId: entity.id,
    origin: 'ingest',
    createdBy: options.actor.userId,
  }));
  if (rows.length > 0) await tx.insert(entityAliases).values(rows).onConflictDoNothing();
}
