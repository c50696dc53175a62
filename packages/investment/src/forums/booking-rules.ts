import { DomainError } from '../../../core/src/errors.ts';

/** A meeting that holds a table: requested or confirmed. */
export interface HeldMeeting {
  slotStart: Date;
  tableNumber: number;
  requesterUserId: string;
  inviteeUserId: string;
}

/**
 * Picks the table for a new meeting, or says in a `conflict` why there is none: meeting oneself, either side busy
 * at that slot, either side at the forum's cap, all tables taken. The first free table is assigned.
 */
export function tableForMeeting(options: {
  requesterUserId: string;
  inviteeUserId: string;
  slotStart: Date;
  tableCount: number;
  maxMeetingsPerParticipant: number;
  /** Every meeting of the forum that holds a table. */
  held: readonly HeldMeeting[];
}): number {
  const { requesterUserId, inviteeUserId, slotStart, tableCount, maxMeetingsPerParticipant, held } = options;
  if (requesterUserId === inviteeUserId) {
    throw new DomainError('conflict', 'You cannot book a meeting with yourself.', { reason: 'self_meeting' });
  }
  const involves = (meeting: HeldMeeting, userId: string) =>
    meeting.requesterUserId === userId || meeting.inviteeUserId === userId;
  const atSlot = held.filter((meeting) => meeting.slotStart.getTime() === slotStart.getTime());
  if (atSlot.some((meeting) => involves(meeting, requesterUserId))) {
    throw new DomainError('conflict', 'You already have a meeting at that slot.', { reason: 'requester_busy' });
  }
  if (atSlot.some((meeting) => involves(meeting, inviteeUserId))) {
    throw new DomainError('conflict', 'The other participant already has a meeting at that slot.', {
      reason: 'invitee_busy',
    });
  }
  const countOf = (userId: string) => held.filter((meeting) => involves(meeting, userId)).length;
  if (countOf(requesterUserId) >= maxMeetingsPerParticipant) {
    throw new DomainError(
      'conflict',
      `You have reached this forum's limit of ${maxMeetingsPerParticipant} meetings per participant.`,
      { reason: 'requester_cap' },
    );
  }
  if (countOf(inviteeUserId) >= maxMeetingsPerParticipant) {
    throw new DomainError(
      'conflict',
      `The other participant has reached this forum's limit of ${maxMeetingsPerParticipant} meetings per participant.`,
      { reason: 'invitee_cap' },
    );
  }
  const taken = new Set(atSlot.map((meeting) => meeting.tableNumber));
  for (let table = 1; table <= tableCount; table++) if (!taken.has(table)) return table;
  throw new DomainError('conflict', `All ${tableCount} tables are taken at that slot; choose another.`, {
    reason: 'tables_full',
  });
}
