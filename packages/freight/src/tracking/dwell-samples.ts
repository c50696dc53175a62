import type { TrackingEventKind } from '../vocabulary.ts';
import type { BorderCrossing } from './border-crossings.ts';

/** A tracking event as dwell extraction reads it. */
export interface DwellEvent {
  shipmentId: string;
  legSequence: number;
  kind: TrackingEventKind;
  nodeId: string | null;
  occurredAt: Date;
  isDemo: boolean;
}

/** One observed wait at a border crossing. */
export interface DwellSample {
  crossingKey: string;
  shipmentId: string;
  arrivedAt: Date;
  endedAt: Date;
  hours: number;
  isDemo: boolean;
}

/** Events that end a wait at the border: the cargo is cleared, transferred to the other gauge, or moves on. */
const dwellEndKinds: ReadonlySet<TrackingEventKind> = new Set(['customs_cleared', 'gauge_transfer', 'departed']);

/**
 * Dwell samples from tracking events. A sample runs from an `arrived_at_border` at a station of a crossing to the
 * first later `customs_cleared`, `gauge_transfer` or `departed` of the same shipment, posted on the same leg or the
 * next one (the carrier often changes at the border), at either station of that crossing — so that arriving at
 * Alashankou and departing from Dostyk counts as one wait at Alashankou–Dostyk. A second arrival at the same crossing
 * before any such event replaces the first (the carrier re-posted the arrival); an arrival never followed by one
 * yields no sample (the cargo is still waiting, and an open wait is not a measured one).
 */
export function extractDwellSamples(options: {
  events: readonly DwellEvent[];
  crossingOfNode: ReadonlyMap<string, BorderCrossing>;
}): DwellSample[] {
  const byShipment = new Map<string, DwellEvent[]>();
  for (const event of options.events) {
    const list = byShipment.get(event.shipmentId) ?? [];
    list.push(event);
    byShipment.set(event.shipmentId, list);
  }
  const samples: DwellSample[] = [];
  for (const events of byShipment.values()) {
    const ordered = [...events].sort(
      (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.legSequence - b.legSequence,
    );
    ordered.forEach((arrival, index) => {
      if (arrival.kind !== 'arrived_at_border' || !arrival.nodeId) return;
      const crossing = options.crossingOfNode.get(arrival.nodeId);
      if (!crossing) return;
      for (const later of ordered.slice(index + 1)) {
        const atCrossing = later.nodeId !== null && crossing.nodeIds.includes(later.nodeId);
        const sameOrNextLeg =
          later.legSequence === arrival.legSequence || later.legSequence === arrival.legSequence + 1;
        if (!atCrossing || !sameOrNextLeg) continue;
        if (later.kind === 'arrived_at_border') return;
        if (!dwellEndKinds.has(later.kind)) continue;
        samples.push({
          crossingKey: crossing.key,
          shipmentId: arrival.shipmentId,
          arrivedAt: arrival.occurredAt,
          endedAt: later.occurredAt,
          hours: (later.occurredAt.getTime() - arrival.occurredAt.getTime()) / 3_600_000,
          isDemo: arrival.isDemo,
        });
        return;
      }
    });
  }
  return samples;
}
