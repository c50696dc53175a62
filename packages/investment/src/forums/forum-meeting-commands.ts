import { and, eq, inArray } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import { users } from '../../../core/src/tables.ts';
import { advanceInterestForConfirmedMeeting } from '../interests/interest-commands.ts';
import { loadInterestFor } from '../interests/interest-reads.ts';
import { forumMeetings } from '../tables.ts';
import type { ForumMeetingStatus } from '../vocabulary.ts';
import { tableForMeeting } from './booking-rules.ts';
import type { PresentedForumMeeting, RequestMeetingInput } from './contracts.ts';
import { getMyMeeting, loadForum } from './forum-reads.ts';
import { slotStartingAt } from './forum-slots.ts';

const forumLink = (forumId: string) => `/investment/forums/${forumId}`;

const isUniqueViolation = (error: unknown): boolean => {
  const codeOf = (value: unknown) => (value as { code?: unknown } | null)?.code;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | null)?.cause) === '23505';
};

/** Who the caller invites: the other side of an accepted interest they are in, or a participant named directly. */
async function inviteeOf(options: { db: Db; actor: Actor; input: RequestMeetingInput }): Promise<string> {
  const { db, actor, input } = options;
  if (input.interestId) {
    const { row, role } = await loadInterestFor({ db, actor, id: input.interestId });
    if (role !== 'source' && role !== 'target') {
      throw new DomainError('forbidden', 'Only the two sides of an interest can book a meeting from it.');
    }
    if (row.status !== 'accepted') {
      throw new DomainError('conflict', 'A meeting can be booked from an interest only once both sides agreed.');
    }
    return role === 'source' ? row.targetOwnerUserId : row.sourceOwnerUserId;
  }
  const [invitee] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.inviteeUserId!), eq(users.disabled, false)));
  if (!invitee) throw new DomainError('not_found', `No participant with id "${input.inviteeUserId}".`);
  return invitee.id;
}

/**
 * A participant asks another for a one-to-one meeting at a slot; the first free table is assigned. The forum row
 * is locked for the booking, so two bookings at once cannot take the same table or break a cap.
 */
export async function requestMeeting(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  input: RequestMeetingInput;
}): Promise<PresentedForumMeeting> {
  const { db, actor, forumId, input } = options;
  const requesterUserId = actor.userId!;
  const inviteeUserId = await inviteeOf({ db, actor, input });
  let meetingId: string;
  try {
    meetingId = await db.transaction(async (tx) => {
      const forum = await loadForum({ db: tx, id: forumId, forUpdate: true });
      const slot = slotStartingAt({ schedule: forum, start: new Date(input.slotStart) });
      const held = await tx
        .select({
          slotStart: forumMeetings.slotStart,
          tableNumber: forumMeetings.tableNumber,
          requesterUserId: forumMeetings.requesterUserId,
          inviteeUserId: forumMeetings.inviteeUserId,
        })
        .from(forumMeetings)
        .where(and(eq(forumMeetings.forumId, forumId), inArray(forumMeetings.status, ['requested', 'confirmed'])));
      const tableNumber = tableForMeeting({
        requesterUserId,
        inviteeUserId,
        slotStart: slot.start,
        tableCount: forum.tableCount,
        maxMeetingsPerParticipant: forum.maxMeetingsPerParticipant,
        held,
      });
      const values = {
        forumId,
        slotStart: slot.start,
        slotEnd: slot.end,
        tableNumber,
        requesterUserId,
        inviteeUserId,
        interestId: input.interestId ?? null,
        status: 'requested' as ForumMeetingStatus,
        note: input.note ?? null,
      };
      const [created] = await tx.insert(forumMeetings).values(values).returning({ id: forumMeetings.id });
      await appendAuditEntry(tx, {
        actor,
        action: 'forum_meeting.request',
        entityType: 'investment_forum_meeting',
        entityId: created!.id,
        after: values,
      });
      await notifyUsers(tx, {
        userIds: [inviteeUserId],
        kind: 'investment.forum_meeting_requested',
        title: {
          zh: '您收到一个论坛一对一会谈邀请',
          ru: 'Вас приглашают на встречу один на один на форуме',
          en: 'You are invited to a one-to-one meeting at a forum',
        },
        link: forumLink(forumId),
      });
      return created!.id;
    });
  } catch (error) {
    // The table index is the last guard if two bookings ever raced past the lock.
    if (isUniqueViolation(error)) {
      throw new DomainError('conflict', 'That table was just taken; try again.', { reason: 'tables_full' });
    }
    throw error;
  }
  return getMyMeeting({ db, actor, forumId, meetingId });
}

type MeetingAnswer = 'confirm' | 'decline' | 'cancel';

const answers: Record<MeetingAnswer, { to: ForumMeetingStatus; from: ForumMeetingStatus[]; title: NotificationTitle }> =
  {
    confirm: {
      to: 'confirmed',
      from: ['requested'],
      title: { zh: '论坛会谈已确认', ru: 'Встреча на форуме подтверждена', en: 'Your forum meeting was confirmed' },
    },
    decline: {
      to: 'declined',
      from: ['requested'],
      title: {
        zh: '论坛会谈邀请被拒绝',
        ru: 'Приглашение на встречу отклонено',
        en: 'Your forum meeting request was declined',
      },
    },
    cancel: {
      to: 'cancelled',
      from: ['requested', 'confirmed'],
      title: { zh: '论坛会谈已取消', ru: 'Встреча на форуме отменена', en: 'A forum meeting was cancelled' },
    },
  };

/** The invitee confirms or declines a requested meeting; either side cancels one that holds a table. */
export async function answerMeeting(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  meetingId: string;
  answer: MeetingAnswer;
}): Promise<PresentedForumMeeting> {
  const { db, actor, forumId, meetingId, answer } = options;
  const rule = answers[answer];
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(forumMeetings)
      .where(and(eq(forumMeetings.id, meetingId), eq(forumMeetings.forumId, forumId)))
      .for('update');
    const isParticipant = row && (row.requesterUserId === actor.userId || row.inviteeUserId === actor.userId);
    if (!row || !isParticipant) throw new DomainError('not_found', `No meeting with id "${meetingId}" at this forum.`);
    if (answer !== 'cancel' && row.inviteeUserId !== actor.userId) {
      throw new DomainError('forbidden', 'Only the invited participant confirms or declines a meeting request.');
    }
    if (!rule.from.includes(row.status as ForumMeetingStatus)) {
      throw new DomainError(
        'invalid_transition',
        `This meeting is ${row.status}; it cannot be changed to ${rule.to}.`,
        {
          from: row.status,
          to: rule.to,
        },
      );
    }
    await tx
      .update(forumMeetings)
      .set({ status: rule.to, respondedAt: new Date() })
      .where(eq(forumMeetings.id, meetingId));
    await appendAuditEntry(tx, {
      actor,
      action: `forum_meeting.${answer}`,
      entityType: 'investment_forum_meeting',
      entityId: meetingId,
      before: { status: row.status },
      after: { status: rule.to },
    });
    if (answer === 'confirm' && row.interestId) {
      await advanceInterestForConfirmedMeeting({ tx, actor, interestId: row.interestId, meeting: row });
    }
    const other = row.requesterUserId === actor.userId ? row.inviteeUserId : row.requesterUserId;
    await notifyUsers(tx, {
      userIds: [other],
      kind: `investment.forum_meeting_${rule.to}`,
      title: rule.title,
      link: forumLink(forumId),
    });
  });
  return getMyMeeting({ db, actor, forumId, meetingId });
}
