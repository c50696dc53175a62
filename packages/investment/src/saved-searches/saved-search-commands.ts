import { and, count, desc, eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { savedSearches } from '../tables.ts';
import type { SavedSearchTarget } from '../vocabulary.ts';
import {
  maxSavedSearchesPerUser,
  type SavedSearch,
  type SavedSearchInput,
  type SavedSearchPatch,
} from './contracts.ts';
import { parseListFilters } from './list-filters.ts';

const entityType = 'investment_saved_search';

type SavedSearchRow = typeof savedSearches.$inferSelect;

export const presentSavedSearch = (row: SavedSearchRow): SavedSearch => ({
  id: row.id,
  name: row.name,
  target: row.target as SavedSearchTarget,
  filters: row.filters as Record<string, string>,
  alertsEnabled: row.alertsEnabled,
  createdAt: row.createdAt.toISOString(),
});

/** A signed-in user's own id; the platform itself saves no searches. */
function ownerOf(actor: Actor): string {
  if (!actor.userId) throw new DomainError('forbidden', 'Only a signed-in user has saved searches.');
  return actor.userId;
}

/** The caller's searches, newest first. */
export async function listSavedSearches(options: { db: Db; actor: Actor }) {
  const rows = await options.db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, ownerOf(options.actor)))
    .orderBy(desc(savedSearches.createdAt));
  return { items: rows.map(presentSavedSearch), total: rows.length };
}

/** One of the caller's searches, locked for change; anybody else's is `not_found`, as if it did not exist. */
async function ownSearchForUpdate(tx: Db, options: { actor: Actor; id: string }): Promise<SavedSearchRow> {
  const [row] = await tx
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.id, options.id), eq(savedSearches.userId, ownerOf(options.actor))))
    .for('update');
  if (!row) throw new DomainError('not_found', `No saved search ${options.id}.`, { id: options.id });
  return row;
}

/** Saves the filters of a list under a name, after checking them as the list itself would. */
export async function saveSearch(options: { db: Db; actor: Actor; input: SavedSearchInput }): Promise<SavedSearch> {
  const { db, actor, input } = options;
  const userId = ownerOf(actor);
  const filters = parseListFilters({ target: input.target, filters: input.filters }).stored;
  return db.transaction(async (tx) => {
    const [held] = await tx.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, userId));
    if ((held?.n ?? 0) >= maxSavedSearchesPerUser) {
      throw new DomainError(
        'conflict',
        `You already have ${maxSavedSearchesPerUser} saved searches; delete one before saving another.`,
        { max: maxSavedSearchesPerUser },
      );
    }
    const [row] = await tx
      .insert(savedSearches)
      .values({ userId, name: input.name, target: input.target, filters, alertsEnabled: input.alertsEnabled })
      .returning();
    if (!row) throw new Error('insert returned no saved search');
    const presented = presentSavedSearch(row);
    await appendAuditEntry(tx, {
      actor,
      action: 'saved_search.create',
      entityType,
      entityId: row.id,
      after: presented,
    });
    return presented;
  });
}

/** Renames a search or turns its alerts on or off. */
export async function updateSavedSearch(options: {
  db: Db;
  actor: Actor;
  id: string;
  patch: SavedSearchPatch;
}): Promise<SavedSearch> {
  const { db, actor, id, patch } = options;
  return db.transaction(async (tx) => {
    const before = presentSavedSearch(await ownSearchForUpdate(tx, { actor, id }));
    const [row] = await tx
      .update(savedSearches)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.alertsEnabled !== undefined ? { alertsEnabled: patch.alertsEnabled } : {}),
      })
      .where(eq(savedSearches.id, id))
      .returning();
    if (!row) throw new Error('update returned no saved search');
    const after = presentSavedSearch(row);
    await appendAuditEntry(tx, { actor, action: 'saved_search.update', entityType, entityId: id, before, after });
    return after;
  });
}

/** Deletes a search (and, by cascade, the record of what it alerted about). */
export async function deleteSavedSearch(options: { db: Db; actor: Actor; id: string }): Promise<void> {
  const { db, actor, id } = options;
  await db.transaction(async (tx) => {
    const before = presentSavedSearch(await ownSearchForUpdate(tx, { actor, id }));
    await tx.delete(savedSearches).where(eq(savedSearches.id, id));
    await appendAuditEntry(tx, { actor, action: 'saved_search.delete', entityType, entityId: id, before });
  });
}
