import { and, eq, inArray } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { assertActsForCountry } from '../../../core/src/auth/country-scope.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import { interestEvents, interests } from '../tables.ts';
import type { InterestInitiator, InterestStatus, ListingKind, PipelineStage } from '../vocabulary.ts';
import type { ExpressInterestInput, IntroduceListingsInput, PresentedInterestDetail } from './contracts.ts';
import { consentsAfterAcceptance, sideOf, statusAfterRefusal } from './interest-consent.ts';
import { assertPipelineMove } from './interest-pipeline.ts';
import type { InterestRow } from './interest-presenter.ts';
import { getInterest, loadInterestFor } from './interest-reads.ts';
import { bumpListingActivity, type ListingFacts, loadPublishedListing } from './listing-facts.ts';

const interestLink = (id: string) => `/investment/interests?open=${id}`;

const refsOf = (row: Pick<InterestRow, 'targetKind' | 'targetId' | 'sourceKind' | 'sourceId'>) => [
  { kind: row.targetKind as ListingKind, id: row.targetId },
  row.sourceKind && row.sourceId ? { kind: row.sourceKind as ListingKind, id: row.sourceId } : null,
];

/** The other people of an interest who should hear of a change the actor made. */
const othersOf = (row: InterestRow, actor: Actor) =>
  [row.sourceOwnerUserId, row.targetOwnerUserId, row.brokerUserId].filter(
    (userId): userId is string => userId !== null && userId !== actor.userId,
  );

/** Unique violations come back with the code on the error (pg) or its cause (drizzle's wrapper). */
const isUniqueViolation = (error: unknown): boolean => {
  const codeOf = (value: unknown) => (value as { code?: unknown } | null)?.code;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | null)?.cause) === '23505';
};

const openPairConflict = () =>
  new DomainError(
    'conflict',
    'An open expression of interest between these two already exists; answer or close it before opening another.',
  );

async function assertNoOpenInterest(tx: Db, target: ListingFacts, sourceOwnerUserId: string) {
  const [open] = await tx
    .select({ id: interests.id })
    .from(interests)
    .where(
      and(
        eq(interests.targetKind, target.kind),
        eq(interests.targetId, target.id),
        eq(interests.sourceOwnerUserId, sourceOwnerUserId),
        inArray(interests.status, ['pending', 'accepted']),
      ),
    );
  if (open) throw openPairConflict();
}

async function insertInterest(options: {
  db: Db;
  actor: Actor;
  target: ListingFacts;
  source: ListingFacts | null;
  sourceOwnerUserId: string;
  initiatedBy: InterestInitiator;
  message: string;
  title: NotificationTitle;
  notify: string[];
}): Promise<string> {
  const { db, actor, target, source, sourceOwnerUserId, initiatedBy, message, title, notify } = options;
  const now = new Date();
  try {
    return await db.transaction(async (tx) => {
      await assertNoOpenInterest(tx, target, sourceOwnerUserId);
      const values = {
        targetKind: target.kind,
        targetId: target.id,
        targetOwnerUserId: target.ownerUserId,
        sourceKind: source?.kind ?? null,
        sourceId: source?.id ?? null,
        sourceOwnerUserId,
        initiatedBy,
        brokerUserId: initiatedBy === 'broker' ? actor.userId : null,
        message,
        status: 'pending' as InterestStatus,
        // The side that writes in consents by writing; in an introduction neither side has yet.
        sourceConsentAt: initiatedBy === 'party' ? now : null,
        targetConsentAt: null,
        pipelineStage: 'interest' as PipelineStage,
      };
      const [created] = await tx.insert(interests).values(values).returning({ id: interests.id });
      const id = created!.id;
      await tx.insert(interestEvents).values({
        interestId: id,
        kind: initiatedBy === 'broker' ? 'introduced' : 'expressed',
        toStage: 'interest',
        note: null,
        actorUserId: actor.userId,
      });
      await bumpListingActivity({ tx, refs: refsOf(values), at: now });
      await appendAuditEntry(tx, {
        actor,
        action: initiatedBy === 'broker' ? 'interest.introduce' : 'interest.express',
        entityType: 'investment_interest',
        entityId: id,
        after: { ...values, message: undefined },
      });
      await notifyUsers(tx, { userIds: notify, kind: 'investment.interest_received', title, link: interestLink(id) });
      return id;
    });
  } catch (error) {
    // Two requests racing past the check meet the partial unique index instead.
    if (isUniqueViolation(error)) throw openPairConflict();
    throw error;
  }
}

