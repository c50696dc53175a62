import { z } from 'zod';
import { legStatuses, shipmentStatuses, trackingEventKinds, transportModes } from '../vocabulary.ts';

const trilingualNameSchema = z.object({ zh: z.string(), ru: z.string(), en: z.string() });

export const legEventParamsSchema = z.object({
  id: z.uuid('must be a shipment id (UUID)'),
  legId: z.uuid('must be a leg id (UUID)'),
});

export const shipmentParamsSchema = z.object({ id: z.uuid('must be a shipment id (UUID)') });

/** The `Idempotency-Key` header: the carrier's own key for this event, so a retried post is recognised. */
export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string('the Idempotency-Key header is required')
    .trim()
    .min(1, 'the Idempotency-Key header must not be empty')
    .max(200, 'the Idempotency-Key header takes at most 200 characters'),
});

export const trackingEventInputSchema = z.object({
  kind: z.enum(trackingEventKinds),
  /** When it happened, with its UTC offset. */
  occurredAt: z.iso.datetime({ offset: true, message: 'must be a date-time with a UTC offset (ISO 8601)' }),
  /** Required for arrived_at_border, customs_cleared, gauge_transfer, loaded_on_ferry and handed_over. */
  nodeId: z.string().trim().min(1).max(100).nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export type TrackingEventInput = z.infer<typeof trackingEventInputSchema>;

export const recordedEventSchema = z
  .object({
    id: z.string(),
    shipmentId: z.string(),
    legId: z.string(),
    legSequence: z.number().int(),
    kind: z.enum(trackingEventKinds),
    nodeId: z.string().nullable(),
    occurredAt: z.iso.datetime(),
    recordedAt: z.iso.datetime(),
    note: z.string().nullable(),
    legStatus: z.enum(legStatuses),
    shipmentStatus: z.enum(shipmentStatuses),
    estimatedArrival: z.iso.datetime(),
  })
  .meta({ id: 'FreightRecordedEvent' });
export type RecordedEvent = z.infer<typeof recordedEventSchema>;

const crossingAheadSchema = z.object({
  nodeId: z.string(),
  pairNodeId: z.string().nullable(),
  dwellHours: z.number(),
  dwellBasis: z.enum(['observed', 'plan']),
  samples: z.number().int(),
});

const timelineNodeSchema = z.object({ id: z.string(), name: trilingualNameSchema }).nullable();

export const shipmentTimelineSchema = z
  .object({
    shipmentId: z.string(),
    reference: z.string(),
    status: z.enum(shipmentStatuses),
    demo: z.boolean(),
    plannedDeparture: z.iso.datetime(),
    plannedArrival: z.iso.datetime(),
    estimate: z.object({
      estimatedArrival: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      basis: z.enum(['plan', 'event', 'delivered']),
      fromEventId: z.string().nullable(),
      delayHours: z.number(),
      crossingsAhead: z.array(crossingAheadSchema),
      /** Observed dwell counts for a crossing from this many samples on. */
      samplesForPlanning: z.number().int(),
    }),
    legs: z.array(
      z.object({
        id: z.string(),
        sequence: z.number().int(),
        mode: z.enum(transportModes),
        from: timelineNodeSchema,
        to: timelineNodeSchema,
        carrierName: z.string(),
        status: z.enum(legStatuses),
        plannedDeparture: z.iso.datetime(),
        plannedArrival: z.iso.datetime(),
      }),
    ),
    /** Reported events of all legs in the order they happened. */
    events: z.array(
      z.object({
        id: z.string(),
        legId: z.string(),
        legSequence: z.number().int(),
        mode: z.enum(transportModes),
        carrierName: z.string(),
        kind: z.enum(trackingEventKinds),
        node: timelineNodeSchema,
        occurredAt: z.iso.datetime(),
        recordedAt: z.iso.datetime(),
        note: z.string().nullable(),
        /** When the plan expected the cargo at this point, where the event places it on the route. */
        plannedAt: z.iso.datetime().nullable(),
        /** Hours later (positive) or earlier (negative) than planned. */
        deltaHours: z.number().nullable(),
      }),
    ),
    /** Planned points not reached yet, in route order. */
    milestones: z.array(
      z.object({
        legSequence: z.number().int(),
        mode: z.enum(transportModes),
        kind: z.enum(['departure', 'border', 'arrival']),
        node: timelineNodeSchema,
        plannedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'FreightShipmentTimeline' });
export type ShipmentTimeline = z.infer<typeof shipmentTimelineSchema>;

const distributionSchema = z.object({
  samples: z.number().int(),
  minHours: z.number(),
  p25Hours: z.number(),
  p50Hours: z.number(),
  p75Hours: z.number(),
  p90Hours: z.number(),
  maxHours: z.number(),
  histogram: z.array(z.object({ fromHours: z.number(), toHours: z.number(), count: z.number().int() })),
});

export const borderDwellSchema = z
  .object({
    samplesForPlanning: z.number().int(),
    crossings: z.array(
      z.object({
        key: z.string(),
        nodes: z.array(z.object({ id: z.string(), name: trilingualNameSchema, countryCode: z.string() })),
        /** From real shipments: what the planner uses. */
        observed: distributionSchema.nullable(),
        /** From demo shipments only: made-up events, shown apart and never used by the planner. */
        demo: distributionSchema.nullable(),
        published: z.object({ minHours: z.number(), maxHours: z.number(), source: z.string().nullable() }).nullable(),
        plannerUsesObserved: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'FreightBorderDwell' });
export type BorderDwell = z.infer<typeof borderDwellSchema>;

export const carrierLegsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        shipmentId: z.string(),
        reference: z.string(),
        demo: z.boolean(),
        shipmentStatus: z.enum(shipmentStatuses),
        sequence: z.number().int(),
        mode: z.enum(transportModes),
        status: z.enum(legStatuses),
        viaNodes: z.array(z.object({ id: z.string(), name: trilingualNameSchema })),
        plannedDeparture: z.iso.datetime(),
        plannedArrival: z.iso.datetime(),
        lastEvent: z
          .object({ kind: z.enum(trackingEventKinds), nodeId: z.string().nullable(), occurredAt: z.iso.datetime() })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'FreightCarrierLegs' });
export type CarrierLegs = z.infer<typeof carrierLegsSchema>;
