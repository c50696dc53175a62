import type { PlannedBorderCrossing, PlannedLeg } from '../planning/route-types.ts';
import type { TrackingEventKind } from '../vocabulary.ts';

/** A booked leg with what the plan says about it: its planned times and the planner's split of its duration. */
export interface LegPlan {
  sequence: number;
  fromNodeId: string;
  toNodeId: string;
  viaNodeIds: readonly string[];
  plannedDeparture: Date;
  plannedArrival: Date;
  /** Border crossings the planner placed in this leg, with the dwell it planned for each. */
  borderCrossings: readonly Pick<PlannedBorderCrossing, 'nodeId' | 'pairNodeId' | 'dwellHours'>[];
  /** Kilometres of each hop between consecutive via nodes, when the network knows them all. */
  hopKm?: readonly number[];
}

/** A point a shipment reached, as one event tells it. */
export interface RoutePosition {
  legSequence: number;
  /** Index in the leg's via nodes. */
  nodeIndex: number;
  /** Whether the wait at a border crossing at this node is behind (true) or still ahead (an arrival at the border). */
  pastDwell: boolean;
}

const hour = 3_600_000;

/**
 * The booked legs joined with the planned route's legs, in order. The planned route is stored as the planner
 * returned it; a leg is matched by its end nodes first and by its place in the order otherwise, and a leg the plan
 * does not describe gets no crossings (its planned times still hold).
 */
export function legPlansOf(options: {
  legs: readonly Omit<LegPlan, 'borderCrossings' | 'hopKm'>[];
  plannedLegs: readonly Pick<PlannedLeg, 'fromNodeId' | 'toNodeId' | 'borderCrossings'>[];
  /** Kilometres between two adjacent nodes (either direction), from the network. */
  hopDistances?: ReadonlyMap<string, number>;
}): LegPlan[] {
  const legs = [...options.legs].sort((a, b) => a.sequence - b.sequence);
  return legs.map((leg, index) => {
    const planned =
      options.plannedLegs.find(
        (candidate) => candidate.fromNodeId === leg.fromNodeId && candidate.toNodeId === leg.toNodeId,
      ) ?? options.plannedLegs[index];
    const crossings = (planned?.borderCrossings ?? []).filter((crossing) => crossingIndex(leg, crossing) !== null);
    const hops = leg.viaNodeIds
      .slice(1)
      .map((nodeId, hop) => options.hopDistances?.get(hopKey(leg.viaNodeIds[hop] as string, nodeId)));
    const known = hops.length > 0 && hops.every((km) => km !== undefined);
    return { ...leg, borderCrossings: crossings, ...(known ? { hopKm: hops as number[] } : {}) };
  });
}

/** Where in the leg's via nodes a crossing happens (its station or the paired one), or null when not on the leg. */
export function crossingIndex(
  leg: Pick<LegPlan, 'viaNodeIds'>,
  crossing: Pick<PlannedBorderCrossing, 'nodeId' | 'pairNodeId'>,
): number | null {
  const indexes = [crossing.nodeId, crossing.pairNodeId]
    .map((nodeId) => (nodeId ? leg.viaNodeIds.indexOf(nodeId) : -1))
    .filter((index) => index >= 0);
  return indexes.length > 0 ? Math.min(...indexes) : null;
}

/** Hours of the leg's plan between two positions, other than the border dwell: spread evenly over its stations. */
function movingHours(leg: LegPlan, plannedCrossingHours: number) {
  const span = (leg.plannedArrival.getTime() - leg.plannedDeparture.getTime()) / hour;
  return Math.max(0, span - plannedCrossingHours);
}

/** The key of a hop between two adjacent nodes, the same in both directions. */
export const hopKey = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

/**
 * The share of the leg behind a station: by distance where the network gives every hop's length (so a border
 * station a few kilometres past the start counts as the start), otherwise by the number of stations passed.
 */
function stationShare(leg: LegPlan, nodeIndex: number) {
  const stations = leg.viaNodeIds.length;
  if (stations <= 1) return 1;
  const index = Math.min(stations - 1, Math.max(0, nodeIndex));
  const total = leg.hopKm?.reduce((sum, km) => sum + km, 0) ?? 0;
  if (leg.hopKm && total > 0) return leg.hopKm.slice(0, index).reduce((sum, km) => sum + km, 0) / total;
  return index / (stations - 1);
}

/**
 * The planned moment a shipment is at a position: the leg's planned departure, plus its time other than border
 * dwell in proportion to the share of the leg behind it (the plan has no timing per station), plus the planned
 * dwell of the crossings before it (and at it, once past the wait). A crossing sits at its first station on the leg,
 * so its second station is past the wait.
 */
export function plannedTimeAt(options: { leg: LegPlan; position: Omit<RoutePosition, 'legSequence'> }): Date {
  const { leg, position } = options;
  const crossingHours = leg.borderCrossings.reduce((sum, crossing) => sum + crossing.dwellHours, 0);
  let hours = movingHours(leg, crossingHours) * stationShare(leg, position.nodeIndex);
  for (const crossing of leg.borderCrossings) {
    const index = crossingIndex(leg, crossing) ?? leg.viaNodeIds.length - 1;
    if (index < position.nodeIndex || (index === position.nodeIndex && position.pastDwell))
      hours += crossing.dwellHours;
  }
  const planned = leg.plannedDeparture.getTime() + hours * hour;
  return new Date(Math.min(planned, leg.plannedArrival.getTime()));
}

/** Kinds that say the cargo stands at a border and has not yet passed its formalities. */
const waitingKinds: ReadonlySet<TrackingEventKind> = new Set(['arrived_at_border']);
/** Kinds that end a leg. */
export const legEndKinds: ReadonlySet<TrackingEventKind> = new Set(['handed_over', 'delivered']);

/**
 * The position an event tells, or null when it tells none (an exception, or a node not on the leg). An event
 * without a node is placed at the leg's start (departed) or end (handed over, delivered).
 */
export function positionOf(options: {
  leg: Pick<LegPlan, 'sequence' | 'viaNodeIds'>;
  event: { kind: TrackingEventKind; nodeId: string | null };
}): RoutePosition | null {
  const { leg, event } = options;
  if (event.kind === 'exception') return null;
  const lastIndex = leg.viaNodeIds.length - 1;
  if (legEndKinds.has(event.kind)) return { legSequence: leg.sequence, nodeIndex: lastIndex, pastDwell: true };
  if (!event.nodeId) {
    return event.kind === 'departed' ? { legSequence: leg.sequence, nodeIndex: 0, pastDwell: true } : null;
  }
  const nodeIndex = leg.viaNodeIds.indexOf(event.nodeId);
  if (nodeIndex < 0) return null;
  return { legSequence: leg.sequence, nodeIndex, pastDwell: !waitingKinds.has(event.kind) };
}
