import { z } from 'zod';
import { gauges, linkStatuses, nodeKinds, transportModes } from '../vocabulary.ts';

/** Free text as stored: trimmed, bounded, and without the NUL character PostgreSQL text cannot hold. */
const storableText = (maxLength: number) =>
  z
    .string()
    .trim()
    .max(maxLength)
    .refine((text) => !text.includes('\u0000'), { message: 'must not contain the NUL character' });

export const nodeIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9_]+$/, { message: 'must be a node id (lowercase letters, digits and _)' });

export const linkIdSchema = z.uuid({ message: 'must be a link id (UUID)' });

/** A node's gauge: one of the gauges, or two joined by `/` at a break-of-gauge station. */
export const gaugeSchema = z
  .string()
  .trim()
  .refine(
    (value) => {
      const parts = value.split('/');
      return (
        parts.length <= 2 &&
        new Set(parts).size === parts.length &&
        parts.every((part) => (gauges as readonly string[]).includes(part))
      );
    },
    { message: `must be one of ${gauges.join(', ')}, or two of them joined by "/"` },
  );

export const trilingualNameSchema = z.object({ zh: z.string(), ru: z.string(), en: z.string() });

export const sourcedFactSchema = z.object({
  text: storableText(1000).min(1, { message: 'a fact needs its text' }),
  source: storableText(2000).min(1, { message: 'a fact needs its source' }),
});

// ---------------------------------------------------------------------------------------------------------------
// Presented shapes

/** Who last changed a record; null while it is as the dataset loaded it. */
const editorSchema = z.object({ id: z.string(), label: z.string() }).nullable();

export const nodeSummarySchema = z.object({
  id: z.string(),
  name: trilingualNameSchema,
  countryCode: z.string(),
  kind: z.enum(nodeKinds),
  latitude: z.number(),
  longitude: z.number(),
  coordinatesApproximate: z.boolean(),
});
export type PresentedNodeSummary = z.infer<typeof nodeSummarySchema>;

export const presentedNodeSchema = nodeSummarySchema.extend({
  coordinatesNote: z.string().nullable(),
  gauge: z.string().nullable(),
  borderOf: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  facts: z.array(z.object({ text: z.string(), source: z.string(), sourceUrl: z.string().nullable() })),
  /** Where the node's data comes from. */
  source: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** False while the record is as the dataset loaded it. */
  editedByStaff: z.boolean(),
  updatedBy: editorSchema,
});
export type PresentedNode = z.infer<typeof presentedNodeSchema>;

export const presentedLinkSchema = z.object({
  id: z.string(),
  from: nodeSummarySchema,
  to: nodeSummarySchema,
  mode: z.enum(transportModes),
  distanceKm: z.number(),
  /** True when the distance is an estimate (great-circle × detour factor), false when a source gives it. */
  distanceEstimated: z.boolean(),
  greatCircleKm: z.number().nullable(),
  /** A URL, or how the estimate was made. */
  distanceSource: z.string(),
  /** The first http(s) address in `distanceSource`, for a link. */
  distanceSourceUrl: z.string().nullable(),
  transitHours: z.number().nullable(),
  gauge: z.string().nullable(),
  gaugeChange: z.boolean(),
  status: z.enum(linkStatuses),
  dwellHoursMin: z.number().nullable(),
  dwellHoursMax: z.number().nullable(),
  dwellSource: z.string().nullable(),
  dwellSourceUrl: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  editedByStaff: z.boolean(),
  updatedBy: editorSchema,
});
export type PresentedLink = z.infer<typeof presentedLinkSchema>;

export const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const presentedRevisionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  /** Null for the record as the dataset first loaded it. */
  changes: z.array(fieldChangeSchema),
  created: z.boolean(),
  reason: z.string(),
  changedBy: editorSchema,
  changedAt: z.string(),
});
export type PresentedRevision = z.infer<typeof presentedRevisionSchema>;

export const presentedServiceSchema = z.object({
  id: z.string(),
  name: trilingualNameSchema,
  /** The languages of `name` that are our own translations, not a published name. */
  unofficialNameLanguages: z.array(z.enum(['zh', 'ru', 'en'])),
  via: z.array(nodeSummarySchema),
  /** As published: a figure or a range, kept as text; null when the source gives none. */
  distanceKm: z.string().nullable(),
  transitDays: z.string().nullable(),
  source: z.string(),
  sourceUrls: z.array(z.string()),
  note: z.string().nullable(),
  planned: z.boolean(),
});
export type PresentedService = z.infer<typeof presentedServiceSchema>;

export const nodeDetailSchema = z.object({
  node: presentedNodeSchema,
  links: z.array(presentedLinkSchema),
  /** The station(s) across the border from this one, joined to it by a link. */
  borderPair: z.array(nodeSummarySchema),
  services: z.array(presentedServiceSchema),
  revisions: z.array(presentedRevisionSchema),
});
export type NodeDetail = z.infer<typeof nodeDetailSchema>;

export const linkDetailSchema = z.object({
  link: presentedLinkSchema,
  revisions: z.array(presentedRevisionSchema),
});
export type LinkDetail = z.infer<typeof linkDetailSchema>;

