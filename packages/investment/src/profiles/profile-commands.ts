import { and, eq, lte } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { validateAgendaLinks } from '../agenda-links.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import type { UserText } from '../tables.ts';
import { profiles } from '../tables.ts';
import type { PresentedProfile, ProfileInput } from './contracts.ts';
import { mayManageProfile, type ProfileRow, presentProfile } from './profile-reads.ts';
import { profileExpiryOf } from './profile-rules.ts';

const textsOf = (text: UserText) => Object.values(text).filter((value): value is string => Boolean(value));

/** The stored columns of a profile input, keyword tokens included (words and concepts of every language). */
function columnsOf(input: ProfileInput) {
  return {
    kind: input.kind,
    investorType: input.kind === 'investor' ? input.investorType : null,
    partneringType: input.kind === 'partnering' ? input.partneringType : null,
    organisationName: input.organisationName,
    title: input.title,
    description: input.description,
    countryCode: input.countryCode,
    ticketMinUsd: input.ticketMinUsd === null ? null : String(input.ticketMinUsd),
    ticketMaxUsd: input.ticketMaxUsd === null ? null : String(input.ticketMaxUsd),
    sectors: input.sectors,
    targetCountries: input.targetCountries,
    targetRegions: input.targetRegions,
    stages: input.stages,
    instruments: input.instruments,
    partnershipTypes: input.partnershipTypes,
    languages: input.languages,
    keywords: input.keywords,
    keywordTokens: keywordTokensOf({
      texts: [...textsOf(input.title), ...textsOf(input.description), ...input.keywords],
    }),
    contact: input.contact,
    initiativeIds: input.initiativeIds,
    documentIds: input.documentIds,
  };
}

const present = (row: ProfileRow, actor: Actor) => presentProfile({ row, actor, showContact: true, now: new Date() });

/** Publishes a new profile of the signed-in business, listed until its expiry date. */
export async function createProfile(options: { db: Db; actor: Actor; input: ProfileInput }): Promise<PresentedProfile> {
  const { db, actor, input } = options;
  if (!actor.userId) throw new DomainError('forbidden', 'Only a signed-in business can publish a profile.');
  const ownerUserId = actor.userId;
  const expiresAt = profileExpiryOf({ requested: input.expiresOn, now: new Date() });
  const row = await db.transaction(async (tx) => {
    await validateAgendaLinks({ db: tx, initiativeIds: input.initiativeIds, documentIds: input.documentIds });
    const [created] = await tx
      .insert(profiles)
      .values({ ...columnsOf(input), ownerUserId, status: 'published', expiresAt })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await appendAuditEntry(tx, {
      actor,
      action: 'profile.create',
      entityType: 'investment_profile',
      entityId: created.id,
      after: { ...columnsOf(input), contact: undefined, expiresAt },
    });
    return created;
  });
  return present(row, actor);
}

/**
 * Locks the profile for a change by its owner, the Secretariat or an administrator. Another business sees a
 * listed profile it may not change (forbidden) and not at all one that is not listed (not found).
 */
async function loadForChange(tx: Db, actor: Actor, id: string): Promise<ProfileRow> {
  const [row] = await tx.select().from(profiles).where(eq(profiles.id, id)).for('update');
  if (!row) throw new DomainError('not_found', `No profile with id "${id}".`);
  if (!mayManageProfile(actor, row)) {
    const listed = row.status === 'published' && row.expiresAt > new Date();
    if (!listed) throw new DomainError('not_found', `No profile with id "${id}".`);
    throw new DomainError('forbidden', 'Only the owner of a profile, or the Secretariat, can change it.');
  }
  if (row.status === 'withdrawn') {
    throw new DomainError('invalid_transition', 'This profile was withdrawn; publish a new one instead.', {
      status: row.status,
    });
  }
  return row;
}

/** Replaces a profile's content. A new expiry date in the future lists an expired profile again. */
export async function updateProfile(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: ProfileInput;
}): Promise<PresentedProfile> {
  const { db, actor, id, input } = options;
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const expiresAt =
      input.expiresOn === undefined ? current.expiresAt : profileExpiryOf({ requested: input.expiresOn, now });
    await validateAgendaLinks({ db: tx, initiativeIds: input.initiativeIds, documentIds: input.documentIds });
    const [updated] = await tx
      .update(profiles)
      .set({
        ...columnsOf(input),
        expiresAt,
        status: expiresAt > now ? 'published' : current.status,
        lastActivityAt: now,
        updatedAt: now,
      })
      .where(eq(profiles.id, id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    await appendAuditEntry(tx, {
      actor,
      action: 'profile.update',
      entityType: 'investment_profile',
      entityId: id,
      before: { ...current, contact: undefined },
      after: { ...updated, contact: undefined },
    });
    return updated;
  });
  return present(row, actor);
}

/** Lists a published or expired profile again until the new expiry date (default: 12 months from now). */
export async function renewProfile(options: {
  db: Db;
  actor: Actor;
  id: string;
  expiresOn: string | undefined;
}): Promise<PresentedProfile> {
  const { db, actor, id, expiresOn } = options;
  const now = new Date();
  const expiresAt = profileExpiryOf({ requested: expiresOn, now });
  const row = await db.transaction(async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const [renewed] = await tx
      .update(profiles)
      .set({ status: 'published', expiresAt, lastActivityAt: now, updatedAt: now })
      .where(eq(profiles.id, id))
      .returning();
    if (!renewed) throw new Error('update returned no row');
    await appendAuditEntry(tx, {
      actor,
      action: 'profile.renew',
      entityType: 'investment_profile',
      entityId: id,
      before: { status: current.status, expiresAt: current.expiresAt },
      after: { status: renewed.status, expiresAt: renewed.expiresAt },
    });
    return renewed;
  });
  return present(row, actor);
}

/** Takes a profile off the platform for good; it stays readable to its owner and the Secretariat. */
export async function withdrawProfile(options: { db: Db; actor: Actor; id: string }): Promise<PresentedProfile> {
  const { db, actor, id } = options;
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const [withdrawn] = await tx
      .update(profiles)
      .set({ status: 'withdrawn', updatedAt: now })
      .where(eq(profiles.id, id))
      .returning();
    if (!withdrawn) throw new Error('update returned no row');
    await appendAuditEntry(tx, {
      actor,
      action: 'profile.withdraw',
      entityType: 'investment_profile',
      entityId: id,
      before: { status: current.status },
      after: { status: 'withdrawn' },
    });
    return withdrawn;
  });
  return present(row, actor);
}

/** Marks published profiles past their expiry date as expired, each with its audit entry; returns how many. */
export async function expireProfiles(options: { db: Db; actor: Actor; now: Date }): Promise<number> {
  const { db, actor, now } = options;
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(profiles)
      .set({ status: 'expired', updatedAt: now })
      .where(and(eq(profiles.status, 'published'), lte(profiles.expiresAt, now)))
      .returning({ id: profiles.id, expiresAt: profiles.expiresAt });
    for (const profile of expired) {
      await appendAuditEntry(tx, {
        actor,
        action: 'profile.expire',
        entityType: 'investment_profile',
        entityId: profile.id,
        before: { status: 'published' },
        after: { status: 'expired', expiresAt: profile.expiresAt },
      });
    }
    return expired.length;
  });
}
