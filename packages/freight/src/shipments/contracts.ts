import { z } from 'zod';
import { documentSummarySchema } from '../documents/contracts.ts';
import { planRequestSchema } from '../planning/plan-request.ts';
import {
  cargoKinds,
  cargoUnits,
  freightLimits,
  legalRegimes,
  legStatuses,
  shipmentStatuses,
  transportModes,
} from '../vocabulary.ts';
import {
  type CheckResult,
  checkContainerNumber,
  checkHazardClass,
  checkHsCode,
  checkReeferTemperature,
  checkUnNumber,
  normaliseContainerNumber,
} from './cargo-validation.ts';

/** Turns a pure check into a zod refinement with the check's own message. */
const refineWith = (check: (value: string) => CheckResult) => (value: string, context: z.RefinementCtx) => {
  const result = check(value);
  if (!result.ok) context.addIssue({ code: 'custom', message: result.message });
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

export const partyInputSchema = z.object({
  name: z.string().trim().min(1, 'name the party').max(200),
  address: z.string().trim().min(1, 'give the address').max(500),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code (ISO 3166-1 alpha-2)'),
  contact: optionalText(200),
});

export const goodsLineInputSchema = z.object({
  hsCode: z
    .string()
    .trim()
    .superRefine(refineWith(checkHsCode))
    .transform((value) => value.replace(/[\s.]/g, '')),
  description: z.string().trim().min(1, 'describe the goods').max(500),
  grossKg: z
    .number()
    .positive('gross weight must be above 0 kg')
    .max(freightLimits.maxTonnes * 1000),
  packages: z.number().int().positive('at least one package').max(1_000_000),
  packageKind: z.string().trim().min(1, 'name the kind of package (e.g. pallets, cartons)').max(100),
});

export const containerNumberSchema = z
  .string()
  .trim()
  .superRefine(refineWith(checkContainerNumber))
  .transform(normaliseContainerNumber);

/** What the booking party declares about the cargo beyond the planner's request. */
export const cargoDetailsInputSchema = z.object({
  /** Gross mass of the whole consignment in tonnes; for TEU cargo the planning default per TEU when absent. */
  grossTonnes: z.number().positive('gross weight must be above 0 t').max(freightLimits.maxTonnes).nullish(),
  unNumber: z
    .string()
    .trim()
    .superRefine(refineWith(checkUnNumber))
    .transform((value) => value.replace(/\s/g, '').toUpperCase())
    .nullish(),
  hazardClass: z.string().trim().superRefine(refineWith(checkHazardClass)).nullish(),
  temperatureC: z
    .number()
    .superRefine((value, context) => {
      const result = checkReeferTemperature(value);
      if (!result.ok) context.addIssue({ code: 'custom', message: result.message });
    })
    .nullish(),
  marks: optionalText(500),
  instructions: optionalText(2000),
});

export const bookingInputSchema = z
  .object({
    plan: planRequestSchema,
    routeId: z.string().trim().min(1, 'pick a route from the plan').max(200),
    plannedDeparture: z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' }),
    parties: z.object({
      shipper: partyInputSchema,
      consignee: partyInputSchema,
      forwarder: partyInputSchema.nullish().transform((value) => value ?? null),
      notifyParty: partyInputSchema.nullish().transform((value) => value ?? null),
    }),
    /** The shipper's platform account (e-mail), so the shipper can follow the shipment. */
    shipperEmail: z
      .email('must be an e-mail address')
      .max(320)
      .nullish()
      .transform((value) => value?.toLowerCase() ?? null),
    cargo: cargoDetailsInputSchema,
    goods: z
      .array(goodsLineInputSchema)
      .min(1, 'declare at least one goods line')
      .max(freightLimits.maxGoodsLines, `at most ${freightLimits.maxGoodsLines} goods lines`),
    containers: z
      .array(containerNumberSchema)
      .max(freightLimits.maxContainers, `at most ${freightLimits.maxContainers} containers`)
      .default([]),
    /** The carrier's account for each leg of the chosen route, by leg sequence (1-based). */
    legCarriers: z
      .array(z.object({ sequence: z.number().int().min(1), carrierUserId: z.uuid('must be a carrier account id') }))
      .min(1, 'name a carrier for each leg'),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.containers.forEach((container, index) => {
      if (seen.has(container)) {
        context.addIssue({ code: 'custom', path: ['containers', index], message: `${container} is listed twice` });
      }
      seen.add(container);
    });
    const sequences = input.legCarriers.map((leg) => leg.sequence);
    if (new Set(sequences).size !== sequences.length) {
      context.addIssue({
        code: 'custom',
        path: ['legCarriers'],
        message: 'one carrier per leg: a leg is listed twice',
      });
    }
  });
export type BookingInput = z.infer<typeof bookingInputSchema>;

export const partySchema = z.object({
  name: z.string(),
  address: z.string(),
  countryCode: z.string(),
  /** Null when there is none or the viewer (a carrier) has no need to see it. */
  contact: z.string().nullable(),
});

const trilingualSchema = z.object({ zh: z.string(), ru: z.string(), en: z.string() });
const nodeRefSchema = z.object({ id: z.string(), name: trilingualSchema, countryCode: z.string() });

export const shipmentLegSchema = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  mode: z.enum(transportModes),
  from: nodeRefSchema,
  to: nodeRefSchema,
  viaNodeIds: z.array(z.string()),
  distanceKm: z.number(),
  gauge: z.string().nullable(),
  regimes: z.array(z.enum(legalRegimes)),
  carrier: z.object({ id: z.uuid(), name: z.string() }),
  status: z.enum(legStatuses),
  plannedDeparture: z.iso.datetime(),
  plannedArrival: z.iso.datetime(),
});

