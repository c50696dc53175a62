import { and, eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { notifyAgendaChange } from '../alerts/notify-agenda-change.ts';
import { aliasKey } from '../entities/alias-key.ts';
import { parseText } from '../ingest/parse-text.ts';
import type { ParsedText } from '../ingest/types.ts';
import { modeOfText, type PublishOutcome, publishParsedText } from '../persistence/publish-text.ts';
import { documents, entityAliases, ingestDrafts, initiatives, meetings, textVersions } from '../tables.ts';
import type { TextProvenance } from '../translations/localize-text.ts';
import { alignParagraphs } from '../versions/align-paragraphs.ts';
import { primaryParagraphs } from '../versions/attach-version.ts';
import { applyCorrection } from './apply-correction.ts';
import type { DraftCorrection } from './review-contracts.ts';

export interface DraftCreated {
  id: string;
  outcome: 'created' | 'unchanged';
  meetingId: string;
  mode: 'new' | 'replace' | 'version';
}

/**
 * Puts an ingested text up for review. Nothing public changes: the parse result waits as a draft until a
 * Secretariat reviewer publishes it. A text already published, or already waiting, is not queued twice.
 */
export async function createDraft(options: {
  db: Db;
  text: string;
  fileName: string | null;
  provenance: TextProvenance;
  sourceNote: string | null;
  actor: Actor;
}): Promise<DraftCreated> {
  const parsed = parseText({ text: options.text });
  return options.db.transaction(async (tx) => {
    const { meetingId, mode } = await modeOfText(tx, parsed);
    const [pending] = await tx
      .select({ id: ingestDrafts.id })
      .from(ingestDrafts)
      .where(and(eq(ingestDrafts.contentHash, parsed.contentHash), eq(ingestDrafts.status, 'pending')));
    if (pending) return { id: pending.id, outcome: 'unchanged' as const, meetingId, mode };
    const [published] = await tx
      .select({ id: ingestDrafts.id })
      .from(ingestDrafts)
      .where(and(eq(ingestDrafts.contentHash, parsed.contentHash), eq(ingestDrafts.status, 'published')));
    if (published && (await isStillPublished(tx, { meetingId, parsed }))) {
      return { id: published.id, outcome: 'unchanged' as const, meetingId, mode };
    }
    const alignment = mode === 'version' ? await alignmentFor(tx, { meetingId, parsed }) : null;
    const [row] = await tx
      .insert(ingestDrafts)
      .values({
        status: 'pending',
        fileName: options.fileName,
        language: parsed.language,
        kind: parsed.kind,
        provenance: options.provenance,
        sourceNote: options.sourceNote,
        contentHash: parsed.contentHash,
        parsed,
        meetingId,
        mode,
        alignment,
        createdBy: options.actor.userId,
      })
      .returning({ id: ingestDrafts.id });
    await appendAuditEntry(tx, {
      actor: options.actor,
      action: 'draft.create',
      entityType: 'draft',
      entityId: row!.id,
      before: null,
      after: { meetingId, mode, language: parsed.language, contentHash: parsed.contentHash },
    });
    return { id: row!.id, outcome: 'created' as const, meetingId, mode };
  });
}

async function isStillPublished(tx: Db, options: { meetingId: string; parsed: ParsedText }) {
  const [primary] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, options.meetingId), eq(meetings.contentHash, options.parsed.contentHash)));
  if (primary) return true;
  const [version] = await tx
    .select({ id: textVersions.meetingId })
    .from(textVersions)
    .where(
      and(eq(textVersions.meetingId, options.meetingId), eq(textVersions.contentHash, options.parsed.contentHash)),
    );
  return Boolean(version);
}

async function alignmentFor(tx: Db, options: { meetingId: string; parsed: ParsedText }) {
  const primary = await primaryParagraphs(tx, options.meetingId);
  return alignParagraphs({
    primary: primary.paragraphs,
    version: options.parsed.statements.map((statement) => ({ ordinal: statement.ordinal, text: statement.text })),
  }).report;
}

async function pendingDraft(tx: Db, id: string) {
  const [draft] = await tx.select().from(ingestDrafts).where(eq(ingestDrafts.id, id)).for('update');
  if (!draft) throw new DomainError('not_found', `No text under review with id "${id}".`);
  if (draft.status !== 'pending') {
    throw new DomainError('invalid_transition', `The text was already ${draft.status}; it can no longer change.`, {
      status: draft.status,
    });
  }
  return draft;
}

