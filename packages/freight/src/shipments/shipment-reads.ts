import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { users } from '../../../core/src/tables.ts';
import { listShipmentDocuments } from '../documents/document-reads.ts';
import { type NodeSummary, nodeSummaries } from '../network/network-reads.ts';
import type { PlannedRoute } from '../planning/route-types.ts';
import { type ShipmentParty, shipmentLegs, shipments } from '../tables.ts';
import type { LegalRegime, LegStatus, ShipmentStatus, TransportMode } from '../vocabulary.ts';
import type { ShipmentDetail, ShipmentListItem } from './contracts.ts';
import { shipmentReadableBy } from './shipment-access.ts';

type ShipmentRow = typeof shipments.$inferSelect;
type LegRow = typeof shipmentLegs.$inferSelect;

function nodeRef(summaries: Map<string, NodeSummary>, id: string) {
  const node = summaries.get(id);
  // A node removed from the network after booking still shows by its id.
  return node
    ? { id, name: node.name, countryCode: node.countryCode }
    : { id, name: { zh: id, ru: id, en: id }, countryCode: '' };
}

function presentListItem(row: ShipmentRow, summaries: Map<string, NodeSummary>, legCount: number): ShipmentListItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as ShipmentStatus,
    demo: row.isDemo,
    origin: nodeRef(summaries, row.originNodeId),
    destination: nodeRef(summaries, row.destinationNodeId),
    shipperName: row.parties.shipper.name,
    consigneeName: row.parties.consignee.name,
    cargo: {
      kind: row.cargo.kind,
      unit: row.cargo.unit,
      quantity: row.cargo.quantity,
      grossTonnes: row.cargo.grossTonnes,
      unNumber: row.cargo.unNumber,
      hazardClass: row.cargo.hazardClass,
      temperatureC: row.cargo.temperatureC,
    },
    plannedDeparture: row.plannedDeparture.toISOString(),
    plannedArrival: row.plannedArrival.toISOString(),
    estimatedArrival: row.estimatedArrival.toISOString(),
    legCount,
    createdAt: row.createdAt.toISOString(),
  };
}

const presentParty = (party: ShipmentParty, showContact: boolean) => ({
  name: party.name,
  address: party.address,
  countryCode: party.countryCode,
  contact: showContact ? party.contact : null,
});

/**
 * Which parties' contacts a viewer sees. The booking party, the shipper and the Secretariat see all. A carrier sees
 * names and addresses (they are on its documents) but contacts only where its legs need them: the forwarder it
 * works with, the shipper when it takes the goods over (first leg), the consignee when it delivers (last leg), the
 * notify party when it carries a sea leg.
 */
export interface ContactVisibility {
  shipper: boolean;
  consignee: boolean;
  forwarder: boolean;
  notifyParty: boolean;
}

export function contactVisibilityFor(options: {
  fullAccess: boolean;
  carriedLegs: { sequence: number; mode: string }[];
  lastSequence: number;
}): ContactVisibility {
  if (options.fullAccess) return { shipper: true, consignee: true, forwarder: true, notifyParty: true };
  const carries = options.carriedLegs;
  return {
    shipper: carries.some((leg) => leg.sequence === 1),
    consignee: carries.some((leg) => leg.sequence === options.lastSequence),
    forwarder: carries.length > 0,
    notifyParty: carries.some((leg) => leg.mode === 'sea'),
  };
}

async function presentDetail(options: {
  db: Db;
  row: ShipmentRow;
  contacts: ContactVisibility;
}): Promise<{ detail: ShipmentDetail; legs: LegRow[] }> {
  const { db, row, contacts } = options;
  const legs = await db
    .select()
    .from(shipmentLegs)
    .where(eq(shipmentLegs.shipmentId, row.id))
    .orderBy(asc(shipmentLegs.sequence));
  const nodeIds = [row.originNodeId, row.destinationNodeId, ...legs.flatMap((leg) => [leg.fromNodeId, leg.toNodeId])];
  const accountIds = [
    row.bookedBy,
    ...(row.shipperUserId ? [row.shipperUserId] : []),
    ...legs.map((leg) => leg.carrierUserId),
  ];
  const [summaries, accounts, documents] = await Promise.all([
    nodeSummaries({ db, ids: nodeIds }),
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, [...new Set(accountIds)])),
    listShipmentDocuments({ db, shipmentId: row.id }),
  ]);
  const nameOf = (id: string) => accounts.find((account) => account.id === id)?.name ?? '';
  const route = row.plannedRoute as unknown as PlannedRoute;
  const { parties } = row;
  const detail: ShipmentDetail = {
    ...presentListItem(row, summaries, legs.length),
    bookedBy: { id: row.bookedBy, name: nameOf(row.bookedBy) },
    shipperAccount: row.shipperUserId ? { id: row.shipperUserId, name: nameOf(row.shipperUserId) } : null,
    parties: {
      shipper: presentParty(parties.shipper, contacts.shipper),
      consignee: presentParty(parties.consignee, contacts.consignee),
      forwarder: parties.forwarder ? presentParty(parties.forwarder, contacts.forwarder) : null,
      notifyParty: parties.notifyParty ? presentParty(parties.notifyParty, contacts.notifyParty) : null,
    },
    goods: row.goods.map((line) => ({
      hsCode: line.hsCode,
      description: line.description,
      grossKg: line.grossKg,
      packages: line.packages,
      packageKind: line.packageKind,
    })),
    containers: row.containers,
    legs: legs.map((leg) => ({
      id: leg.id,
      sequence: leg.sequence,
      mode: leg.mode as TransportMode,
      from: nodeRef(summaries, leg.fromNodeId),
      to: nodeRef(summaries, leg.toNodeId),
      viaNodeIds: leg.viaNodeIds,
      distanceKm: leg.distanceKm,
      gauge: leg.gauge,
      regimes: leg.regimes as LegalRegime[],
      carrier: { id: leg.carrierUserId, name: nameOf(leg.carrierUserId) },
      status: leg.status as LegStatus,
      plannedDeparture: leg.plannedDeparture.toISOString(),
      plannedArrival: leg.plannedArrival.toISOString(),
    })),
    documents,
    route: {
      id: route.id,
      totals: {
        hours: route.totals.hours,
        costUsd: route.totals.costUsd,
        co2eWtwKg: route.totals.co2eWtwKg,
        co2eTtwKg: route.totals.co2eTtwKg,
        distanceKm: route.totals.distanceKm,
      },
      gaugeChanges: route.gaugeChanges,
      countries: route.countries,
      regimes: route.regimes,
      estimatedDistanceShare: route.estimatedDistanceShare,
    },
    estimateUpdatedAt: row.estimateUpdatedAt.toISOString(),
  };
  return { detail, legs };
}