export const nodeListSchema = z.object({ items: z.array(presentedNodeSchema), total: z.number().int() });
export const linkListSchema = z.object({ items: z.array(presentedLinkSchema), total: z.number().int() });
export const serviceListSchema = z.object({ items: z.array(presentedServiceSchema), total: z.number().int() });

/** The whole network in a compact form for maps: nodes with positions, links with their ends and provenance. */
export const networkMapSchema = z.object({
  nodes: z.array(nodeSummarySchema.extend({ gauge: z.string().nullable() })),
  links: z.array(
    z.object({
      id: z.string(),
      fromNodeId: z.string(),
      toNodeId: z.string(),
      mode: z.enum(transportModes),
      status: z.enum(linkStatuses),
      distanceKm: z.number(),
      distanceEstimated: z.boolean(),
      gaugeChange: z.boolean(),
    }),
  ),
  counts: z.object({
    nodes: z.number().int(),
    links: z.number().int(),
    estimatedDistances: z.number().int(),
    sourcedDistances: z.number().int(),
    approximateCoordinates: z.number().int(),
    services: z.number().int(),
  }),
});
export type NetworkMap = z.infer<typeof networkMapSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Queries and inputs

const yesNo = z.enum(['true', 'false']).transform((value) => value === 'true');

export const nodeListQuerySchema = z.object({
  kind: z.enum(nodeKinds).optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code' })
    .transform((code) => code.toUpperCase())
    .optional(),
  /** Matches the id or the name in any of the three languages. */
  q: storableText(100).optional(),
});
export type NodeListQuery = z.infer<typeof nodeListQuerySchema>;

export const linkListQuerySchema = z.object({
  mode: z.enum(transportModes).optional(),
  status: z.enum(linkStatuses).optional(),
  estimated: yesNo.optional(),
  /** Links with this node at either end. */
  node: nodeIdSchema.optional(),
});
export type LinkListQuery = z.infer<typeof linkListQuerySchema>;

export const nodeParamsSchema = z.object({ id: nodeIdSchema });
export const linkParamsSchema = z.object({ id: linkIdSchema });

const reasonSchema = storableText(1000).min(3, { message: 'say why the change is made (at least 3 characters)' });
const expectedVersionSchema = z.number().int().min(1);

/** The editable fields of a node; every field is optional, only those given change. */
export const nodeUpdateSchema = z
  .object({
    version: expectedVersionSchema,
    reason: reasonSchema,
    name: z
      .object({
        zh: storableText(200).min(1),
        ru: storableText(200).min(1),
        en: storableText(200).min(1),
      })
      .optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    coordinatesApproximate: z.boolean().optional(),
    coordinatesNote: storableText(500).nullable().optional(),
    kind: z.enum(nodeKinds).optional(),
    gauge: gaugeSchema.nullable().optional(),
    note: storableText(2000).nullable().optional(),
    facts: z.array(sourcedFactSchema).max(50).optional(),
  })
  .strict();
export type NodeUpdateInput = z.infer<typeof nodeUpdateSchema>;

const distanceSchema = z.number().positive({ message: 'must be a positive number of kilometres' }).max(30_000);
const hoursSchema = z.number().min(0, { message: 'must not be negative' }).max(10_000);

const linkEditableFields = {
  distanceKm: distanceSchema,
  /** A URL when the distance is sourced (it clears the estimated flag), or how the estimate was made. */
  distanceSource: storableText(2000).min(1),
  transitHours: hoursSchema.nullable(),
  status: z.enum(linkStatuses),
  dwellHoursMin: hoursSchema.nullable(),
  dwellHoursMax: hoursSchema.nullable(),
  dwellSource: storableText(2000).nullable(),
  note: storableText(2000).nullable(),
};

export const linkUpdateSchema = z
  .object({
    version: expectedVersionSchema,
    reason: reasonSchema,
    distanceKm: linkEditableFields.distanceKm.optional(),
    distanceSource: linkEditableFields.distanceSource.optional(),
    transitHours: linkEditableFields.transitHours.optional(),
    status: linkEditableFields.status.optional(),
    dwellHoursMin: linkEditableFields.dwellHoursMin.optional(),
    dwellHoursMax: linkEditableFields.dwellHoursMax.optional(),
    dwellSource: linkEditableFields.dwellSource.optional(),
    note: linkEditableFields.note.optional(),
  })
  .strict();
export type LinkUpdateInput = z.infer<typeof linkUpdateSchema>;

export const linkCreateSchema = z
  .object({
    reason: reasonSchema,
    fromNodeId: nodeIdSchema,
    toNodeId: nodeIdSchema,
    mode: z.enum(transportModes),
    distanceKm: linkEditableFields.distanceKm,
    distanceSource: linkEditableFields.distanceSource,
    transitHours: linkEditableFields.transitHours.default(null),
    gauge: gaugeSchema.nullable().default(null),
    gaugeChange: z.boolean().default(false),
    status: linkEditableFields.status,
    dwellHoursMin: linkEditableFields.dwellHoursMin.default(null),
    dwellHoursMax: linkEditableFields.dwellHoursMax.default(null),
    dwellSource: linkEditableFields.dwellSource.default(null),
    note: linkEditableFields.note.default(null),
  })
  .strict();
export type LinkCreateInput = z.infer<typeof linkCreateSchema>;
