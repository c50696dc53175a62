import { count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { loadDictionary } from '../entities/entity-dictionary.ts';
import { resolveEntity } from '../entities/resolve-entity.ts';
import type { ParsedText } from '../ingest/types.ts';
import { documents, ingestDrafts, initiatives } from '../tables.ts';
import { alignParagraphs } from '../versions/align-paragraphs.ts';
import { primaryParagraphs } from '../versions/attach-version.ts';
import type { DraftCorrection, DraftDetail, draftSummarySchema } from './review-contracts.ts';

type DraftRow = typeof ingestDrafts.$inferSelect;
type DraftSummary = z.infer<typeof draftSummarySchema>;

const presentSummary = (row: DraftRow): DraftSummary => {
  const parsed = row.parsed as ParsedText;
  return {
    id: row.id,
    status: row.status as DraftSummary['status'],
    fileName: row.fileName,
    language: row.language as DraftSummary['language'],
    kind: row.kind as DraftSummary['kind'],
    provenance: row.provenance as DraftSummary['provenance'],
    meetingId: row.meetingId,
    mode: row.mode as DraftSummary['mode'],
    title: parsed.meeting.title,
    startDate: parsed.meeting.start.date,
    statementCount: parsed.statements.length,
    correctionCount: row.corrections.length,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
};

/** Texts under review, pending ones first and newest first within each status. */
export async function listDrafts(options: { db: Db; status?: DraftSummary['status']; limit: number; offset: number }) {
  const where = options.status ? eq(ingestDrafts.status, options.status) : undefined;
  const rows = await options.db
    .select()
    .from(ingestDrafts)
    .where(where)
    .orderBy(sql`${ingestDrafts.status} = 'pending' desc`, desc(ingestDrafts.createdAt))
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await options.db.select({ value: count() }).from(ingestDrafts).where(where);
  return { items: rows.map(presentSummary), total: total?.value ?? 0 };
}

/**
 * A draft as the reviewer sees it: the text, every extracted fact with its span, how each name will resolve when
 * published, and for a language version which primary paragraph each of its paragraphs pairs with.
 */
export async function readDraft(options: { db: Db; id: string }): Promise<DraftDetail> {
  const [row] = await options.db.select().from(ingestDrafts).where(eq(ingestDrafts.id, options.id));
  if (!row) throw new DomainError('not_found', `No text under review with id "${options.id}".`);
  const parsed = row.parsed as ParsedText;
  const corrections = row.corrections as DraftCorrection[];

  const dictionary = await loadDictionary(options.db);
  const chosen = new Map(
    corrections.flatMap((correction) =>
      correction.type === 'resolve_entity' ? [[`${correction.fact}|${correction.name}`, correction.entityId]] : [],
    ),
  );
  const names = new Map<string, { fact: 'document' | 'initiative'; name: string }>();
  for (const statement of parsed.statements) {
    for (const document of statement.documents)
      names.set(`document|${document.title}`, { fact: 'document', name: document.title });
    for (const initiative of statement.initiatives)
      names.set(`initiative|${initiative.title}`, { fact: 'initiative', name: initiative.title });
  }
  const resolved = [...names.entries()].map(([key, { fact, name }]) => {
    const reviewerChoice = chosen.get(key);
    if (reviewerChoice) return { fact, name, entityId: reviewerChoice, via: 'dictionary' as const };
    const resolution = resolveEntity({ kind: fact, name, language: parsed.language, dictionary: dictionary[fact] });
    return { fact, name, entityId: resolution.id, via: resolution.via };
  });
  const titles = new Map<string, DraftDetail['resolutions'][number]['existingTitle']>();
  for (const [fact, table] of [
    ['document', documents],
    ['initiative', initiatives],
  ] as const) {
    const ids = resolved.filter((entry) => entry.fact === fact).map((entry) => entry.entityId);
    if (ids.length === 0) continue;
    const rows = await options.db
      .select({ id: table.id, title: table.title })
      .from(table)
      .where(inArray(table.id, ids));
    for (const found of rows) titles.set(`${fact}|${found.id}`, presentLocalizedText(found.title));
  }

  let pairedOrdinals = new Map<number, number>();
  if (row.mode === 'version' && row.status === 'pending') {
    const primary = await primaryParagraphs(options.db, row.meetingId).catch(() => null);
    if (primary) {
      const { pairs } = alignParagraphs({
        primary: primary.paragraphs,
        version: parsed.statements.map((statement) => ({ ordinal: statement.ordinal, text: statement.text })),
      });
      pairedOrdinals = new Map(pairs.map((pair) => [pair.versionOrdinal, pair.primaryOrdinal]));
    }
  }

  const meeting = parsed.meeting;
  return {
    ...presentSummary(row),
    sourceNote: row.sourceNote,
    reviewNote: row.reviewNote,
    text: parsed.text,
    header: {
      body: meeting.body,
      bodyName: meeting.bodyName,
      number: meeting.number,
      start: meeting.start,
      end: meeting.end,
      place: meeting.place,
      format: meeting.format,
      chair: meeting.chair && {
        countryCode: meeting.chair.countryCode,
        title: meeting.chair.title,
        personName: meeting.chair.personName,
      },
      participants: meeting.participants.map((participant) => ({
        role: participant.role,
        countryCode: participant.countryCode,
        title: participant.title,
        personName: participant.personName,
        organization: participant.organization,
        span: participant.span,
      })),
      span: meeting.span,
    },
    statements: parsed.statements.map((statement) => ({
      ordinal: statement.ordinal,
      text: statement.text,
      span: statement.span,
      stance: statement.stance,
      actorKind: statement.actorKind,
      countryCodes: statement.actorCountryCodes,
      topics: statement.topics,
      documents: statement.documents.map((document, index) => ({
        index,
        span: document.span,
        title: document.title,
        adopted: document.adopted,
      })),
      events: statement.events.map((event, index) => ({
        index,
        span: event.span,
        name: event.name,
        start: event.start,
        place: event.place,
        status: event.status,
      })),
      initiatives: statement.initiatives.map((initiative, index) => ({
        index,
        span: initiative.span,
        title: initiative.title,
        stage: initiative.stage,
      })),
      pairedOrdinal: row.mode === 'version' ? (pairedOrdinals.get(statement.ordinal) ?? null) : null,
    })),
    resolutions: resolved.map((entry) => ({
      ...entry,
      existingTitle: titles.get(`${entry.fact}|${entry.entityId}`) ?? null,
    })),
    alignment: row.alignment,
    corrections,
  };
}
