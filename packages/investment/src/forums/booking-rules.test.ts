import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { type HeldMeeting, tableForMeeting } from './booking-rules.ts';

const slot = new Date('2026-09-15T04:00:00Z');
const later = new Date('2026-09-15T04:30:00Z');
const base = { requesterUserId: 'a', inviteeUserId: 'b', slotStart: slot, tableCount: 2, maxMeetingsPerParticipant: 3 };
const meeting = (requesterUserId: string, inviteeUserId: string, tableNumber: number, at = slot): HeldMeeting => ({
  slotStart: at,
  tableNumber,
  requesterUserId,
  inviteeUserId,
});

const reasonOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details?.reason;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('tableForMeeting', () => {
  it('assigns the first free table', () => {
    expect(tableForMeeting({ ...base, held: [] })).toBe(1);
    expect(tableForMeeting({ ...base, held: [meeting('c', 'd', 1)] })).toBe(2);
    expect(tableForMeeting({ ...base, held: [meeting('c', 'd', 2)] })).toBe(1);
  });

  it('refuses when all tables are taken', () => {
    expect(reasonOf(() => tableForMeeting({ ...base, held: [meeting('c', 'd', 1), meeting('e', 'f', 2)] }))).toBe(
      'tables_full',
    );
  });

  it('refuses when either side is busy at that slot', () => {
    expect(reasonOf(() => tableForMeeting({ ...base, held: [meeting('c', 'a', 1)] }))).toBe('requester_busy');
    expect(reasonOf(() => tableForMeeting({ ...base, held: [meeting('b', 'c', 1)] }))).toBe('invitee_busy');
    expect(tableForMeeting({ ...base, held: [meeting('a', 'c', 1, later)] })).toBe(1);
  });

  it('refuses when either side reached the cap', () => {
    const t1 = new Date('2026-09-15T05:00:00Z');
    const t2 = new Date('2026-09-15T05:30:00Z');
    const full = [meeting('a', 'x', 1, later), meeting('y', 'a', 1, t1), meeting('a', 'z', 1, t2)];
    expect(reasonOf(() => tableForMeeting({ ...base, held: full }))).toBe('requester_cap');
    const inviteeFull = full.map((held) => ({
      ...held,
      requesterUserId: held.requesterUserId === 'a' ? 'b' : held.requesterUserId,
      inviteeUserId: held.inviteeUserId === 'a' ? 'b' : held.inviteeUserId,
    }));
    expect(reasonOf(() => tableForMeeting({ ...base, held: inviteeFull }))).toBe('invitee_cap');
  });

  it('refuses a meeting with oneself', () => {
    expect(reasonOf(() => tableForMeeting({ ...base, inviteeUserId: 'a', held: [] }))).toBe('self_meeting');
  });
});