/**
 * A shipment as an authority sees it through a link: everything, contacts included (customs may need to reach the
 * parties). No access check — the caller has checked the link.
 */
export async function getShipmentSummary(options: { db: Db; id: string }): Promise<ShipmentDetail> {
  const [row] = await options.db.select().from(shipments).where(eq(shipments.id, options.id));
  if (!row) throw new DomainError('not_found', `No shipment ${options.id}.`);
  const { detail } = await presentDetail({
    db: options.db,
    row,
    contacts: { shipper: true, consignee: true, forwarder: true, notifyParty: true },
  });
  return detail;
}

/** A shipment for a signed-in viewer, with what the viewer may do; not_found when the viewer may not see it. */
export async function getShipment(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor } = options;
  const [row] = await db
    .select()
    .from(shipments)
    .where(and(eq(shipments.id, options.id), shipmentReadableBy(actor)));
  if (!row) throw new DomainError('not_found', `No shipment ${options.id} you may see.`);
  const fullAccess =
    actor.role === 'secretariat' ||
    actor.role === 'admin' ||
    row.bookedBy === actor.userId ||
    row.shipperUserId === actor.userId;
  const legRows = await db
    .select({
      id: shipmentLegs.id,
      sequence: shipmentLegs.sequence,
      mode: shipmentLegs.mode,
      carrier: shipmentLegs.carrierUserId,
    })
    .from(shipmentLegs)
    .where(eq(shipmentLegs.shipmentId, row.id));
  const carried = legRows.filter((leg) => leg.carrier === actor.userId);
  const contacts = contactVisibilityFor({
    fullAccess,
    carriedLegs: carried,
    lastSequence: Math.max(0, ...legRows.map((leg) => leg.sequence)),
  });
  const { detail } = await presentDetail({ db, row, contacts });
  return {
    ...detail,
    viewer: { manages: row.bookedBy === actor.userId, carriesLegIds: carried.map((leg) => leg.id) },
  };
}

/** Shipments the actor may read, newest first, optionally by status or a reference / party name fragment. */
export async function listShipments(options: {
  db: Db;
  actor: Actor;
  query: { status?: ShipmentStatus | undefined; q?: string | undefined; limit: number; offset: number };
}) {
  const { db, actor, query } = options;
  const conditions: SQL[] = [shipmentReadableBy(actor) as SQL];
  if (query.status) conditions.push(eq(shipments.status, query.status));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const match = or(
      ilike(shipments.reference, pattern),
      sql`${shipments.parties}->'shipper'->>'name' ilike ${pattern}`,
      sql`${shipments.parties}->'consignee'->>'name' ilike ${pattern}`,
    );
    if (match) conditions.push(match);
  }
  const rows = await db
    .select()
    .from(shipments)
    .where(and(...conditions))
    .orderBy(desc(shipments.createdAt), desc(shipments.reference))
    .limit(query.limit)
    .offset(query.offset);
  const ids = rows.map((row) => row.id);
  const legCounts = new Map<string, number>();
  if (ids.length > 0) {
    const legs = await db
      .select({ shipmentId: shipmentLegs.shipmentId })
      .from(shipmentLegs)
      .where(inArray(shipmentLegs.shipmentId, ids));
    for (const leg of legs) legCounts.set(leg.shipmentId, (legCounts.get(leg.shipmentId) ?? 0) + 1);
  }
  const summaries = await nodeSummaries({
    db,
    ids: rows.flatMap((row) => [row.originNodeId, row.destinationNodeId]),
  });
  return rows.map((row) => presentListItem(row, summaries, legCounts.get(row.id) ?? 0));
}