/**
 * A business expresses interest in a published project or profile, optionally presenting one of its own published
 * listings. Its own consent is implied; the target's owner is notified and answers.
 */
export async function expressInterest(options: {
  db: Db;
  actor: Actor;
  input: ExpressInterestInput;
}): Promise<PresentedInterestDetail> {
  const { db, actor, input } = options;
  const userId = actor.userId!;
  const target = await loadPublishedListing({ db, ...input.target });
  if (target.ownerUserId === userId) {
    throw new DomainError('conflict', 'You cannot express interest in your own listing.');
  }
  let source: ListingFacts | null = null;
  if (input.source) {
    source = await loadPublishedListing({ db, ...input.source });
    if (source.ownerUserId !== userId) {
      throw new DomainError('validation_failed', 'source: you can present only one of your own published listings.', {
        field: 'source',
      });
    }
  }
  const id = await insertInterest({
    db,
    actor,
    target,
    source,
    sourceOwnerUserId: userId,
    initiatedBy: 'party',
    message: input.message,
    notify: [target.ownerUserId],
    title: {
      zh: '有人对您的投资信息表达了兴趣',
      ru: 'К вашему инвестиционному объявлению проявили интерес',
      en: 'Someone expressed interest in your investment listing',
    },
  });
  return getInterest({ db, actor, id });
}

/**
 * A focal point introduces two published listings of different owners, at least one of their own country. Both
 * owners must accept before contacts are exchanged.
 */
export async function introduceListings(options: {
  db: Db;
  actor: Actor;
  input: IntroduceListingsInput;
}): Promise<PresentedInterestDetail> {
  const { db, actor, input } = options;
  const [target, source] = await Promise.all([
    loadPublishedListing({ db, ...input.target }),
    loadPublishedListing({ db, ...input.source }),
  ]);
  if (actor.role === 'focal_point' && target.countryCode !== actor.countryCode) {
    assertActsForCountry(actor, source.countryCode);
  }
  if (target.ownerUserId === source.ownerUserId) {
    throw new DomainError('conflict', 'Both listings belong to the same owner; an introduction needs two parties.');
  }
  const id = await insertInterest({
    db,
    actor,
    target,
    source,
    sourceOwnerUserId: source.ownerUserId,
    initiatedBy: 'broker',
    message: input.message,
    notify: [target.ownerUserId, source.ownerUserId],
    title: {
      zh: '国家联络人为您介绍了一个潜在合作伙伴',
      ru: 'Координатор страны предлагает вам знакомство с потенциальным партнёром',
      en: "A country's focal point introduced you to a potential partner",
    },
  });
  return getInterest({ db, actor, id });
}

/** Loads the interest for a side's answer and refuses anyone who is not a side. */
async function loadForSide(tx: Db, actor: Actor, id: string) {
  const loaded = await loadInterestFor({ db: tx, actor, id, forUpdate: true });
  const side = sideOf({ userId: actor.userId, ...loaded.row });
  if (!side) throw new DomainError('forbidden', 'Only the two sides of an interest can accept or decline it.');
  return { ...loaded, side };
}

