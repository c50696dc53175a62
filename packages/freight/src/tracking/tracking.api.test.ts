import { randomUUID } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog, notifications } from '../../../core/src/tables.ts';
import { shipmentLegs, shipments, trackingEvents } from '../tables.ts';
import { insertTrackedShipment, type TrackedShipment } from '../testing/tracked-shipment.ts';
import type { BorderDwell, RecordedEvent, ShipmentTimeline } from './contracts.ts';

let platform: TestPlatform;
let forwarder: SignedIn;
let shipper: SignedIn;
let otherShipper: SignedIn;
let railCarrier: SignedIn;
let roadCarrier: SignedIn;
let strangerCarrier: SignedIn;
let shipment: TrackedShipment;

const hour = 3_600_000;
const at = (hours: number) => new Date(shipment.departure.getTime() + hours * hour).toISOString();

function post(options: {
  as: SignedIn;
  legIndex: number;
  body: Record<string, unknown>;
  key?: string | null;
  target?: TrackedShipment;
}) {
  const target = options.target ?? shipment;
  const key = options.key === undefined ? randomUUID() : options.key;
  return platform.app.inject({
    method: 'POST',
    url: `/api/v1/freight/shipments/${target.id}/legs/${target.legIds[options.legIndex]}/events`,
    headers: { ...options.as.headers, ...(key === null ? {} : { 'idempotency-key': key }) },
    payload: options.body,
  });
}

async function timeline(as: SignedIn, id = shipment.id) {
  return platform.app.inject({ method: 'GET', url: `/api/v1/freight/shipments/${id}/timeline`, headers: as.headers });
}

async function rowCounts() {
  const db = platform.connection.db;
  const [events] = await db.select({ n: count() }).from(trackingEvents);
  const [audit] = await db.select({ n: count() }).from(auditLog);
  const [state] = await db
    .select({ status: shipments.status, estimatedArrival: shipments.estimatedArrival })
    .from(shipments)
    .where(eq(shipments.id, shipment.id));
  return { events: events?.n, audit: audit?.n, state };
}

beforeAll(async () => {
  platform = await createTestPlatform();
  [forwarder, shipper, otherShipper, railCarrier, roadCarrier, strangerCarrier] = await Promise.all([
    signIn(platform.app, { role: 'forwarder' }),
    signIn(platform.app, { role: 'shipper' }),
    signIn(platform.app, { role: 'shipper' }),
    signIn(platform.app, { role: 'carrier' }),
    signIn(platform.app, { role: 'carrier' }),
    signIn(platform.app, { role: 'carrier' }),
  ]);
  shipment = await insertTrackedShipment({
    db: platform.connection.db,
    bookedBy: forwarder.user.id,
    shipperUserId: shipper.user.id,
    carrierUserIds: [railCarrier.user.id, railCarrier.user.id, roadCarrier.user.id],
  });
});

afterAll(() => platform?.close());