export const shipmentCargoSchema = z.object({
  kind: z.enum(cargoKinds),
  unit: z.enum(cargoUnits),
  quantity: z.number(),
  grossTonnes: z.number(),
  unNumber: z.string().nullable(),
  hazardClass: z.string().nullable(),
  temperatureC: z.number().nullable(),
});

export const shipmentListItemSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(shipmentStatuses),
    demo: z.boolean(),
    origin: nodeRefSchema,
    destination: nodeRefSchema,
    shipperName: z.string(),
    consigneeName: z.string(),
    cargo: shipmentCargoSchema,
    plannedDeparture: z.iso.datetime(),
    plannedArrival: z.iso.datetime(),
    estimatedArrival: z.iso.datetime(),
    legCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'FreightShipmentListItem' });
export type ShipmentListItem = z.infer<typeof shipmentListItemSchema>;

export const shipmentDetailSchema = shipmentListItemSchema
  .extend({
    bookedBy: z.object({ id: z.uuid(), name: z.string() }),
    shipperAccount: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    parties: z.object({
      shipper: partySchema,
      consignee: partySchema,
      forwarder: partySchema.nullable(),
      notifyParty: partySchema.nullable(),
    }),
    goods: z.array(
      z.object({
        hsCode: z.string(),
        description: z.string(),
        grossKg: z.number(),
        packages: z.number(),
        packageKind: z.string(),
      }),
    ),
    containers: z.array(z.string()),
    legs: z.array(shipmentLegSchema),
    documents: z.array(documentSummarySchema),
    route: z.object({
      id: z.string(),
      totals: z.object({
        hours: z.number(),
        costUsd: z.number(),
        co2eWtwKg: z.number(),
        co2eTtwKg: z.number(),
        distanceKm: z.number(),
      }),
      gaugeChanges: z.number().int(),
      countries: z.array(z.string()),
      regimes: z.array(z.enum(legalRegimes)),
      estimatedDistanceShare: z.number(),
    }),
    estimateUpdatedAt: z.iso.datetime(),
  })
  .meta({ id: 'FreightShipment' });
export type ShipmentDetail = z.infer<typeof shipmentDetailSchema>;

/** What the viewer may do with the shipment, sent beside the detail. */
export const shipmentViewerSchema = z.object({
  manages: z.boolean(),
  carriesLegIds: z.array(z.uuid()),
});

export const shipmentResponseSchema = shipmentDetailSchema.extend({ viewer: shipmentViewerSchema });

export const shipmentListQuerySchema = z.object({
  status: z.enum(shipmentStatuses).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const carrierAccountSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'FreightCarrierAccount' });