/** One side accepts; when both have, the interest is accepted and contacts become visible to each other. */
export async function acceptInterest(options: { db: Db; actor: Actor; id: string }): Promise<PresentedInterestDetail> {
  const { db, actor, id } = options;
  await db.transaction(async (tx) => {
    const { row, side } = await loadForSide(tx, actor, id);
    const now = new Date();
    const next = consentsAfterAcceptance({
      interest: {
        status: row.status as InterestStatus,
        sourceConsentAt: row.sourceConsentAt,
        targetConsentAt: row.targetConsentAt,
      },
      side,
      at: now,
    });
    await tx
      .update(interests)
      .set({ ...next, updatedAt: now })
      .where(eq(interests.id, id));
    await tx.insert(interestEvents).values({ interestId: id, kind: 'accepted', actorUserId: actor.userId });
    await bumpListingActivity({ tx, refs: refsOf(row), at: now });
    await appendAuditEntry(tx, {
      actor,
      action: 'interest.accept',
      entityType: 'investment_interest',
      entityId: id,
      before: { status: row.status, sourceConsentAt: row.sourceConsentAt, targetConsentAt: row.targetConsentAt },
      after: next,
    });
    const agreed = next.status === 'accepted';
    await notifyUsers(tx, {
      userIds: othersOf(row, actor),
      kind: agreed ? 'investment.interest_accepted' : 'investment.interest_consent',
      title: agreed
        ? {
            zh: '双方已同意：可以查看对方的联系方式',
            ru: 'Обе стороны согласились: контакты друг друга открыты',
            en: "Both sides agreed: each other's contact details are now shown",
          }
        : {
            zh: '一方已接受介绍，等待另一方答复',
            ru: 'Одна сторона приняла знакомство, ждём ответа другой',
            en: 'One side accepted the introduction; waiting for the other',
          },
      link: interestLink(id),
    });
  });
  return getInterest({ db, actor, id });
}

/** A side says no while the interest is pending: the target declines, the initiator withdraws. Nothing is revealed. */
export async function declineInterest(options: {
  db: Db;
  actor: Actor;
  id: string;
  reason?: string | undefined;
}): Promise<PresentedInterestDetail> {
  const { db, actor, id, reason } = options;
  await db.transaction(async (tx) => {
    const { row, side } = await loadForSide(tx, actor, id);
    const now = new Date();
    const status = statusAfterRefusal({
      interest: {
        status: row.status as InterestStatus,
        sourceConsentAt: row.sourceConsentAt,
        targetConsentAt: row.targetConsentAt,
        initiatedBy: row.initiatedBy as InterestInitiator,
      },
      side,
    });
    await tx.update(interests).set({ status, updatedAt: now }).where(eq(interests.id, id));
    await tx
      .insert(interestEvents)
      .values({ interestId: id, kind: status, note: reason ?? null, actorUserId: actor.userId });
    await bumpListingActivity({ tx, refs: refsOf(row), at: now });
    await appendAuditEntry(tx, {
      actor,
      action: status === 'withdrawn' ? 'interest.withdraw' : 'interest.decline',
      entityType: 'investment_interest',
      entityId: id,
      before: { status: row.status },
      after: { status },
    });
    await notifyUsers(tx, {
      userIds: othersOf(row, actor),
      kind: `investment.interest_${status}`,
      title:
        status === 'withdrawn'
          ? {
              zh: '一项投资意向已被撤回',
              ru: 'Выражение интереса отозвано',
              en: 'An expression of interest was withdrawn',
            }
          : {
              zh: '一项投资意向已被拒绝',
              ru: 'Выражение интереса отклонено',
              en: 'An expression of interest was declined',
            },
      link: interestLink(id),
    });
  });
  return getInterest({ db, actor, id });
}

