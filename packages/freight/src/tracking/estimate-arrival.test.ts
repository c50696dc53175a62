import { describe, expect, it } from 'vitest';
import type { ObservedDwell } from '../planning/route-types.ts';
import { type EstimateEvent, estimateArrival } from './estimate-arrival.ts';
import type { LegPlan } from './route-progress.ts';

const hour = 3_600_000;
const t0 = Date.parse('2026-05-01T00:00:00Z');
const at = (hours: number) => new Date(t0 + hours * hour);

// Rail O─A (0→30 h); rail A─B─H (30→70 h, 12 h planned at A–B); road H─X─D (76→100 h, 6 h planned at X).
const legs: LegPlan[] = [
  {
    sequence: 1,
    fromNodeId: 'o',
    toNodeId: 'a',
    viaNodeIds: ['o', 'a'],
    plannedDeparture: at(0),
    plannedArrival: at(30),
    borderCrossings: [],
  },
  {
    sequence: 2,
    fromNodeId: 'a',
    toNodeId: 'h',
    viaNodeIds: ['a', 'b', 'h'],
    plannedDeparture: at(30),
    plannedArrival: at(70),
    borderCrossings: [{ nodeId: 'a', pairNodeId: 'b', dwellHours: 12 }],
  },
  {
    sequence: 3,
    fromNodeId: 'h',
    toNodeId: 'd',
    viaNodeIds: ['h', 'x', 'd'],
    plannedDeparture: at(76),
    plannedArrival: at(100),
    borderCrossings: [{ nodeId: 'x', pairNodeId: null, dwellHours: 6 }],
  },
];
const none: ObservedDwell = new Map();
let id = 0;
const event = (
  legSequence: number,
  kind: EstimateEvent['kind'],
  nodeId: string | null,
  hours: number,
): EstimateEvent => ({
  id: `e${++id}`,
  legSequence,
  kind,
  nodeId,
  occurredAt: at(hours),
});

describe('estimateArrival', () => {
  it('holds the plan before any event, shifted by how late the departure already is', () => {
    expect(estimateArrival({ plannedLegs: legs, events: [], observedDwell: none, now: at(-5) })).toMatchObject({
      estimatedArrival: at(100),
      basis: 'plan',
      delayHours: 0,
    });
    expect(estimateArrival({ plannedLegs: legs, events: [], observedDwell: none, now: at(4) })).toMatchObject({
      estimatedArrival: at(104),
      delayHours: 4,
    });
  });

  it('counts the remaining plan from the last confirmed point', () => {
    const departed = event(1, 'departed', 'o', 3);
    const estimate = estimateArrival({ plannedLegs: legs, events: [departed], observedDwell: none, now: at(5) });
    expect(estimate).toMatchObject({
      estimatedArrival: at(103),
      basis: 'event',
      fromEventId: departed.id,
      delayHours: 3,
    });
    expect(
      estimate.crossingsAhead.map((crossing) => [crossing.nodeId, crossing.dwellHours, crossing.dwellBasis]),
    ).toEqual([
      ['a', 12, 'plan'],
      ['x', 6, 'plan'],
    ]);
  });

  it('expects a cargo waiting at a border to wait at least as long as it has', () => {
    const arrived = event(1, 'arrived_at_border', 'a', 40);
    expect(
      estimateArrival({
        plannedLegs: legs,
        events: [event(1, 'departed', 'o', 0), arrived],
        observedDwell: none,
        now: at(45),
      }).estimatedArrival,
    ).toEqual(at(110));
    // Twenty hours at the border against twelve planned: eight more.
    expect(
      estimateArrival({ plannedLegs: legs, events: [arrived], observedDwell: none, now: at(60) }).estimatedArrival,
    ).toEqual(at(118));
  });

  it('places a station between the ends of a leg in proportion to the stations passed, after the wait there', () => {
    // Leg 2: 28 h other than dwell over two hops; past the A–B wait at B (index 1): 30 + 14 + 12 = 56 h planned.
    const transfer = event(2, 'gauge_transfer', 'b', 60);
    expect(
      estimateArrival({ plannedLegs: legs, events: [transfer], observedDwell: none, now: at(61) }).estimatedArrival,
    ).toEqual(at(104));
  });

  it('places a station by distance when the network gives every hop', () => {
    // B lies 14 km into the 414 km of leg 2: past the A–B wait there, 30 + 12 + 28 × 14/414 ≈ 42.9 h were planned.
    const byDistance = legs.map((leg) => (leg.sequence === 2 ? { ...leg, hopKm: [14, 400] } : leg));
    const transfer = event(2, 'gauge_transfer', 'b', 44);
    const estimate = estimateArrival({ plannedLegs: byDistance, events: [transfer], observedDwell: none, now: at(45) });
    expect(estimate.delayHours).toBe(1.1);
  });

  it('uses the observed median for crossings ahead once there are enough samples', () => {
    const observed: ObservedDwell = new Map([
      ['x', { samples: 5, p50Hours: 10, p90Hours: 20 }],
      ['b', { samples: 4, p50Hours: 30, p90Hours: 40 }],
    ]);
    const estimate = estimateArrival({
      plannedLegs: legs,
      events: [event(1, 'departed', 'o', 0)],
      observedDwell: observed,
      now: at(1),
    });
    expect(estimate.estimatedArrival).toEqual(at(104));
    expect(estimate.crossingsAhead).toEqual([
      { nodeId: 'a', pairNodeId: 'b', dwellHours: 12, dwellBasis: 'plan', samples: 4 },
      { nodeId: 'x', pairNodeId: null, dwellHours: 10, dwellBasis: 'observed', samples: 5 },
    ]);
  });

  it('ignores exceptions as positions, never estimates the past, and ends at the delivery', () => {
    const events = [event(1, 'departed', 'o', 0), event(1, 'exception', null, 20)];
    expect(estimateArrival({ plannedLegs: legs, events, observedDwell: none, now: at(150) })).toMatchObject({
      estimatedArrival: at(150),
      basis: 'event',
      delayHours: 50,
    });
    const delivered = event(3, 'delivered', 'd', 97);
    expect(
      estimateArrival({ plannedLegs: legs, events: [...events, delivered], observedDwell: none, now: at(150) }),
    ).toMatchObject({
      estimatedArrival: at(97),
      basis: 'delivered',
      fromEventId: delivered.id,
      delayHours: -3,
    });
  });
});
