import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { consentsAfterAcceptance, contactsRevealed, sideOf, statusAfterRefusal } from './interest-consent.ts';

const earlier = new Date('2026-03-01T10:00:00Z');
const now = new Date('2026-03-02T10:00:00Z');

describe('contactsRevealed', () => {
  it('reveals only when both consents are set and the interest is accepted', () => {
    expect(contactsRevealed({ status: 'accepted', sourceConsentAt: earlier, targetConsentAt: now })).toBe(true);
    expect(contactsRevealed({ status: 'pending', sourceConsentAt: earlier, targetConsentAt: null })).toBe(false);
    expect(contactsRevealed({ status: 'accepted', sourceConsentAt: earlier, targetConsentAt: null })).toBe(false);
    expect(contactsRevealed({ status: 'declined', sourceConsentAt: earlier, targetConsentAt: now })).toBe(false);
  });
});

describe('consentsAfterAcceptance', () => {
  it('accepts a party interest when the target agrees: the initiator consented by writing', () => {
    const next = consentsAfterAcceptance({
      interest: { status: 'pending', sourceConsentAt: earlier, targetConsentAt: null },
      side: 'target',
      at: now,
    });
    expect(next).toEqual({ status: 'accepted', sourceConsentAt: earlier, targetConsentAt: now });
    expect(contactsRevealed(next)).toBe(true);
  });

  it('needs both owners in an introduction', () => {
    const first = consentsAfterAcceptance({
      interest: { status: 'pending', sourceConsentAt: null, targetConsentAt: null },
      side: 'source',
      at: earlier,
    });
    expect(first.status).toBe('pending');
    expect(contactsRevealed(first)).toBe(false);
    const second = consentsAfterAcceptance({ interest: first, side: 'target', at: now });
    expect(second.status).toBe('accepted');
  });

  it('refuses a replayed consent and an answer after the end', () => {
    const replay = () =>
      consentsAfterAcceptance({
        interest: { status: 'pending', sourceConsentAt: earlier, targetConsentAt: null },
        side: 'source',
        at: now,
      });
    expect(replay).toThrow(DomainError);
    expect(() =>
      consentsAfterAcceptance({
        interest: { status: 'accepted', sourceConsentAt: earlier, targetConsentAt: now },
        side: 'target',
        at: now,
      }),
    ).toThrow(/already accepted/);
  });
});

describe('statusAfterRefusal', () => {
  const pending = { status: 'pending' as const, sourceConsentAt: earlier, targetConsentAt: null };
  it('is a decline for the target and a withdrawal for the initiator', () => {
    expect(statusAfterRefusal({ interest: { ...pending, initiatedBy: 'party' }, side: 'target' })).toBe('declined');
    expect(statusAfterRefusal({ interest: { ...pending, initiatedBy: 'party' }, side: 'source' })).toBe('withdrawn');
    expect(statusAfterRefusal({ interest: { ...pending, initiatedBy: 'broker' }, side: 'source' })).toBe('declined');
  });

  it('cannot decline an accepted interest (it is closed through the pipeline instead)', () => {
    expect(() =>
      statusAfterRefusal({ interest: { ...pending, status: 'accepted', initiatedBy: 'party' }, side: 'target' }),
    ).toThrow(/already accepted/);
  });
});

describe('sideOf', () => {
  it('names the side of a user, or none', () => {
    const sides = { sourceOwnerUserId: 'a', targetOwnerUserId: 'b' };
    expect(sideOf({ userId: 'a', ...sides })).toBe('source');
    expect(sideOf({ userId: 'b', ...sides })).toBe('target');
    expect(sideOf({ userId: 'c', ...sides })).toBeNull();
    expect(sideOf({ userId: null, ...sides })).toBeNull();
  });
});
