import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { type Language, languages } from '../../../core/src/localized-text.ts';
import { replayInitiativeStages } from '../persistence/store-text.ts';
import {
  documents,
  entityAliases,
  initiativeStageChanges,
  initiatives,
  reports,
  statementDocuments,
  statementInitiatives,
  subscriptions,
} from '../tables.ts';
import { mergeLocalizedText } from '../translations/localize-text.ts';
import { aliasKey } from './alias-key.ts';
import type { EntityKind } from './known-entities.ts';

const tableOf = { document: documents, initiative: initiatives } as const;

async function assertExists(tx: Db, kind: EntityKind, id: string, field: string) {
  const table = tableOf[kind];
  const [row] = await tx.select({ id: table.id, title: table.title }).from(table).where(eq(table.id, id));
  if (!row) throw new DomainError('not_found', `${field}: no ${kind} with id "${id}".`, { field });
  return row;
}

export async function listAliases(options: {
  db: Db;
  kind?: EntityKind;
  entityId?: string;
  q?: string;
  limit: number;
  offset: number;
}) {
  const where = and(
    options.kind ? eq(entityAliases.kind, options.kind) : undefined,
    options.entityId ? eq(entityAliases.entityId, options.entityId) : undefined,
    options.q
      ? or(ilike(entityAliases.alias, `%${options.q}%`), ilike(entityAliases.aliasKey, `%${aliasKey(options.q)}%`))
      : undefined,
  );
  const rows = await options.db
    .select()
    .from(entityAliases)
    .where(where)
    .orderBy(desc(entityAliases.createdAt), entityAliases.aliasKey)
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await options.db.select({ value: count() }).from(entityAliases).where(where);
  return {
    items: rows.map((row) => ({
      kind: row.kind as EntityKind,
      alias: row.alias,
      aliasKey: row.aliasKey,
      language: row.language as Language,
      entityId: row.entityId,
      origin: row.origin as 'ingest' | 'review' | 'merge' | 'version' | 'secretariat',
      createdAt: row.createdAt.toISOString(),
    })),
    total: total?.value ?? 0,
  };
}

/** The Secretariat says that a name stands for a record; later texts using the name link to it. */
export async function addAlias(options: {
  db: Db;
  kind: EntityKind;
  alias: string;
  language: Language;
  entityId: string;
  actor: Actor;
}) {
  const key = aliasKey(options.alias);
  if (!key) throw new DomainError('validation_failed', 'alias: the name has no letters or digits.', { field: 'alias' });
  return options.db.transaction(async (tx) => {
    await assertExists(tx, options.kind, options.entityId, 'entityId');
    const [before] = await tx
      .select({ entityId: entityAliases.entityId })
      .from(entityAliases)
      .where(and(eq(entityAliases.kind, options.kind), eq(entityAliases.aliasKey, key)));
    const [row] = await tx
      .insert(entityAliases)
      .values({
        kind: options.kind,
        aliasKey: key,
        alias: options.alias,
        language: options.language,
        entityId: options.entityId,
        origin: 'secretariat',
        createdBy: options.actor.userId,
      })
      .onConflictDoUpdate({
        target: [entityAliases.kind, entityAliases.aliasKey],
        set: {
          alias: options.alias,
          language: options.language,
          entityId: options.entityId,
          origin: 'secretariat',
          createdBy: options.actor.userId,
        },
      })
      .returning();
    await appendAuditEntry(tx, {
      actor: options.actor,
      action: 'entity_alias.set',
      entityType: options.kind,
      entityId: options.entityId,
      before: before ?? null,
      after: { alias: options.alias, aliasKey: key },
    });
    return row!;
  });
}

export async function removeAlias(options: { db: Db; kind: EntityKind; aliasKey: string; actor: Actor }) {
  await options.db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(entityAliases)
      .where(and(eq(entityAliases.kind, options.kind), eq(entityAliases.aliasKey, options.aliasKey)))
      .returning();
    if (!removed) {
      throw new DomainError('not_found', `No ${options.kind} alias with key "${options.aliasKey}".`);
    }
    await appendAuditEntry(tx, {
      actor: options.actor,
      action: 'entity_alias.remove',
      entityType: options.kind,
      entityId: removed.entityId,
      before: { alias: removed.alias, aliasKey: removed.aliasKey },
      after: null,
    });
  });
}

/**
 * Two records turn out to be one (the same document named differently in two texts): every link, stage change,
 * report, subscription and alias of `fromId` moves to `intoId`, the titles are combined (official texts win), the
 * names of `fromId` become aliases of `intoId`, and `fromId` is deleted — in one transaction.
 */
