import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { users } from '../../../core/src/tables.ts';
import type { ObservedDwell } from '../planning/route-types.ts';
import { loadReadableShipment } from '../shipments/shipment-access.ts';
import { nodes, shipmentLegs, type TrilingualName, trackingEvents } from '../tables.ts';
import {
  freightLimits,
  type LegStatus,
  type ShipmentStatus,
  type TrackingEventKind,
  type TransportMode,
} from '../vocabulary.ts';
import type { ShipmentTimeline } from './contracts.ts';
import { estimateArrival } from './estimate-arrival.ts';
import { loadHopDistances } from './hop-distances.ts';
import { recentObservedDwell } from './observed-dwell.ts';
import { plannedLegsOf } from './post-tracking-event.ts';
import {
  crossingIndex,
  type LegPlan,
  legPlansOf,
  plannedTimeAt,
  positionOf,
  type RoutePosition,
} from './route-progress.ts';

const hour = 3_600_000;

/**
 * One timeline of a shipment across its legs: the reported events in the order they happened, each against the time
 * the plan expected the cargo there; the planned points not reached yet; and the arrival estimated now from the last
 * confirmed point (the same rule that re-estimates it on every event). Whoever may read the shipment may read it.
 */
export async function getShipmentTimeline(options: {
  db: Db;
  actor: Actor;
  id: string;
  now?: Date;
  observedDwell?: ObservedDwell;
}): Promise<ShipmentTimeline> {
  const { db, actor, id } = options;
  const now = options.now ?? new Date();
  const shipment = await loadReadableShipment({ db, actor, id });
  const [legRows, eventRows, observedDwell] = await Promise.all([
    db
      .select({
        id: shipmentLegs.id,
        sequence: shipmentLegs.sequence,
        mode: shipmentLegs.mode,
        fromNodeId: shipmentLegs.fromNodeId,
        toNodeId: shipmentLegs.toNodeId,
        viaNodeIds: shipmentLegs.viaNodeIds,
        status: shipmentLegs.status,
        plannedDeparture: shipmentLegs.plannedDeparture,
        plannedArrival: shipmentLegs.plannedArrival,
        carrierName: users.displayName,
      })
      .from(shipmentLegs)
      .innerJoin(users, eq(users.id, shipmentLegs.carrierUserId))
      .where(eq(shipmentLegs.shipmentId, id))
      .orderBy(asc(shipmentLegs.sequence)),
    db
      .select({
        id: trackingEvents.id,
        legId: trackingEvents.legId,
        kind: trackingEvents.kind,
        nodeId: trackingEvents.nodeId,
        occurredAt: trackingEvents.occurredAt,
        recordedAt: trackingEvents.recordedAt,
        note: trackingEvents.note,
      })
      .from(trackingEvents)
      .where(eq(trackingEvents.shipmentId, id))
      .orderBy(asc(trackingEvents.occurredAt), asc(trackingEvents.recordedAt)),
    options.observedDwell ?? recentObservedDwell({ db }),
  ]);
  const plans = legPlansOf({
    legs: legRows,
    plannedLegs: plannedLegsOf(shipment.plannedRoute),
    hopDistances: await loadHopDistances({ db, legs: legRows }),
  });
  const planOf = new Map(plans.map((plan) => [plan.sequence, plan]));
  const legById = new Map(legRows.map((leg) => [leg.id, leg]));
  const events = eventRows.map((row) => ({
    ...row,
    kind: row.kind as TrackingEventKind,
    legSequence: legById.get(row.legId)?.sequence ?? -1,
  }));
  const names = await nodeNames({
    db,
    ids: [
      ...legRows.flatMap((leg) => leg.viaNodeIds),
      ...events.flatMap((event) => (event.nodeId ? [event.nodeId] : [])),
    ],
  });
  const node = (nodeId: string | null) =>
    nodeId ? { id: nodeId, name: names.get(nodeId) ?? fallbackName(nodeId) } : null;

  const estimate = plans.length > 0 ? estimateArrival({ plannedLegs: plans, events, observedDwell, now }) : null;
  const reached: RoutePosition[] = [];
  const presentedEvents = events.map((event) => {
    const leg = legById.get(event.legId) as (typeof legRows)[number];
    const plan = planOf.get(leg.sequence) as LegPlan;
    const position = positionOf({ leg: plan, event });
    if (position) reached.push(position);
    const plannedAt = position ? plannedTimeAt({ leg: plan, position }) : null;
    return {
      id: event.id,
      legId: event.legId,
      legSequence: leg.sequence,
      mode: leg.mode as TransportMode,
      carrierName: leg.carrierName,
      kind: event.kind,
      node: node(event.nodeId),
      occurredAt: event.occurredAt.toISOString(),
      recordedAt: event.recordedAt.toISOString(),
      note: event.note,
      plannedAt: plannedAt?.toISOString() ?? null,
      deltaHours: plannedAt ? Math.round(((event.occurredAt.getTime() - plannedAt.getTime()) / hour) * 10) / 10 : null,
    };
  });

  const delivered = shipment.status === 'delivered';
  const milestones = delivered
    ? []
    : plans.flatMap((plan) => {
        const leg = legRows.find((row) => row.sequence === plan.sequence) as (typeof legRows)[number];
        const last = plan.viaNodeIds.length - 1;
        const points: {
          kind: 'departure' | 'border' | 'arrival';
          position: Omit<RoutePosition, 'legSequence'>;
          nodeId: string;
        }[] = [
          { kind: 'departure', position: { nodeIndex: 0, pastDwell: true }, nodeId: plan.fromNodeId },
          ...plan.borderCrossings.map((crossing) => {
            const nodeIndex = crossingIndex(plan, crossing) ?? last;
            return {
              kind: 'border' as const,
              position: { nodeIndex, pastDwell: false },
              nodeId: plan.viaNodeIds[nodeIndex] ?? crossing.nodeId,
            };
          }),
          { kind: 'arrival', position: { nodeIndex: last, pastDwell: false }, nodeId: plan.toNodeId },
        ];
        return points
          .filter((point) => !reached.some((at) => isAtOrBeyond(at, { legSequence: plan.sequence, ...point.position })))
          .map((point) => ({
            legSequence: plan.sequence,
            mode: leg.mode as TransportMode,
            kind: point.kind,
            node: node(point.nodeId),
            plannedAt: (point.kind === 'arrival'
              ? plan.plannedArrival
              : plannedTimeAt({ leg: plan, position: point.position })
            ).toISOString(),
          }));
      });

  return {
    shipmentId: shipment.id,
    reference: shipment.reference,
    status: shipment.status as ShipmentStatus,
    demo: shipment.isDemo,
    plannedDeparture: shipment.plannedDeparture.toISOString(),
    plannedArrival: shipment.plannedArrival.toISOString(),
    estimate: {
      estimatedArrival: (estimate?.estimatedArrival ?? shipment.estimatedArrival).toISOString(),
      updatedAt: (estimate ? now : shipment.estimateUpdatedAt).toISOString(),
      basis: estimate?.basis ?? 'plan',
      fromEventId: estimate?.fromEventId ?? null,
      delayHours: estimate?.delayHours ?? 0,
      crossingsAhead: estimate?.crossingsAhead ?? [],
      samplesForPlanning: freightLimits.dwellSamplesForPlanning,
    },
    legs: legRows.map((leg) => ({
      id: leg.id,
      sequence: leg.sequence,
      mode: leg.mode as TransportMode,
      from: node(leg.fromNodeId),
      to: node(leg.toNodeId),
      carrierName: leg.carrierName,
      status: leg.status as LegStatus,
      plannedDeparture: leg.plannedDeparture.toISOString(),
      plannedArrival: leg.plannedArrival.toISOString(),
    })),
    events: presentedEvents,
    milestones,
  };
}

/** A later leg, or the same leg at the same station or further (past the wait counts beyond arriving). */
function isAtOrBeyond(at: RoutePosition, point: RoutePosition) {
  if (at.legSequence !== point.legSequence) return at.legSequence > point.legSequence;
  return at.nodeIndex > point.nodeIndex || (at.nodeIndex === point.nodeIndex && (at.pastDwell || !point.pastDwell));
}

/** Names of the given nodes in the three languages. */
export async function nodeNames(options: { db: Db; ids: readonly string[] }): Promise<Map<string, TrilingualName>> {
  const ids = [...new Set(options.ids)];
  // An empty id list would produce invalid SQL.
  if (ids.length === 0) return new Map();
  const rows = await options.db.select({ id: nodes.id, name: nodes.name }).from(nodes).where(inArray(nodes.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A node removed from the network after booking still shows, under its id. */
const fallbackName = (id: string): TrilingualName => ({ zh: id, ru: id, en: id });