/** Either side or the broker moves an agreed interest one stage forward, or closes it with a reason. */
export async function moveInterestStage(options: {
  db: Db;
  actor: Actor;
  id: string;
  to: PipelineStage;
  reason?: string | undefined;
}): Promise<PresentedInterestDetail> {
  const { db, actor, id, to, reason } = options;
  await db.transaction(async (tx) => {
    const { row, role } = await loadInterestFor({ db: tx, actor, id, forUpdate: true });
    if (role === 'secretariat' || (role === 'broker' && row.brokerUserId !== actor.userId)) {
      throw new DomainError(
        'forbidden',
        'Only the two sides of an interest and the focal point who introduced them move its pipeline.',
      );
    }
    const from = row.pipelineStage as PipelineStage;
    assertPipelineMove({ status: row.status as InterestStatus, from, to, reason });
    const now = new Date();
    const closedReason = to === 'closed' ? reason!.trim() : null;
    await tx.update(interests).set({ pipelineStage: to, closedReason, updatedAt: now }).where(eq(interests.id, id));
    await tx.insert(interestEvents).values({
      interestId: id,
      kind: 'stage_changed',
      fromStage: from,
      toStage: to,
      note: closedReason,
      actorUserId: actor.userId,
    });
    await bumpListingActivity({ tx, refs: refsOf(row), at: now });
    await appendAuditEntry(tx, {
      actor,
      action: 'interest.move_stage',
      entityType: 'investment_interest',
      entityId: id,
      before: { pipelineStage: from },
      after: { pipelineStage: to, closedReason },
    });
    const stageNames: Record<PipelineStage, NotificationTitle> = {
      interest: { zh: '意向', ru: 'интерес', en: 'interest' },
      meeting: { zh: '会谈', ru: 'встреча', en: 'meeting' },
      nda: { zh: '保密协议', ru: 'соглашение о конфиденциальности', en: 'NDA' },
      deal: { zh: '达成交易', ru: 'сделка', en: 'deal' },
      closed: { zh: '已关闭', ru: 'закрыто', en: 'closed' },
    };
    await notifyUsers(tx, {
      userIds: othersOf(row, actor),
      kind: 'investment.interest_stage_changed',
      title: {
        zh: `投资意向进入新阶段：${stageNames[to].zh}`,
        ru: `Выражение интереса перешло на этап: ${stageNames[to].ru}`,
        en: `An expression of interest moved to: ${stageNames[to].en}`,
      },
      link: interestLink(id),
    });
  });
  return getInterest({ db, actor, id });
}

/** A focal point of a listing's country (or the one who introduced them) or the Secretariat adds a note. */
export async function addBrokerNote(options: {
  db: Db;
  actor: Actor;
  id: string;
  note: string;
}): Promise<PresentedInterestDetail> {
  const { db, actor, id, note } = options;
  await db.transaction(async (tx) => {
    const { role } = await loadInterestFor({ db: tx, actor, id, forUpdate: true });
    if (role !== 'broker' && role !== 'secretariat') {
      throw new DomainError('forbidden', "Notes are for the focal point of a listing's country and the Secretariat.");
    }
    await tx.insert(interestEvents).values({ interestId: id, kind: 'note', note, actorUserId: actor.userId });
    await tx.update(interests).set({ updatedAt: new Date() }).where(eq(interests.id, id));
    await appendAuditEntry(tx, {
      actor,
      action: 'interest.note',
      entityType: 'investment_interest',
      entityId: id,
      after: { note },
    });
  });
  return getInterest({ db, actor, id });
}

/**
 * A forum meeting between the two sides of an agreed interest was confirmed: the interest reaches `meeting` if it
 * was still at `interest`. Runs inside the confirmation's transaction; never moves a pipeline backwards.
 */
export async function advanceInterestForConfirmedMeeting(options: {
  tx: Db;
  actor: Actor;
  interestId: string;
  meeting: { id: string; forumId: string; slotStart: Date; requesterUserId: string; inviteeUserId: string };
}): Promise<void> {
  const { tx, actor, interestId, meeting } = options;
  const [row] = await tx.select().from(interests).where(eq(interests.id, interestId)).for('update');
  if (row?.status !== 'accepted' || row.pipelineStage !== 'interest') return;
  const sides = [row.sourceOwnerUserId, row.targetOwnerUserId];
  if (!sides.includes(meeting.requesterUserId) || !sides.includes(meeting.inviteeUserId)) return;
  const now = new Date();
  const note = `Forum meeting ${meeting.id} at forum ${meeting.forumId} on ${meeting.slotStart.toISOString()} confirmed.`;
  await tx.update(interests).set({ pipelineStage: 'meeting', updatedAt: now }).where(eq(interests.id, interestId));
  await tx.insert(interestEvents).values({
    interestId,
    kind: 'stage_changed',
    fromStage: 'interest',
    toStage: 'meeting',
    note,
    actorUserId: actor.userId,
  });
  await bumpListingActivity({ tx, refs: refsOf(row), at: now });
  await appendAuditEntry(tx, {
    actor,
    action: 'interest.move_stage',
    entityType: 'investment_interest',
    entityId: interestId,
    before: { pipelineStage: 'interest' },
    after: { pipelineStage: 'meeting', forumMeetingId: meeting.id },
  });
}