describe('a shipment tracked across a gauge change and a border', () => {
  it('refuses posts without a carrier session, an Idempotency-Key or a node where one is needed', async () => {
    const anonymous = await platform.app.inject({
      method: 'POST',
      url: `/api/v1/freight/shipments/${shipment.id}/legs/${shipment.legIds[0]}/events`,
      headers: { 'idempotency-key': 'k' },
      payload: { kind: 'departed', occurredAt: at(0) },
    });
    expect(anonymous.statusCode).toBe(401);

    const asShipper = await post({ as: shipper, legIndex: 0, body: { kind: 'departed', occurredAt: at(0) } });
    expect(asShipper.statusCode).toBe(403);

    const noKey = await post({
      as: railCarrier,
      legIndex: 0,
      key: null,
      body: { kind: 'departed', occurredAt: at(0) },
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().detail).toContain('idempotency-key');

    const tooLongKey = await post({
      as: railCarrier,
      legIndex: 0,
      key: 'k'.repeat(201),
      body: { kind: 'departed', occurredAt: at(0) },
    });
    expect(tooLongKey.statusCode).toBe(400);

    const noNode = await post({ as: railCarrier, legIndex: 0, body: { kind: 'arrived_at_border', occurredAt: at(1) } });
    expect(noNode.statusCode).toBe(400);
    expect(noNode.json().detail).toBe('nodeId: is required for a arrived_at_border event.');

    const offLeg = await post({
      as: railCarrier,
      legIndex: 0,
      body: { kind: 'arrived_at_border', occurredAt: at(1), nodeId: shipment.nodeIds.roadBorder },
    });
    expect(offLeg.statusCode).toBe(400);
    expect(offLeg.json().detail).toContain('is not on leg 1');

    const future = await post({
      as: railCarrier,
      legIndex: 0,
      body: { kind: 'departed', occurredAt: new Date(Date.now() + 20 * 60_000).toISOString() },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toContain('in the future');

    const beforeBooking = await post({ as: railCarrier, legIndex: 0, body: { kind: 'departed', occurredAt: at(-30) } });
    expect(beforeBooking.statusCode).toBe(400);
    expect(beforeBooking.json().detail).toContain('before the shipment was booked');

    expect((await rowCounts()).events).toBe(0);
  });

  it('refuses another carrier with 403 naming the rule, and a carrier who cannot see the shipment with 404', async () => {
    const otherLeg = await post({ as: roadCarrier, legIndex: 0, body: { kind: 'departed', occurredAt: at(0) } });
    expect(otherLeg.statusCode).toBe(403);
    expect(otherLeg.json().detail).toContain('Only the carrier of leg 1 may post its events');

    const stranger = await post({ as: strangerCarrier, legIndex: 0, body: { kind: 'departed', occurredAt: at(0) } });
    expect(stranger.statusCode).toBe(404);

    const unknownLeg = await platform.app.inject({
      method: 'POST',
      url: `/api/v1/freight/shipments/${shipment.id}/legs/${randomUUID()}/events`,
      headers: { ...railCarrier.headers, 'idempotency-key': randomUUID() },
      payload: { kind: 'departed', occurredAt: at(0) },
    });
    expect(unknownLeg.statusCode).toBe(404);
    expect((await rowCounts()).events).toBe(0);
  });

  it('records the departure: the leg is in progress, the shipment in transit, with an audit entry', async () => {
    const before = await rowCounts();
    const response = await post({
      as: railCarrier,
      legIndex: 0,
      body: { kind: 'departed', occurredAt: at(0), nodeId: shipment.nodeIds.origin, note: 'Train 80012 left' },
    });
    expect(response.statusCode).toBe(201);
    const recorded = response.json() as RecordedEvent;
    expect(recorded).toMatchObject({
      kind: 'departed',
      legSequence: 1,
      legStatus: 'in_progress',
      shipmentStatus: 'in_transit',
      nodeId: shipment.nodeIds.origin,
      note: 'Train 80012 left',
    });
    // On time: the estimate is the planned arrival.
    expect(recorded.estimatedArrival).toBe(shipment.plannedArrival.toISOString());
    const after = await rowCounts();
    expect(after.events).toBe((before.events ?? 0) + 1);
    expect(after.audit).toBe((before.audit ?? 0) + 1);
    const [entry] = await platform.connection.db
      .select({ action: auditLog.action, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.entityId, recorded.id));
    expect(entry?.action).toBe('freight_tracking_event.record');
  });

  it('a late arrival at the border moves the estimate later', async () => {
    const before = (await timeline(shipper)).json() as ShipmentTimeline;
    expect(before.estimate.basis).toBe('event');
    // Planned at the border at 30 h; it arrives at 40 h, ten hours late.
    const response = await post({
      as: railCarrier,
      legIndex: 0,
      body: { kind: 'arrived_at_border', occurredAt: at(40), nodeId: shipment.nodeIds.gaugeA },
    });
    expect(response.statusCode).toBe(201);
    const after = (await timeline(shipper)).json() as ShipmentTimeline;
    const shiftHours =
      (Date.parse(after.estimate.estimatedArrival) - Date.parse(before.estimate.estimatedArrival)) / hour;
    // Ten hours late, and waiting at the border since then: 20 h so far against 12 h planned.
    expect(shiftHours).toBeCloseTo(18, 0);
    expect(after.estimate.delayHours).toBeGreaterThanOrEqual(18);
    const arrival = after.events.find((event) => event.kind === 'arrived_at_border');
    expect(arrival?.deltaHours).toBe(10);
    const [stored] = await platform.connection.db
      .select({ estimatedArrival: shipments.estimatedArrival })
      .from(shipments)
      .where(eq(shipments.id, shipment.id));
    expect(stored?.estimatedArrival.toISOString()).toBe((response.json() as RecordedEvent).estimatedArrival);
  });

  it('a replay answers 409 with the original event id and a reused key answers 422; neither changes anything', async () => {
    const key = randomUUID();
    const body = { kind: 'handed_over', occurredAt: at(44), nodeId: shipment.nodeIds.gaugeA };
    const first = await post({ as: railCarrier, legIndex: 0, key, body });
    expect(first.statusCode).toBe(201);
    expect((first.json() as RecordedEvent).legStatus).toBe('completed');
    const before = await rowCounts();

    const replay = await post({ as: railCarrier, legIndex: 0, key, body });
    expect(replay.statusCode).toBe(409);
    expect(replay.json()).toMatchObject({
      code: 'conflict',
      details: { eventId: first.json().id, idempotencyKey: key },
    });

    const reuse = await post({
      as: railCarrier,
      legIndex: 1,
      key,
      body: { kind: 'gauge_transfer', occurredAt: at(47), nodeId: shipment.nodeIds.gaugeB },
    });
    expect(reuse.statusCode).toBe(422);
    expect(reuse.json()).toMatchObject({
      code: 'idempotency_key_reused',
      details: { eventId: first.json().id, idempotencyKey: key },
    });
    expect(reuse.json().detail).toContain('Idempotency-Key reused');

    expect(await rowCounts()).toEqual(before);
  });

  it('refuses events that contradict the route or come after the leg ended', async () => {
    const afterEnd = await post({
      as: railCarrier,
      legIndex: 0,
      body: { kind: 'exception', occurredAt: at(45), note: 'late paperwork' },
    });
    expect(afterEnd.statusCode).toBe(409);
    expect(afterEnd.json().detail).toContain('Leg 1 ended with handed_over');

    const backwards = await post({
      as: railCarrier,
      legIndex: 1,
      body: { kind: 'departed', occurredAt: at(-1), nodeId: shipment.nodeIds.gaugeA },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().detail).toContain('lies before leg 1, which comes earlier, began');
  });

  it('records the gauge change on the next leg and counts it as a dwell sample at the crossing', async () => {
    const transfer = await post({
      as: railCarrier,
      legIndex: 1,
      body: { kind: 'gauge_transfer', occurredAt: at(48), nodeId: shipment.nodeIds.gaugeB },
    });
    expect(transfer.statusCode).toBe(201);
    expect((transfer.json() as RecordedEvent).legStatus).toBe('in_progress');

    const dwell = await platform.app.inject({ method: 'GET', url: '/api/v1/freight/borders/dwell' });
    expect(dwell.statusCode).toBe(200);
    const body = dwell.json() as BorderDwell;
    const crossing = body.crossings.find((candidate) =>
      candidate.nodes.some((node) => node.id === shipment.nodeIds.gaugeA),
    );
    expect(crossing?.nodes.map((node) => node.id).sort()).toEqual(
      [shipment.nodeIds.gaugeA, shipment.nodeIds.gaugeB].sort(),
    );
    // Arrived at gauge A at 40 h, transferred at gauge B at 48 h.
    expect(crossing?.observed).toMatchObject({ samples: 1, minHours: 8, p50Hours: 8, maxHours: 8 });
    expect(crossing?.demo).toBeNull();
    expect(crossing?.published).toEqual({ minHours: 4, maxHours: 9, source: 'https://example.org/published-dwell' });
    expect(crossing?.plannerUsesObserved).toBe(false);
  });

  it('takes two identical concurrent posts once: one 201, one 409', async () => {
    const key = randomUUID();
    const body = { kind: 'departed', occurredAt: at(50), nodeId: shipment.nodeIds.gaugeB };
    const before = await rowCounts();
    const responses = await Promise.all([
      post({ as: railCarrier, legIndex: 1, key, body }),
      post({ as: railCarrier, legIndex: 1, key, body }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const created = responses.find((response) => response.statusCode === 201)?.json() as RecordedEvent;
    const refused = responses.find((response) => response.statusCode === 409)?.json();
    expect(refused).toMatchObject({ code: 'conflict', details: { eventId: created.id } });
    expect((await rowCounts()).events).toBe((before.events ?? 0) + 1);
  });

  it('shows the shipper one timeline in order, with the planned points ahead; another shipper gets 404', async () => {
    const response = await timeline(shipper);
    expect(response.statusCode).toBe(200);
    const body = response.json() as ShipmentTimeline;
    expect(body.events.map((event) => [event.legSequence, event.kind])).toEqual([
      [1, 'departed'],
      [1, 'arrived_at_border'],
      [1, 'handed_over'],
      [2, 'gauge_transfer'],
      [2, 'departed'],
    ]);
    expect(body.events[3]?.node?.name.en).toBe('Gauge B (fixture)');
    expect(body.legs.map((leg) => leg.status)).toEqual(['completed', 'in_progress', 'planned']);
    expect(body.milestones.map((point) => [point.legSequence, point.kind])).toEqual([
      [2, 'arrival'],
      [3, 'departure'],
      [3, 'border'],
      [3, 'arrival'],
    ]);
    expect(body.estimate.crossingsAhead).toEqual([
      { nodeId: shipment.nodeIds.roadBorder, pairNodeId: null, dwellHours: 6, dwellBasis: 'plan', samples: 0 },
    ]);

    expect((await timeline(forwarder)).statusCode).toBe(200);
    expect((await timeline(roadCarrier)).statusCode).toBe(200);
    expect((await timeline(otherShipper)).statusCode).toBe(404);
    expect((await timeline(strangerCarrier)).statusCode).toBe(404);
    const anonymous = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/freight/shipments/${shipment.id}/timeline`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lists a carrier's own legs only", async () => {
    const response = await platform.app.inject({
      method: 'GET',
      url: '/api/v1/freight/legs',
      headers: roadCarrier.headers,
    });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: { id: string; sequence: number; reference: string }[] }).items;
    expect(items.map((item) => [item.reference, item.sequence])).toEqual([[shipment.reference, 3]]);
    const asShipper = await platform.app.inject({
      method: 'GET',
      url: '/api/v1/freight/legs',
      headers: shipper.headers,
    });
    expect(asShipper.statusCode).toBe(403);
  });

  it('on an exception and at delivery tells the booking party and the shipper; after delivery nothing more', async () => {
    const db = platform.connection.db;
    const noticesBefore = await db
      .select({ n: count() })
      .from(notifications)
      .where(inArray(notifications.userId, [forwarder.user.id, shipper.user.id]));
    const exception = await post({
      as: roadCarrier,
      legIndex: 2,
      body: { kind: 'exception', occurredAt: at(53), note: 'Truck breakdown' },
    });
    expect(exception.statusCode).toBe(201);
    const delivered = await post({
      as: roadCarrier,
      legIndex: 2,
      body: { kind: 'delivered', occurredAt: at(58), nodeId: shipment.nodeIds.destination },
    });
    expect(delivered.statusCode).toBe(201);
    expect(delivered.json()).toMatchObject({
      legStatus: 'completed',
      shipmentStatus: 'delivered',
      estimatedArrival: at(58),
    });
    const noticesAfter = await db
      .select({ n: count() })
      .from(notifications)
      .where(inArray(notifications.userId, [forwarder.user.id, shipper.user.id]));
    expect((noticesAfter[0]?.n ?? 0) - (noticesBefore[0]?.n ?? 0)).toBe(4);
    const kinds = await db
      .select({ kind: notifications.kind, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.userId, shipper.user.id));
    expect(kinds.map((row) => row.kind).sort()).toEqual(['freight.delivered', 'freight.tracking_exception']);
    expect(kinds[0]?.link).toBe(`/freight/shipments/${shipment.id}`);

    const afterDelivery = await post({
      as: railCarrier,
      legIndex: 1,
      body: { kind: 'exception', occurredAt: at(55), note: 'paperwork' },
    });
    expect(afterDelivery.statusCode).toBe(409);
    expect(afterDelivery.json().detail).toContain('delivered at destination');

    const body = (await timeline(shipper)).json() as ShipmentTimeline;
    expect(body.status).toBe('delivered');
    expect(body.estimate).toMatchObject({ basis: 'delivered', estimatedArrival: at(58) });
    expect(body.milestones).toEqual([]);
    const [legs] = await db.select({ n: count() }).from(shipmentLegs).where(eq(shipmentLegs.shipmentId, shipment.id));
    expect(legs?.n).toBe(3);
  });
});
