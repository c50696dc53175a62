import type { ListingContact } from '../tables.ts';
import { presentUserText } from '../user-text.ts';
import type { InterestInitiator, InterestStatus, PipelineStage } from '../vocabulary.ts';
import type { ListingRef, PresentedInterest } from './contracts.ts';
import type { InterestRole } from './interest-access.ts';
import { contactsRevealed } from './interest-consent.ts';
import { isOpenStage } from './interest-pipeline.ts';
import type { ListingFacts } from './listing-facts.ts';

/** The stored interest row, as the presenter reads it. */
export interface InterestRow {
  id: string;
  targetKind: string;
  targetId: string;
  targetOwnerUserId: string;
  sourceKind: string | null;
  sourceId: string | null;
  sourceOwnerUserId: string;
  initiatedBy: string;
  brokerUserId: string | null;
  message: string;
  status: string;
  sourceConsentAt: Date | null;
  targetConsentAt: Date | null;
  pipelineStage: string;
  closedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The contact of a side without a listing: the account it wrote from. */
export interface AccountContact {
  displayName: string;
  email: string;
}

export const listingKeyOf = (kind: string | null, id: string | null) => (kind && id ? `${kind}:${id}` : null);

export const presentListingRef = (listing: ListingFacts): ListingRef => ({
  kind: listing.kind,
  id: listing.id,
  title: presentUserText(listing.title),
  organisation: listing.organisation,
  countryCode: listing.countryCode,
  demo: listing.isDemo,
});

const presentContact = (contact: ListingContact) => ({
  name: contact.name,
  email: contact.email,
  phone: contact.phone,
  organisation: contact.organisation,
});

/** A side's contact: its listing's contact, or the account it wrote from when it presented no listing. */
function contactOfSide(listing: ListingFacts | undefined, account: AccountContact | undefined) {
  if (listing) return presentContact(listing.contact);
  return { name: account?.displayName ?? null, email: account?.email ?? '', phone: null, organisation: null };
}

/**
 * Presents an interest to one caller. Contacts are included only once both sides consented; before that, and
 * after a decline, neither side learns anything beyond the listings' public faces.
 */
export function presentInterest(options: {
  row: InterestRow;
  role: InterestRole;
  actorUserId: string | null;
  listings: Map<string, ListingFacts>;
  accounts: Map<string, AccountContact>;
}): PresentedInterest {
  const { row, role, actorUserId, listings, accounts } = options;
  const target = listings.get(`${row.targetKind}:${row.targetId}`);
  if (!target) throw new Error(`Interest ${row.id} points at a listing that no longer exists.`);
  const sourceKey = listingKeyOf(row.sourceKind, row.sourceId);
  const source = sourceKey ? listings.get(sourceKey) : undefined;
  const status = row.status as InterestStatus;
  const revealed = contactsRevealed({
    status,
    sourceConsentAt: row.sourceConsentAt,
    targetConsentAt: row.targetConsentAt,
  });
  const awaitingMyAnswer =
    status === 'pending' &&
    ((role === 'target' && row.targetConsentAt === null) || (role === 'source' && row.sourceConsentAt === null));
  const stage = row.pipelineStage as PipelineStage;
  const mover = role === 'source' || role === 'target' || (role === 'broker' && row.brokerUserId === actorUserId);
  return {
    id: row.id,
    target: presentListingRef(target),
    source: source ? presentListingRef(source) : null,
    initiatedBy: row.initiatedBy as InterestInitiator,
    brokered: row.brokerUserId !== null,
    message: row.message,
    status,
    pipelineStage: stage,
    closedReason: row.closedReason,
    myRole: role,
    consents: {
      source: row.sourceConsentAt?.toISOString() ?? null,
      target: row.targetConsentAt?.toISOString() ?? null,
    },
    awaitingMyAnswer,
    canMovePipeline: mover && status === 'accepted' && isOpenStage(stage),
    contacts: revealed
      ? {
          source: contactOfSide(source, accounts.get(row.sourceOwnerUserId)),
          target: contactOfSide(target, accounts.get(row.targetOwnerUserId)),
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
