import type { ObservedDwell } from '../planning/route-types.ts';
import { freightLimits, type TrackingEventKind } from '../vocabulary.ts';
import { crossingIndex, type LegPlan, plannedTimeAt, positionOf, type RoutePosition } from './route-progress.ts';

/** An event as the estimate reads it. */
export interface EstimateEvent {
  id: string;
  legSequence: number;
  kind: TrackingEventKind;
  nodeId: string | null;
  occurredAt: Date;
}

/** A border crossing still ahead and the dwell the estimate gives it. */
export interface CrossingAhead {
  nodeId: string;
  pairNodeId: string | null;
  dwellHours: number;
  /** `observed` once the platform holds enough samples for the crossing, `plan` otherwise. */
  dwellBasis: 'observed' | 'plan';
  samples: number;
}

export interface ArrivalEstimate {
  estimatedArrival: Date;
  /** `plan`: nothing reported yet; `event`: remaining plan from the last confirmed point; `delivered`: arrived. */
  basis: 'plan' | 'event' | 'delivered';
  /** The event the estimate counts from (the last confirmed point, or the delivery). */
  fromEventId: string | null;
  crossingsAhead: CrossingAhead[];
  /** Estimated minus planned arrival, in hours (positive: late). */
  delayHours: number;
}

const hour = 3_600_000;

/**
 * Re-estimates the arrival from the last confirmed point: the time of the latest event that places the cargo on the
 * route, plus the plan's remaining durations from there (the rest of that leg, then the planned times of the legs
 * after it). Dwell at border crossings ahead uses the median the platform observed once it holds
 * `freightLimits.dwellSamplesForPlanning` samples for the crossing, otherwise the planned dwell. A cargo waiting at a
 * border is expected to wait at least as long as it already has. Before any event the plan holds, shifted by how late
 * the departure already is. An estimate never lies in the past: an overdue shipment is expected now.
 */
export function estimateArrival(options: {
  plannedLegs: readonly LegPlan[];
  events: readonly EstimateEvent[];
  observedDwell: ObservedDwell;
  now: Date;
}): ArrivalEstimate {
  const { observedDwell, now } = options;
  const legs = [...options.plannedLegs].sort((a, b) => a.sequence - b.sequence);
  const firstLeg = legs[0];
  const lastLeg = legs.at(-1);
  if (!firstLeg || !lastLeg) throw new Error('estimateArrival needs at least one planned leg.');
  const plannedArrival = lastLeg.plannedArrival.getTime();
  const result = (at: number, basis: ArrivalEstimate['basis'], fromEventId: string | null, ahead: CrossingAhead[]) => {
    const estimate = basis === 'delivered' ? at : Math.max(at, now.getTime());
    return {
      estimatedArrival: new Date(estimate),
      basis,
      fromEventId,
      crossingsAhead: ahead,
      delayHours: Math.round(((estimate - plannedArrival) / hour) * 10) / 10,
    };
  };

  const delivery = options.events.find((event) => event.kind === 'delivered' && event.legSequence === lastLeg.sequence);
  if (delivery) return result(delivery.occurredAt.getTime(), 'delivered', delivery.id, []);

  const legBySequence = new Map(legs.map((leg) => [leg.sequence, leg]));
  const anchor = latestPlacedEvent(options.events, legBySequence);
  const dwellOf = (crossing: LegPlan['borderCrossings'][number]): CrossingAhead => {
    const observed =
      observedDwell.get(crossing.nodeId) ?? (crossing.pairNodeId ? observedDwell.get(crossing.pairNodeId) : undefined);
    const useObserved = observed !== undefined && observed.samples >= freightLimits.dwellSamplesForPlanning;
    return {
      nodeId: crossing.nodeId,
      pairNodeId: crossing.pairNodeId,
      dwellHours: useObserved ? observed.p50Hours : crossing.dwellHours,
      dwellBasis: useObserved ? 'observed' : 'plan',
      samples: observed?.samples ?? 0,
    };
  };

  if (!anchor) {
    const planned = legs.flatMap((leg) => leg.borderCrossings);
    const ahead = planned.map(dwellOf);
    const adjustment = planned.reduce(
      (sum, crossing, index) => sum + (ahead[index] as CrossingAhead).dwellHours - crossing.dwellHours,
      0,
    );
    const lateDeparture = Math.max(0, now.getTime() - firstLeg.plannedDeparture.getTime());
    return result(plannedArrival + lateDeparture + adjustment * hour, 'plan', null, ahead);
  }

  const { event, position, leg } = anchor;
  const ahead: CrossingAhead[] = [];
  let adjustmentHours = 0;
  // The crossing the cargo waits at after an arrival at the border; the planner may have put it in the next leg.
  let waitingAt = position.pastDwell ? null : event.nodeId;
  for (const candidate of legs.filter((other) => other.sequence >= leg.sequence)) {
    for (const crossing of candidate.borderCrossings) {
      const index = crossingIndex(candidate, crossing) ?? candidate.viaNodeIds.length - 1;
      const inAnchorLeg = candidate.sequence === leg.sequence;
      if (inAnchorLeg && (index < position.nodeIndex || (index === position.nodeIndex && position.pastDwell))) continue;
      let chosen = dwellOf(crossing);
      if (waitingAt && (crossing.nodeId === waitingAt || crossing.pairNodeId === waitingAt)) {
        // At least as long as the cargo has already waited.
        const waitedHours = (now.getTime() - event.occurredAt.getTime()) / hour;
        chosen = { ...chosen, dwellHours: Math.round(Math.max(chosen.dwellHours, waitedHours) * 10) / 10 };
        waitingAt = null;
      }
      ahead.push(chosen);
      adjustmentHours += chosen.dwellHours - crossing.dwellHours;
    }
  }
  const restOfLeg = leg.plannedArrival.getTime() - plannedTimeAt({ leg, position }).getTime();
  const laterLegs = plannedArrival - leg.plannedArrival.getTime();
  return result(event.occurredAt.getTime() + restOfLeg + laterLegs + adjustmentHours * hour, 'event', event.id, ahead);
}

/** The latest event that places the cargo on the route; of events at the same moment, the one furthest along. */
function latestPlacedEvent(events: readonly EstimateEvent[], legBySequence: ReadonlyMap<number, LegPlan>) {
  let best: { event: EstimateEvent; position: RoutePosition; leg: LegPlan } | null = null;
  for (const event of events) {
    const leg = legBySequence.get(event.legSequence);
    if (!leg) continue;
    const position = positionOf({ leg, event });
    if (!position) continue;
    if (!best || compareProgress({ event, position }, best) > 0) best = { event, position, leg };
  }
  return best;
}

function compareProgress(
  a: { event: EstimateEvent; position: RoutePosition },
  b: { event: EstimateEvent; position: RoutePosition },
) {
  return (
    a.event.occurredAt.getTime() - b.event.occurredAt.getTime() ||
    a.position.legSequence - b.position.legSequence ||
    a.position.nodeIndex - b.position.nodeIndex ||
    Number(a.position.pastDwell) - Number(b.position.pastDwell)
  );
}
