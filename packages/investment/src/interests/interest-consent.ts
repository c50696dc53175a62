import { DomainError } from '../../../core/src/errors.ts';
import type { InterestInitiator, InterestStatus } from '../vocabulary.ts';

/** The two consents of an interest; contacts are exchanged only when both are set. */
export interface InterestConsents {
  status: InterestStatus;
  sourceConsentAt: Date | null;
  targetConsentAt: Date | null;
}

/** Whether each side may see the other's contact details: only once both consented and nobody declined. */
export const contactsRevealed = (interest: InterestConsents): boolean =>
  interest.status === 'accepted' && interest.sourceConsentAt !== null && interest.targetConsentAt !== null;

/** Which side of an interest a user is on, if any. */
export type InterestSide = 'source' | 'target';

export function sideOf(options: {
  userId: string | null;
  sourceOwnerUserId: string;
  targetOwnerUserId: string;
}): InterestSide | null {
  const { userId, sourceOwnerUserId, targetOwnerUserId } = options;
  if (userId === null) return null;
  if (userId === targetOwnerUserId) return 'target';
  if (userId === sourceOwnerUserId) return 'source';
  return null;
}

/**
 * The consents after one side accepts. The initiator of a party interest consented by expressing it; in a brokered
 * introduction both owners must accept. Refuses a side that already consented or an interest no longer pending.
 */
export function consentsAfterAcceptance(options: {
  interest: InterestConsents;
  side: InterestSide;
  at: Date;
}): InterestConsents {
  const { interest, side, at } = options;
  if (interest.status !== 'pending') {
    throw new DomainError('invalid_transition', `This interest is already ${interest.status}; it cannot be accepted.`, {
      status: interest.status,
    });
  }
  const own = side === 'source' ? interest.sourceConsentAt : interest.targetConsentAt;
  if (own !== null) {
    throw new DomainError('conflict', 'You have already accepted this interest; the other side has not answered yet.');
  }
  const next = {
    sourceConsentAt: side === 'source' ? at : interest.sourceConsentAt,
    targetConsentAt: side === 'target' ? at : interest.targetConsentAt,
  };
  const both = next.sourceConsentAt !== null && next.targetConsentAt !== null;
  return { status: both ? 'accepted' : 'pending', ...next };
}

/**
 * The status after one side says no while the interest is pending: the initiator of a party interest withdraws it;
 * anyone else asked for consent declines it.
 */
export function statusAfterRefusal(options: {
  interest: InterestConsents & { initiatedBy: InterestInitiator };
  side: InterestSide;
}): Extract<InterestStatus, 'declined' | 'withdrawn'> {
  const { interest, side } = options;
  if (interest.status !== 'pending') {
    throw new DomainError('invalid_transition', `This interest is already ${interest.status}; it cannot be declined.`, {
      status: interest.status,
    });
  }
  return interest.initiatedBy === 'party' && side === 'source' ? 'withdrawn' : 'declined';
}
