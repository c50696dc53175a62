import { z } from 'zod';
import { documentDetailSchema, documentSummarySchema, documentVerificationSchema } from '../documents/contracts.ts';
import { shipmentDetailSchema, shipmentLegSchema } from '../shipments/contracts.ts';
import { authorityAccessKinds, freightLimits, legalRegimes } from '../vocabulary.ts';

const authorityLinkStates = ['active', 'expired', 'revoked'] as const;

export const shipmentParamsSchema = z.object({ id: z.uuid({ message: 'must be a shipment id (UUID)' }) });

export const authorityLinkParamsSchema = shipmentParamsSchema.extend({
  linkId: z.uuid({ message: 'must be a link id (UUID)' }),
});

/**
 * The token as it arrives in the path. Its form is checked in the domain, not here, so that a malformed token gets
 * the same 404 as an unknown, expired or revoked one.
 */
export const inspectParamsSchema = z.object({ token: z.string() });

export const inspectDocumentParamsSchema = inspectParamsSchema.extend({
  documentId: z.uuid({ message: 'must be a document id (UUID)' }),
});

export const createAuthorityLinkInputSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, { message: 'say who the link is for, e.g. "Customs, Dostyk"' })
    .max(200)
    .refine((text) => !text.includes('\u0000'), { message: 'must not contain the NUL character' }),
  expiresInDays: z
    .number()
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be at least 1 day' })
    .max(90, { message: 'must be at most 90 days' })
    .default(freightLimits.authorityLinkDays),
});
export type CreateAuthorityLinkInput = z.output<typeof createAuthorityLinkInputSchema>;

/** A link as the booking party sees it: never the token, which is shown once when the link is made. */
export const authorityLinkSchema = z
  .object({
    id: z.uuid(),
    shipmentId: z.uuid(),
    label: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    state: z.enum(authorityLinkStates),
    accessCount: z.number().int(),
    lastAccessAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'FreightAuthorityLink' });
export type AuthorityLink = z.infer<typeof authorityLinkSchema>;

export const authorityLinkListSchema = z.object({ items: z.array(authorityLinkSchema) });

/** The answer to making a link: the only time its URL (with the token) and QR code are given out. */
export const createdAuthorityLinkSchema = z
  .object({
    link: authorityLinkSchema,
    /** `/freight/inspect/<token>`, the page path in the web app. */
    path: z.string(),
    /** The absolute address, as the QR code carries it. */
    url: z.string(),
    /** The QR code of `url`, an SVG image as a data URL. */
    qrCodeDataUrl: z.string(),
  })
  .meta({ id: 'FreightAuthorityLinkCreated' });
export type CreatedAuthorityLink = z.infer<typeof createdAuthorityLinkSchema>;

export const authorityAccessQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type AuthorityAccessQuery = z.output<typeof authorityAccessQuerySchema>;

export const authorityAccessSchema = z
  .object({
    id: z.uuid(),
    linkId: z.uuid(),
    linkLabel: z.string(),
    kind: z.enum(authorityAccessKinds),
    documentId: z.uuid().nullable(),
    documentNumber: z.string().nullable(),
    accessedAt: z.iso.datetime(),
    /** Keyed hash of the client's address: equal hashes are the same address; the address itself is not kept. */
    clientHash: z.string(),
    userAgent: z.string().nullable(),
  })
  .meta({ id: 'FreightAuthorityAccess' });

export const authorityAccessListSchema = z.object({ total: z.number().int(), items: z.array(authorityAccessSchema) });
export type AuthorityAccessList = z.infer<typeof authorityAccessListSchema>;

/** What the link says about itself to whoever opens it. */
const inspectedLinkSchema = z.object({ label: z.string(), expiresAt: z.iso.datetime() });

/** A document as an authority sees it: its fields, its versions, its signatures; nothing the owner may do with it. */
export const inspectedDocumentSchema = documentDetailSchema
  .omit({ can: true })
  .meta({ id: 'FreightInspectedDocument' });
export type InspectedDocument = z.infer<typeof inspectedDocumentSchema>;

export const inspectedVerificationSchema = documentVerificationSchema;

const nodeRefSchema = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
  countryCode: z.string(),
});

/** One leg as the authority sees it: who carries it, where, on which gauge, through which border points. */
const inspectedLegSchema = shipmentLegSchema.omit({ carrier: true, viaNodeIds: true }).extend({
  carrierName: z.string(),
  /** Border stations the leg passes or ends at, in order. */
  borderPoints: z.array(nodeRefSchema),
});

/**
 * The shipment as the documents describe it, for customs and border authorities: parties as written on the
 * documents, goods with HS codes, containers, dangerous-goods numbers, the legs. No platform accounts, no costs.
 */
export const inspectedShipmentSchema = shipmentDetailSchema
  .pick({
    reference: true,
    status: true,
    demo: true,
    origin: true,
    destination: true,
    parties: true,
    cargo: true,
    goods: true,
    containers: true,
    plannedDeparture: true,
    plannedArrival: true,
    estimatedArrival: true,
  })
  .extend({
    legs: z.array(inspectedLegSchema),
    route: z.object({
      gaugeChanges: z.number().int(),
      countries: z.array(z.string()),
      regimes: z.array(z.enum(legalRegimes)),
    }),
  })
  .meta({ id: 'FreightInspectedShipment' });
export type InspectedShipment = z.infer<typeof inspectedShipmentSchema>;

/** What an authority link opens: the shipment and its issued documents (signed, and superseded ones as such). */
export const inspectionSchema = z
  .object({
    link: inspectedLinkSchema,
    shipment: inspectedShipmentSchema,
    documents: z.array(documentSummarySchema),
  })
  .meta({ id: 'FreightInspection' });
export type Inspection = z.infer<typeof inspectionSchema>;
