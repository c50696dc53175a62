import { count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { loadReadableShipment } from '../shipments/shipment-access.ts';
import { authorityAccesses, authorityLinks, documents } from '../tables.ts';
import type { AuthorityAccessKind } from '../vocabulary.ts';
import { authorityLinkState } from './authority-token.ts';
import type { AuthorityAccessList, AuthorityAccessQuery, AuthorityLink } from './contracts.ts';

type AuthorityLinkRow = typeof authorityLinks.$inferSelect;

/** A link as its managers see it: never the token, never its hash. */
export function presentAuthorityLink(options: {
  row: AuthorityLinkRow;
  accessCount: number;
  lastAccessAt: Date | null;
  now: Date;
}): AuthorityLink {
  const { row, accessCount, lastAccessAt, now } = options;
  return {
    id: row.id,
    shipmentId: row.shipmentId,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    state: authorityLinkState({ link: row, now }),
    accessCount,
    lastAccessAt: lastAccessAt?.toISOString() ?? null,
  };
}

/**
 * Who may see a shipment's links and their access log: the party that booked it, its shipper, and Secretariat staff.
 * A carrier of a leg reads the shipment but not who inspected it.
 */
export function mayReadAuthorityLog(options: {
  actor: Actor;
  shipment: { bookedBy: string; shipperUserId: string | null };
}): boolean {
  const { actor, shipment } = options;
  if (actor.role === 'secretariat' || actor.role === 'admin') return true;
  if (!actor.userId) return false;
  return shipment.bookedBy === actor.userId || shipment.shipperUserId === actor.userId;
}

async function loadShipmentForLog(options: { db: Db; actor: Actor; shipmentId: string }) {
  const shipment = await loadReadableShipment({ db: options.db, actor: options.actor, id: options.shipmentId });
  if (!mayReadAuthorityLog({ actor: options.actor, shipment })) {
    throw new DomainError(
      'forbidden',
      "Only the booking party, the shipper and the Secretariat see a shipment's authority links.",
    );
  }
  return shipment;
}

/** How often each link was opened, and when last. */
export async function authorityLinkUsage(options: { db: Db; linkIds: string[] }) {
  const usage = new Map<string, { accessCount: number; lastAccessAt: Date | null }>();
  // An empty id list would produce invalid SQL.
  if (options.linkIds.length === 0) return usage;
  const rows = await options.db
    .select({
      linkId: authorityAccesses.linkId,
      accessCount: count(),
      lastAccessAt: max(authorityAccesses.accessedAt),
    })
    .from(authorityAccesses)
    .where(inArray(authorityAccesses.linkId, options.linkIds))
    .groupBy(authorityAccesses.linkId);
  for (const row of rows) {
    usage.set(row.linkId, { accessCount: Number(row.accessCount), lastAccessAt: toDate(row.lastAccessAt) });
  }
  return usage;
}

/** Aggregates over timestamps come back as strings from some drivers. */
const toDate = (value: Date | string | null): Date | null =>
  value === null ? null : value instanceof Date ? value : new Date(value);

/** A shipment's authority links, newest first, with how often each was opened. */
export async function listAuthorityLinks(options: {
  db: Db;
  actor: Actor;
  shipmentId: string;
  now?: Date;
}): Promise<{ items: AuthorityLink[] }> {
  const { db, shipmentId } = options;
  await loadShipmentForLog(options);
  const rows = await db
    .select()
    .from(authorityLinks)
    .where(eq(authorityLinks.shipmentId, shipmentId))
    .orderBy(desc(authorityLinks.createdAt));
  const usage = await authorityLinkUsage({ db, linkIds: rows.map((row) => row.id) });
  const now = options.now ?? new Date();
  return {
    items: rows.map((row) =>
      presentAuthorityLink({
        row,
        accessCount: usage.get(row.id)?.accessCount ?? 0,
        lastAccessAt: usage.get(row.id)?.lastAccessAt ?? null,
        now,
      }),
    ),
  };
}

/** Every opening of the shipment's authority links, newest first. */
export async function listAuthorityAccesses(options: {
  db: Db;
  actor: Actor;
  shipmentId: string;
  query: AuthorityAccessQuery;
}): Promise<AuthorityAccessList> {
  const { db, shipmentId, query } = options;
  await loadShipmentForLog(options);
  const [total] = await db
    .select({ total: count() })
    .from(authorityAccesses)
    .where(eq(authorityAccesses.shipmentId, shipmentId));
  const rows = await db
    .select({
      id: authorityAccesses.id,
      linkId: authorityAccesses.linkId,
      linkLabel: authorityLinks.label,
      kind: authorityAccesses.kind,
      documentId: authorityAccesses.documentId,
      documentNumber: documents.number,
      accessedAt: authorityAccesses.accessedAt,
      clientHash: authorityAccesses.clientHash,
      userAgent: authorityAccesses.userAgent,
    })
    .from(authorityAccesses)
    .innerJoin(authorityLinks, eq(authorityLinks.id, authorityAccesses.linkId))
    .leftJoin(documents, eq(documents.id, authorityAccesses.documentId))
    .where(eq(authorityAccesses.shipmentId, shipmentId))
    .orderBy(desc(authorityAccesses.accessedAt), desc(authorityAccesses.id))
    .limit(query.limit)
    .offset(query.offset);
  return {
    total: Number(total?.total ?? 0),
    items: rows.map((row) => ({
      id: row.id,
      linkId: row.linkId,
      linkLabel: row.linkLabel,
      kind: row.kind as AuthorityAccessKind,
      documentId: row.documentId,
      documentNumber: row.documentNumber,
      accessedAt: row.accessedAt.toISOString(),
      clientHash: row.clientHash,
      userAgent: row.userAgent,
    })),
  };
}
