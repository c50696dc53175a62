import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { shipmentLegs, shipments, trackingEvents } from '../tables.ts';
import type { LegStatus, ShipmentStatus, TrackingEventKind, TransportMode } from '../vocabulary.ts';
import type { CarrierLegs } from './contracts.ts';
import { nodeNames } from './shipment-timeline.ts';

/** Legs listed at most: a carrier's open work first. */
const legLimit = 200;

/** The legs the signed-in carrier carries, open ones first, with each leg's last reported event. */
export async function listCarrierLegs(options: { db: Db; actor: Actor }): Promise<CarrierLegs> {
  const { db, actor } = options;
  if (!actor.userId) return { items: [] };
  const rows = await db
    .select({
      id: shipmentLegs.id,
      shipmentId: shipments.id,
      reference: shipments.reference,
      demo: shipments.isDemo,
      shipmentStatus: shipments.status,
      sequence: shipmentLegs.sequence,
      mode: shipmentLegs.mode,
      status: shipmentLegs.status,
      viaNodeIds: shipmentLegs.viaNodeIds,
      plannedDeparture: shipmentLegs.plannedDeparture,
      plannedArrival: shipmentLegs.plannedArrival,
    })
    .from(shipmentLegs)
    .innerJoin(shipments, eq(shipments.id, shipmentLegs.shipmentId))
    .where(eq(shipmentLegs.carrierUserId, actor.userId))
    .orderBy(
      sql`case when ${shipmentLegs.status} = 'completed' or ${shipments.status} = 'cancelled' then 1 else 0 end`,
      asc(shipmentLegs.plannedDeparture),
      asc(shipmentLegs.sequence),
    )
    .limit(legLimit);
  const legIds = rows.map((row) => row.id);
  const lastEvents =
    legIds.length === 0
      ? []
      : await db
          .selectDistinctOn([trackingEvents.legId], {
            legId: trackingEvents.legId,
            kind: trackingEvents.kind,
            nodeId: trackingEvents.nodeId,
            occurredAt: trackingEvents.occurredAt,
          })
          .from(trackingEvents)
          .where(inArray(trackingEvents.legId, legIds))
          .orderBy(trackingEvents.legId, desc(trackingEvents.occurredAt));
  const lastOf = new Map(lastEvents.map((event) => [event.legId, event]));
  const names = await nodeNames({ db, ids: rows.flatMap((row) => row.viaNodeIds) });
  return {
    items: rows.map((row) => {
      const last = lastOf.get(row.id);
      return {
        id: row.id,
        shipmentId: row.shipmentId,
        reference: row.reference,
        demo: row.demo,
        shipmentStatus: row.shipmentStatus as ShipmentStatus,
        sequence: row.sequence,
        mode: row.mode as TransportMode,
        status: row.status as LegStatus,
        viaNodes: row.viaNodeIds.map((id) => ({ id, name: names.get(id) ?? { zh: id, ru: id, en: id } })),
        plannedDeparture: row.plannedDeparture.toISOString(),
        plannedArrival: row.plannedArrival.toISOString(),
        lastEvent: last
          ? { kind: last.kind as TrackingEventKind, nodeId: last.nodeId, occurredAt: last.occurredAt.toISOString() }
          : null,
      };
    }),
  };
}