export async function mergeEntities(options: {
  db: Db;
  kind: EntityKind;
  fromId: string;
  intoId: string;
  actor: Actor;
}) {
  const { kind, fromId, intoId, actor } = options;
  if (fromId === intoId) {
    throw new DomainError('validation_failed', 'intoId: a record cannot be merged into itself.', { field: 'intoId' });
  }
  return options.db.transaction(async (tx) => {
    const from = await assertExists(tx, kind, fromId, 'fromId');
    const into = await assertExists(tx, kind, intoId, 'intoId');
    let movedLinks = 0;

    if (kind === 'document') {
      const links = await tx.select().from(statementDocuments).where(eq(statementDocuments.documentId, fromId));
      for (const link of links) {
        const [target] = await tx
          .select()
          .from(statementDocuments)
          .where(and(eq(statementDocuments.statementId, link.statementId), eq(statementDocuments.documentId, intoId)));
        if (target) {
          await tx
            .update(statementDocuments)
            .set({ spans: [...target.spans, ...link.spans] })
            .where(
              and(eq(statementDocuments.statementId, link.statementId), eq(statementDocuments.documentId, intoId)),
            );
          await tx
            .delete(statementDocuments)
            .where(
              and(eq(statementDocuments.statementId, link.statementId), eq(statementDocuments.documentId, fromId)),
            );
        } else {
          await tx
            .update(statementDocuments)
            .set({ documentId: intoId })
            .where(
              and(eq(statementDocuments.statementId, link.statementId), eq(statementDocuments.documentId, fromId)),
            );
        }
        movedLinks += 1;
      }
      const [fromRow] = await tx.select().from(documents).where(eq(documents.id, fromId));
      const [intoRow] = await tx.select().from(documents).where(eq(documents.id, intoId));
      await tx
        .update(documents)
        .set({
          title: mergeLocalizedText(intoRow!.title, fromRow!.title) ?? intoRow!.title,
          adoptedOn: intoRow!.adoptedOn ?? fromRow!.adoptedOn,
          adoptedPrecision: intoRow!.adoptedOn ? intoRow!.adoptedPrecision : fromRow!.adoptedPrecision,
          place: mergeLocalizedText(intoRow!.place, fromRow!.place),
        })
        .where(eq(documents.id, intoId));
    } else {
      const links = await tx.select().from(statementInitiatives).where(eq(statementInitiatives.initiativeId, fromId));
      for (const link of links) {
        const [target] = await tx
          .select()
          .from(statementInitiatives)
          .where(
            and(eq(statementInitiatives.statementId, link.statementId), eq(statementInitiatives.initiativeId, intoId)),
          );
        if (target) {
          await tx
            .update(statementInitiatives)
            .set({ spans: [...target.spans, ...link.spans] })
            .where(
              and(
                eq(statementInitiatives.statementId, link.statementId),
                eq(statementInitiatives.initiativeId, intoId),
              ),
            );
          await tx
            .delete(statementInitiatives)
            .where(
              and(
                eq(statementInitiatives.statementId, link.statementId),
                eq(statementInitiatives.initiativeId, fromId),
              ),
            );
        } else {
          await tx
            .update(statementInitiatives)
            .set({ initiativeId: intoId })
            .where(
              and(
                eq(statementInitiatives.statementId, link.statementId),
                eq(statementInitiatives.initiativeId, fromId),
              ),
            );
        }
        movedLinks += 1;
      }
      await tx
        .update(initiativeStageChanges)
        .set({ initiativeId: intoId })
        .where(eq(initiativeStageChanges.initiativeId, fromId));
      await tx.update(reports).set({ initiativeId: intoId }).where(eq(reports.initiativeId, fromId));
      const followers = await tx
        .select({ userId: subscriptions.userId })
        .from(subscriptions)
        .where(and(eq(subscriptions.targetKind, 'initiative'), eq(subscriptions.target, fromId)));
      if (followers.length > 0) {
        await tx
          .insert(subscriptions)
          .values(followers.map((follower) => ({ userId: follower.userId, targetKind: 'initiative', target: intoId })))
          .onConflictDoNothing();
        await tx
          .delete(subscriptions)
          .where(and(eq(subscriptions.targetKind, 'initiative'), eq(subscriptions.target, fromId)));
      }
      const [fromRow] = await tx.select().from(initiatives).where(eq(initiatives.id, fromId));
      const [intoRow] = await tx.select().from(initiatives).where(eq(initiatives.id, intoId));
      await tx
        .update(initiatives)
        .set({
          title: mergeLocalizedText(intoRow!.title, fromRow!.title) ?? intoRow!.title,
          topics: [...new Set([...intoRow!.topics, ...fromRow!.topics])],
          leadCountryCode: intoRow!.leadCountryCode ?? fromRow!.leadCountryCode,
          leadBody: intoRow!.leadBody ?? fromRow!.leadBody,
          dueOn: intoRow!.dueOn ?? fromRow!.dueOn,
        })
        .where(eq(initiatives.id, intoId));
    }

    const moved = await tx
      .update(entityAliases)
      .set({ entityId: intoId })
      .where(and(eq(entityAliases.kind, kind), eq(entityAliases.entityId, fromId)))
      .returning({ aliasKey: entityAliases.aliasKey });
    const fromNames = languages.flatMap((language) => {
      const text = from.title[language]?.text;
      return text ? [{ language, text }] : [];
    });
    if (fromNames.length > 0) {
      await tx
        .insert(entityAliases)
        .values(
          fromNames.map((name) => ({
            kind,
            aliasKey: aliasKey(name.text),
            alias: name.text,
            language: name.language,
            entityId: intoId,
            origin: 'merge',
            createdBy: actor.userId,
          })),
        )
        .onConflictDoUpdate({
          target: [entityAliases.kind, entityAliases.aliasKey],
          set: { entityId: intoId, origin: 'merge', createdBy: actor.userId },
        });
    }
    await tx.delete(tableOf[kind]).where(eq(tableOf[kind].id, fromId));
    if (kind === 'initiative') await replayInitiativeStages(tx, [intoId]);
    await appendAuditEntry(tx, {
      actor,
      action: `${kind}.merge`,
      entityType: kind,
      entityId: intoId,
      before: { fromId, fromTitle: from.title, intoTitle: into.title },
      after: { intoId, movedLinks, movedAliases: moved.length },
    });
    return { intoId, movedLinks, movedAliases: moved.length };
  });
}