/** Applies a reviewer's corrections, in order, all or none; the log keeps every one. */
export async function correctDraft(options: {
  db: Db;
  id: string;
  corrections: DraftCorrection[];
  actor: Actor;
}): Promise<void> {
  await options.db.transaction(async (tx) => {
    const draft = await pendingDraft(tx, options.id);
    let parsed = draft.parsed as ParsedText;
    for (const correction of options.corrections) {
      if (correction.type === 'resolve_entity') await assertEntityExists(tx, correction);
      parsed = applyCorrection({ parsed, correction });
    }
    const { meetingId, mode } = await modeOfText(tx, parsed);
    const alignment = mode === 'version' ? await alignmentFor(tx, { meetingId, parsed }) : null;
    await tx
      .update(ingestDrafts)
      .set({ parsed, meetingId, mode, alignment, corrections: [...draft.corrections, ...options.corrections] })
      .where(eq(ingestDrafts.id, options.id));
    await appendAuditEntry(tx, {
      actor: options.actor,
      action: 'draft.correct',
      entityType: 'draft',
      entityId: options.id,
      before: null,
      after: { corrections: options.corrections },
    });
  });
}

async function assertEntityExists(tx: Db, correction: Extract<DraftCorrection, { type: 'resolve_entity' }>) {
  const table = correction.fact === 'document' ? documents : initiatives;
  const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.id, correction.entityId));
  if (!found) {
    throw new DomainError('validation_failed', `entityId: no ${correction.fact} with id "${correction.entityId}".`, {
      field: 'entityId',
    });
  }
}

/**
 * Publishes a reviewed text: the reviewer's entity resolutions become dictionary entries first (so the text links
 * to the records the reviewer chose, and later texts find them too), then the text is stored like any ingestion,
 * subscribers are notified, and the draft is closed — one transaction.
 */
export async function publishDraft(options: {
  db: Db;
  id: string;
  note: string | null;
  actor: Actor;
}): Promise<PublishOutcome> {
  return options.db.transaction(async (tx) => {
    const draft = await pendingDraft(tx, options.id);
    const parsed = draft.parsed as ParsedText;
    const resolutions = (draft.corrections as DraftCorrection[]).filter(
      (correction): correction is Extract<DraftCorrection, { type: 'resolve_entity' }> =>
        correction.type === 'resolve_entity',
    );
    for (const resolution of resolutions) {
      await tx
        .insert(entityAliases)
        .values({
          kind: resolution.fact,
          aliasKey: aliasKey(resolution.name),
          alias: resolution.name,
          language: parsed.language,
          entityId: resolution.entityId,
          origin: 'review',
          createdBy: options.actor.userId,
        })
        .onConflictDoUpdate({
          target: [entityAliases.kind, entityAliases.aliasKey],
          set: { entityId: resolution.entityId, origin: 'review', createdBy: options.actor.userId },
        });
    }
    const result = await publishParsedText(tx, {
      parsed,
      origin: { provenance: draft.provenance as TextProvenance, sourceNote: draft.sourceNote },
      actor: options.actor,
    });
    await tx
      .update(ingestDrafts)
      .set({
        status: 'published',
        meetingId: result.meetingId,
        reviewedBy: options.actor.userId,
        reviewedAt: new Date(),
        reviewNote: options.note,
      })
      .where(eq(ingestDrafts.id, options.id));
    if (result.mode !== 'version' && result.outcome !== 'unchanged') {
      await notifyAgendaChange(tx, {
        kind: 'meeting_published',
        meetingId: result.meetingId,
        ...result.reach,
        actor: options.actor,
      });
    }
    await appendAuditEntry(tx, {
      actor: options.actor,
      action: 'draft.publish',
      entityType: 'draft',
      entityId: options.id,
      before: { status: 'pending' },
      after: { status: 'published', meetingId: result.meetingId, mode: result.mode, outcome: result.outcome },
    });
    return result;
  });
}

export async function rejectDraft(options: { db: Db; id: string; note: string | null; actor: Actor }) {
  await options.db.transaction(async (tx) => {
    await pendingDraft(tx, options.id);
    await tx
      .update(ingestDrafts)
      .set({ status: 'rejected', reviewedBy: options.actor.userId, reviewedAt: new Date(), reviewNote: options.note })
      .where(eq(ingestDrafts.id, options.id));
    await appendAuditEntry(tx, {
      actor: options.actor,
      action: 'draft.reject',
      entityType: 'draft',
      entityId: options.id,
      before: { status: 'pending' },
      after: { status: 'rejected', note: options.note },
    });
  });
}
