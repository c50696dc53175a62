import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { checkTrackingEvent, type RuleEvent, trackingEffectsOf } from './tracking-rules.ts';

const hour = 3_600_000;
const t0 = Date.parse('2026-05-01T00:00:00Z');
const at = (hours: number) => new Date(t0 + hours * hour);
const legs = [
  { id: 'l1', sequence: 1, viaNodeIds: ['o', 'a'] },
  { id: 'l2', sequence: 2, viaNodeIds: ['a', 'b', 'h'] },
];
const event = (legId: string, kind: RuleEvent['kind'], nodeId: string | null, hours: number): RuleEvent => ({
  legId,
  kind,
  nodeId,
  occurredAt: at(hours),
});

function refusal(candidate: RuleEvent, events: RuleEvent[] = [], now = at(200)) {
  try {
    checkTrackingEvent({ event: candidate, legs, events, bookedAt: at(-24), shipmentStatus: 'in_transit', now });
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('checkTrackingEvent', () => {
  it('accepts a plausible event', () => {
    expect(refusal(event('l1', 'departed', null, 1))).toBeNull();
    expect(refusal(event('l2', 'gauge_transfer', 'b', 40), [event('l1', 'arrived_at_border', 'a', 30)])).toBeNull();
  });

  it('allows ten minutes of clock drift into the future, no more, and nothing before the booking', () => {
    expect(refusal(event('l1', 'departed', null, 1), [], new Date(at(1).getTime() - 9 * 60_000))).toBeNull();
    expect(refusal(event('l1', 'departed', null, 1), [], new Date(at(1).getTime() - 11 * 60_000))).toEqual({
      code: 'validation_failed',
      message: 'occurredAt: must not lie more than 10 minutes in the future.',
    });
    expect(refusal(event('l1', 'departed', null, -25))?.message).toContain('before the shipment was booked');
  });

  it('needs a node on the leg for events at a place', () => {
    expect(refusal(event('l1', 'handed_over', null, 1))?.message).toBe('nodeId: is required for a handed_over event.');
    expect(refusal(event('l1', 'customs_cleared', 'b', 1))?.message).toBe(
      'nodeId: b is not on leg 1 (its stations: o, a).',
    );
  });

  it('delivers a leg once and takes nothing after the delivery at destination', () => {
    expect(refusal(event('l1', 'delivered', 'a', 12), [event('l1', 'delivered', 'a', 10)])).toEqual({
      code: 'invalid_transition',
      message: 'Leg 1 is already delivered; a leg is delivered once.',
    });
    expect(refusal(event('l1', 'exception', null, 5), [event('l2', 'delivered', 'h', 60)])?.message).toContain(
      'delivered at destination',
    );
  });

  it('takes nothing on a leg after it ended, but an earlier event may still be reported', () => {
    const ended = [event('l1', 'handed_over', 'a', 30)];
    expect(refusal(event('l1', 'exception', null, 31), ended)?.code).toBe('invalid_transition');
    expect(refusal(event('l1', 'departed', 'o', 2), ended)).toBeNull();
  });

  it('refuses an order the route contradicts', () => {
    expect(refusal(event('l2', 'departed', 'a', 50), [event('l2', 'gauge_transfer', 'b', 45)])?.message).toContain(
      'contradicts the route',
    );
    expect(
      refusal(event('l2', 'arrived_at_border', 'b', 42), [event('l2', 'customs_cleared', 'b', 41)])?.message,
    ).toContain('contradicts the route');
    expect(refusal(event('l2', 'departed', 'a', 5), [event('l1', 'departed', 'o', 10)])?.message).toBe(
      'occurredAt: lies before leg 1, which comes earlier, began.',
    );
    expect(refusal(event('l1', 'exception', null, 50), [event('l2', 'handed_over', 'h', 40)])?.message).toBe(
      'occurredAt: lies after leg 2, which comes later, ended.',
    );
  });

  it('refuses events on a cancelled shipment', () => {
    expect(() =>
      checkTrackingEvent({
        event: event('l1', 'departed', null, 1),
        legs,
        events: [],
        bookedAt: at(-24),
        shipmentStatus: 'cancelled',
        now: at(2),
      }),
    ).toThrow('cancelled');
  });
});

describe('trackingEffectsOf', () => {
  it('starts a leg and the shipment on the first event, ends a leg at handover or delivery', () => {
    expect(
      trackingEffectsOf({ kind: 'departed', legStatus: 'planned', isLastLeg: false, shipmentStatus: 'booked' }),
    ).toEqual({
      legStatus: 'in_progress',
      shipmentStatus: 'in_transit',
    });
    expect(
      trackingEffectsOf({
        kind: 'exception',
        legStatus: 'in_progress',
        isLastLeg: false,
        shipmentStatus: 'in_transit',
      }),
    ).toEqual({
      legStatus: null,
      shipmentStatus: null,
    });
    expect(
      trackingEffectsOf({
        kind: 'handed_over',
        legStatus: 'in_progress',
        isLastLeg: false,
        shipmentStatus: 'in_transit',
      }),
    ).toEqual({
      legStatus: 'completed',
      shipmentStatus: null,
    });
    expect(
      trackingEffectsOf({ kind: 'delivered', legStatus: 'in_progress', isLastLeg: true, shipmentStatus: 'in_transit' }),
    ).toEqual({
      legStatus: 'completed',
      shipmentStatus: 'delivered',
    });
  });
});
