import { z } from 'zod';
import { localizedTextSchema } from '../../../core/src/localized-text.ts';
import {
  countryCodeSchema,
  incentiveSchema,
  isoDateSchema,
  isRegionOf,
  localizedInputSchema,
  recordIdSchema,
  regionCodeSchema,
  sectorCodeSchema,
  storableTextSchema,
} from '../incentives/contracts.ts';
import { isicDivisions } from '../reference/isic.ts';
import { parkKinds } from '../vocabulary.ts';

const divisionSchema = z
  .string()
  .trim()
  .refine((code) => isicDivisions.includes(code), { message: 'must be an ISIC Rev.4 division number' });

const contactSchema = z.object({
  name: storableTextSchema(200).min(1),
  email: z.email('must be an e-mail address').max(254),
  phone: storableTextSchema(50).nullable().default(null),
  organisation: storableTextSchema(300).nullable().default(null),
});

const parkFields = {
  name: localizedInputSchema('name', 300),
  kind: z.enum(parkKinds),
  countryCode: countryCodeSchema,
  regionCode: regionCodeSchema.nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  description: localizedInputSchema('description', 4000),
  specialisations: z.array(divisionSchema).max(99).default([]),
  establishedYear: z.number().int().min(1900).max(2100).nullable().default(null),
  // Bounded by the columns: numeric(12, 2) and a 32-bit integer.
  areaHectares: z.number().positive().max(9_999_999_999).nullable().default(null),
  residentCount: z.number().int().min(0).max(2_147_483_647).nullable().default(null),
  residents: z
    .array(z.object({ name: storableTextSchema(300).min(1), sector: sectorCodeSchema.nullable().default(null) }))
    .max(1000)
    .default([]),
  website: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .nullable()
    .default(null),
  contact: contactSchema.nullable().default(null),
  sourceUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .nullable()
    .default(null),
  sourceTitle: storableTextSchema(500).min(1).nullable().default(null),
  retrievedOn: isoDateSchema.nullable().default(null),
  demo: z.boolean().default(false),
};

interface ParkFieldsShape {
  countryCode: string;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
  retrievedOn: string | null;
  demo: boolean;
}

function checkParkFields(value: ParkFieldsShape, context: z.RefinementCtx) {
  if (value.regionCode && !isRegionOf(value.regionCode, value.countryCode)) {
    context.addIssue({ code: 'custom', path: ['regionCode'], message: `must be a region of ${value.countryCode}` });
  }
  if ((value.latitude === null) !== (value.longitude === null)) {
    context.addIssue({ code: 'custom', path: ['longitude'], message: 'give both latitude and longitude, or neither' });
  }
  if (!value.demo && (!value.sourceUrl || !value.sourceTitle || !value.retrievedOn)) {
    context.addIssue({
      code: 'custom',
      path: ['sourceUrl'],
      message: 'a real (non-demo) record needs sourceUrl, sourceTitle and retrievedOn',
    });
  }
}

export const parkInputSchema = z
  .object({ id: recordIdSchema, ...parkFields })
  .strict()
  .superRefine(checkParkFields);
export type ParkInput = z.output<typeof parkInputSchema>;

export const parkUpdateSchema = z.object(parkFields).strict().superRefine(checkParkFields);
export type ParkUpdate = z.output<typeof parkUpdateSchema>;

export const parkParamsSchema = z.object({ id: recordIdSchema });

export const parkListQuerySchema = z.object({
  country: countryCodeSchema.optional(),
  kind: z.enum(parkKinds).optional(),
  /** Parks specialised in this ISIC division, or in any division of this section. */
  specialisation: sectorCodeSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ParkListQuery = z.infer<typeof parkListQuerySchema>;

export const parkSchema = z
  .object({
    id: z.string(),
    name: localizedTextSchema,
    kind: z.enum(parkKinds),
    countryCode: z.string(),
    regionCode: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    description: localizedTextSchema,
    specialisations: z.array(z.string()),
    establishedYear: z.number().int().nullable(),
    areaHectares: z.number().nullable(),
    residentCount: z.number().int().nullable(),
    website: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    sourceTitle: z.string().nullable(),
    retrievedOn: z.string().nullable(),
    demo: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Park' });
export type PresentedPark = z.infer<typeof parkSchema>;

export const parkListSchema = z.object({ items: z.array(parkSchema), total: z.number().int() });

export const parkDetailSchema = parkSchema
  .extend({
    residents: z.array(z.object({ name: z.string(), sector: z.string().nullable() })),
    /** The park's institutional contact (an administration's address), public by nature. */
    contact: z
      .object({
        name: z.string(),
        email: z.string(),
        phone: z.string().nullable(),
        organisation: z.string().nullable(),
      })
      .nullable(),
    /** Incentives in force that name this park, apply in its region, or apply in the whole country. */
    incentives: z.array(incentiveSchema),
  })
  .meta({ id: 'ParkDetail' });
export type ParkDetail = z.infer<typeof parkDetailSchema>;
