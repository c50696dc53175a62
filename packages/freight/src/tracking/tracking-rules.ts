import { DomainError } from '../../../core/src/errors.ts';
import type { LegStatus, ShipmentStatus, TrackingEventKind } from '../vocabulary.ts';
import { legEndKinds, positionOf, type RoutePosition } from './route-progress.ts';

/** Kinds that happen at a place on the leg, so the carrier must name the node. */
export const nodeRequiredKinds: ReadonlySet<TrackingEventKind> = new Set([
  'arrived_at_border',
  'customs_cleared',
  'gauge_transfer',
  'loaded_on_ferry',
  'handed_over',
]);

/** How far into the future an event's time may lie: clocks of carriers' systems drift. */
export const futureToleranceMinutes = 10;

export interface RuleLeg {
  id: string;
  sequence: number;
  viaNodeIds: readonly string[];
}

export interface RuleEvent {
  legId: string;
  kind: TrackingEventKind;
  nodeId: string | null;
  occurredAt: Date;
}

/**
 * Refuses an event that cannot be true given the shipment's legs and the events already recorded: a time in the
 * future (beyond a small clock tolerance) or before the booking, a missing node or one off the leg, a second delivery
 * of a leg, anything after the delivery at destination, anything after a leg ended, and an order that contradicts the
 * route (a later station reported earlier than one before it, a leg reported before the leg before it began, or
 * after the leg after it ended). Throws DomainError naming the rule.
 */
export function checkTrackingEvent(options: {
  event: RuleEvent;
  legs: readonly RuleLeg[];
  events: readonly RuleEvent[];
  bookedAt: Date;
  shipmentStatus: ShipmentStatus;
  now: Date;
}): void {
  const { event, events, bookedAt, now } = options;
  const legs = [...options.legs].sort((a, b) => a.sequence - b.sequence);
  const leg = legs.find((candidate) => candidate.id === event.legId);
  if (!leg) throw new DomainError('not_found', `No leg ${event.legId} on this shipment.`);
  const at = event.occurredAt.getTime();

  if (options.shipmentStatus === 'cancelled') {
    throw new DomainError('invalid_transition', 'The shipment is cancelled; it takes no more events.');
  }
  if (at > now.getTime() + futureToleranceMinutes * 60_000) {
    throw validation('occurredAt', `must not lie more than ${futureToleranceMinutes} minutes in the future`);
  }
  if (at < bookedAt.getTime()) {
    throw validation('occurredAt', `must not lie before the shipment was booked (${bookedAt.toISOString()})`);
  }
  if (nodeRequiredKinds.has(event.kind) && !event.nodeId) {
    throw validation('nodeId', `is required for a ${event.kind} event`);
  }
  if (event.nodeId && !leg.viaNodeIds.includes(event.nodeId)) {
    throw validation(
      'nodeId',
      `${event.nodeId} is not on leg ${leg.sequence} (its stations: ${leg.viaNodeIds.join(', ')})`,
    );
  }

  const lastLeg = legs.at(-1) as RuleLeg;
  const legOf = new Map(legs.map((candidate) => [candidate.id, candidate]));
  const finalDelivery = events.find((other) => other.kind === 'delivered' && other.legId === lastLeg.id);
  if (finalDelivery) {
    throw new DomainError(
      'invalid_transition',
      `The shipment was delivered at destination (${finalDelivery.occurredAt.toISOString()}); it takes no more events.`,
    );
  }
  const sameLeg = events.filter((other) => other.legId === leg.id);
  if (event.kind === 'delivered' && sameLeg.some((other) => other.kind === 'delivered')) {
    throw new DomainError('invalid_transition', `Leg ${leg.sequence} is already delivered; a leg is delivered once.`);
  }
  const legEnd = sameLeg.find((other) => legEndKinds.has(other.kind));
  if (legEnd && at >= legEnd.occurredAt.getTime()) {
    throw new DomainError(
      'invalid_transition',
      `Leg ${leg.sequence} ended with ${legEnd.kind} at ${legEnd.occurredAt.toISOString()}; nothing can happen on it afterwards.`,
    );
  }

  const position = positionOf({ leg, event });
  if (position) {
    for (const other of sameLeg) {
      const otherPosition = positionOf({ leg, event: other });
      if (!otherPosition) continue;
      const order = compareOnLeg(otherPosition, position);
      const time = other.occurredAt.getTime() - at;
      if ((time < 0 && order > 0) || (time > 0 && order < 0)) {
        throw validation(
          'occurredAt',
          `contradicts the route: ${other.kind}${other.nodeId ? ` at ${other.nodeId}` : ''} (${other.occurredAt.toISOString()}) is ${order > 0 ? 'further along' : 'earlier on the route'} but ${time < 0 ? 'earlier' : 'later'} in time`,
        );
      }
    }
  }
  for (const other of events) {
    const otherLeg = legOf.get(other.legId);
    if (!otherLeg || otherLeg.id === leg.id) continue;
    if (otherLeg.sequence < leg.sequence) {
      const firstOfEarlier = Math.min(
        ...events.filter((e) => e.legId === otherLeg.id).map((e) => e.occurredAt.getTime()),
      );
      if (at < firstOfEarlier) {
        throw validation('occurredAt', `lies before leg ${otherLeg.sequence}, which comes earlier, began`);
      }
    } else if (legEndKinds.has(other.kind) && at > other.occurredAt.getTime()) {
      throw validation('occurredAt', `lies after leg ${otherLeg.sequence}, which comes later, ended`);
    }
  }
}

function compareOnLeg(a: RoutePosition, b: RoutePosition) {
  return a.nodeIndex - b.nodeIndex || Number(a.pastDwell) - Number(b.pastDwell);
}

function validation(field: string, message: string) {
  return new DomainError('validation_failed', `${field}: ${message}.`, { field });
}

/** The statuses an accepted event moves to; null where a status stays as it is. */
export function trackingEffectsOf(options: {
  kind: TrackingEventKind;
  legStatus: LegStatus;
  isLastLeg: boolean;
  shipmentStatus: ShipmentStatus;
}): { legStatus: LegStatus | null; shipmentStatus: ShipmentStatus | null } {
  const { kind, legStatus, isLastLeg, shipmentStatus } = options;
  const nextLeg: LegStatus = legEndKinds.has(kind) ? 'completed' : legStatus === 'planned' ? 'in_progress' : legStatus;
  const nextShipment: ShipmentStatus =
    kind === 'delivered' && isLastLeg ? 'delivered' : shipmentStatus === 'booked' ? 'in_transit' : shipmentStatus;
  return {
    legStatus: nextLeg === legStatus ? null : nextLeg,
    shipmentStatus: nextShipment === shipmentStatus ? null : nextShipment,
  };
}
