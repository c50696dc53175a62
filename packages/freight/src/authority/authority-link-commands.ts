import { and, eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { assertManagesShipment, loadReadableShipment } from '../shipments/shipment-access.ts';
import { authorityLinks } from '../tables.ts';
import { authorityLinkUsage, presentAuthorityLink } from './authority-link-reads.ts';
import { authorityLinkExpiry, generateAuthorityToken, hashAuthorityToken } from './authority-token.ts';
import type { AuthorityLink, CreateAuthorityLinkInput } from './contracts.ts';

const auditEntityType = 'freight_authority_link';

/**
 * Creates a read-only link to a shipment's documents for an authority, by the party that booked the shipment.
 * Returns the token once: only its hash is stored, so a lost link cannot be shown again, only replaced.
 */
export async function createAuthorityLink(options: {
  db: Db;
  actor: Actor;
  shipmentId: string;
  input: CreateAuthorityLinkInput;
  now?: Date;
}): Promise<{ link: AuthorityLink; token: string }> {
  const { db, actor, shipmentId, input } = options;
  const shipment = await loadReadableShipment({ db, actor, id: shipmentId });
  assertManagesShipment({ actor, shipment });
  // Only the booking party gets past the check above, so the link's maker is the shipment's booker.
  const createdBy = shipment.bookedBy;
  const createdAt = options.now ?? new Date();
  const expiresAt = authorityLinkExpiry({ createdAt, expiresInDays: input.expiresInDays });
  const token = generateAuthorityToken();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(authorityLinks)
      .values({ shipmentId, tokenHash: hashAuthorityToken(token), label: input.label, createdBy, createdAt, expiresAt })
      .returning();
    if (!row) throw new Error('insert into freight_authority_links returned no row');
    await appendAuditEntry(tx, {
      actor,
      action: 'authority_link.create',
      entityType: auditEntityType,
      entityId: row.id,
      after: { shipmentId, label: row.label, expiresAt: row.expiresAt },
    });
    return { link: presentAuthorityLink({ row, accessCount: 0, lastAccessAt: null, now: createdAt }), token };
  });
}

/** Revokes a link at once, by the party that booked the shipment; a revoked link opens nothing any more. */
export async function revokeAuthorityLink(options: {
  db: Db;
  actor: Actor;
  shipmentId: string;
  linkId: string;
  now?: Date;
}): Promise<AuthorityLink> {
  const { db, actor, shipmentId, linkId } = options;
  const shipment = await loadReadableShipment({ db, actor, id: shipmentId });
  assertManagesShipment({ actor, shipment });
  const revokedAt = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(authorityLinks)
      .where(and(eq(authorityLinks.id, linkId), eq(authorityLinks.shipmentId, shipmentId)))
      .for('update');
    if (!existing) throw new DomainError('not_found', `No authority link ${linkId} on this shipment.`);
    if (existing.revokedAt) {
      throw new DomainError('invalid_transition', 'This link has already been revoked.', {
        revokedAt: existing.revokedAt.toISOString(),
      });
    }
    const [row] = await tx.update(authorityLinks).set({ revokedAt }).where(eq(authorityLinks.id, linkId)).returning();
    if (!row) throw new Error('update of freight_authority_links returned no row');
    await appendAuditEntry(tx, {
      actor,
      action: 'authority_link.revoke',
      entityType: auditEntityType,
      entityId: row.id,
      before: { revokedAt: null },
      after: { revokedAt: row.revokedAt },
    });
    const usage = (await authorityLinkUsage({ db: tx, linkIds: [row.id] })).get(row.id);
    return presentAuthorityLink({
      row,
      accessCount: usage?.accessCount ?? 0,
      lastAccessAt: usage?.lastAccessAt ?? null,
      now: revokedAt,
    });
  });
}
