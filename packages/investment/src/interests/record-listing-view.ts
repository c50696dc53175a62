import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { listingViews } from '../tables.ts';
import type { ListingKind } from '../vocabulary.ts';
import { loadListing } from './listing-facts.ts';
import { viewerKeyOf } from './viewer-key.ts';

/**
 * The secret mixed into anonymous viewer hashes. Set SCO_VIEW_KEY_SECRET to keep counts stable across restarts;
 * without it a random one per process is used, so that no two installations share hashes.
 */
const viewKeySecret = process.env.SCO_VIEW_KEY_SECRET ?? randomBytes(32).toString('hex');

/**
 * Counts one view of a published listing per viewer and day; the owner's own views are not counted. Anonymous
 * readers are counted under a daily hash, never their address. Repeated views the same day change nothing.
 * Views are counters, not changes to a record, so they leave no audit entry (one per reader would flood the log).
 */
export async function recordListingView(options: {
  db: Db;
  actor: Actor | null;
  kind: ListingKind;
  id: string;
  address: string;
  userAgent: string;
  now?: Date;
}): Promise<{ counted: boolean }> {
  const { db, actor, kind, id, address, userAgent } = options;
  const listing = await loadListing({ db, kind, id });
  const isOwner = actor?.userId === listing.ownerUserId;
  if (!isOwner && listing.status !== 'published') throw new DomainError('not_found', `No ${kind} with id "${id}".`);
  if (isOwner) return { counted: false };
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  const viewerKey = viewerKeyOf({ userId: actor?.userId ?? null, address, userAgent, day, secret: viewKeySecret });
  const inserted = await db
    .insert(listingViews)
    .values({ listingKind: kind, listingId: id, viewerKey, day })
    .onConflictDoNothing()
    .returning({ day: listingViews.day });
  return { counted: inserted.length > 0 };
}
