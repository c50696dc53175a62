import { problemResponses, problemSchema } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { readBorderDwell } from '../tracking/border-dwell.ts';
import { listCarrierLegs } from '../tracking/carrier-legs.ts';
import {
  borderDwellSchema,
  carrierLegsSchema,
  idempotencyHeadersSchema,
  legEventParamsSchema,
  recordedEventSchema,
  shipmentParamsSchema,
  shipmentTimelineSchema,
  trackingEventInputSchema,
} from '../tracking/contracts.ts';
import { postTrackingEvent } from '../tracking/post-tracking-event.ts';
import { getShipmentTimeline } from '../tracking/shipment-timeline.ts';

const tags = ['freight-tracking'];
const security = [{ session: [], csrf: [] }];

/** Carriers' status events, the shipment timeline, the carrier's legs and border dwell as data. */
export function registerTrackingRoutes(app: ApiApp, { db }: ModuleContext) {
  app.post(
    '/freight/shipments/:id/legs/:legId/events',
    {
      schema: {
        tags,
        summary: 'Post a status event for a leg you carry (carrier), under an Idempotency-Key',
        description:
          'The same key with the same event again answers 409 `conflict` with the original event id in `details.eventId`; the same key with another event answers 422 `idempotency_key_reused`. Neither changes anything.',
        security,
        params: legEventParamsSchema,
        headers: idempotencyHeadersSchema,
        body: trackingEventInputSchema,
        response: {
          201: recordedEventSchema,
          ...problemResponses.write,
          422: problemSchema.describe('Idempotency-Key already used for a different event'),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ['carrier']);
      const recorded = await postTrackingEvent({
        db,
        actor,
        shipmentId: request.params.id,
        legId: request.params.legId,
        idempotencyKey: request.headers['idempotency-key'],
        input: request.body,
      });
      return reply.status(201).send(recorded);
    },
  );

  app.get(
    '/freight/shipments/:id/timeline',
    {
      schema: {
        tags,
        summary: "One timeline across a shipment's legs, with planned points ahead and the arrival estimate",
        security: [{ session: [] }],
        params: shipmentParamsSchema,
        response: {
          200: shipmentTimelineSchema,
          401: problemSchema.describe('Not signed in'),
          ...problemResponses.read,
        },
      },
    },
    (request) => getShipmentTimeline({ db, actor: requireActor(request), id: request.params.id }),
  );

  app.get(
    '/freight/legs',
    {
      schema: {
        tags,
        summary: 'The legs you carry (carrier), open ones first, with their last event',
        security: [{ session: [] }],
        response: {
          200: carrierLegsSchema,
          401: problemSchema.describe('Not signed in'),
          403: problemSchema.describe('Not a carrier'),
        },
      },
    },
    (request) => listCarrierLegs({ db, actor: requireActor(request, ['carrier']) }),
  );

  app.get(
    '/freight/borders/dwell',
    {
      schema: {
        tags,
        summary: 'Dwell-time distributions per border crossing, beside the published dwell',
        description:
          '`observed` comes from real shipments and is what the planner uses once it has `samplesForPlanning` samples; `demo` comes from demo shipments only and is never used.',
        response: { 200: borderDwellSchema, ...problemResponses.read },
      },
    },
    () => readBorderDwell({ db }),
  );
}
