import { z } from 'zod';
import { memberCountryCodes } from '../../../core/src/countries.ts';
import { currencyCodeSchema } from '../exchange-rates/contracts.ts';
import { isicDivisions, isicSections } from '../reference/isic.ts';
import { userTextInputSchema, userTextSchema } from '../user-text.ts';
import {
  environmentalCategories,
  financingInstruments,
  projectStages,
  projectStatuses,
  sdgNumbers,
} from '../vocabulary.ts';
import { isLanguageCode, isRegionCodeOf, regionCodePattern } from './project-validation.ts';

const memberCountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => memberCountryCodes.includes(code), {
    message: `must be an SCO member state: ${memberCountryCodes.join(', ')}`,
  });

const isicDivisionSchema = z
  .string()
  .trim()
  .refine((code) => isicDivisions.includes(code), { message: 'must be an ISIC Rev.4 division (two digits, e.g. 27)' });

/** A bound far above any real project, so that amounts stay exact in the numeric(20,2) columns. */
const maxAmount = 1e15;

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const listingContactInputSchema = z.object({
  name: z.string().trim().min(1, 'name the contact person').max(200),
  email: z.email('must be an e-mail address').max(320),
  phone: z
    .string()
    .trim()
    .max(50)
    .nullish()
    .transform((value) => value || null),
  organisation: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((value) => value || null),
});

/** A project as its owner writes it; the same body creates and edits. */
export const projectInputSchema = z
  .object({
    title: userTextInputSchema('title', 200),
    summary: userTextInputSchema('summary', 5000),
    sponsorName: z.string().trim().min(1, 'name the sponsor').max(200),
    countryCode: memberCountrySchema,
    regionCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(regionCodePattern, 'must be an ISO 3166-2 subdivision code, e.g. KZ-ALA')
      .nullish()
      .transform((value) => value ?? null),
    regionName: z
      .string()
      .trim()
      .max(200)
      .nullish()
      .transform((value) => value || null),
    latitude: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90').nullish(),
    longitude: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180').nullish(),
    isicDivision: isicDivisionSchema,
    stage: z.enum(projectStages),
    capitalCost: z.number().positive('must be greater than 0').max(maxAmount),
    currency: currencyCodeSchema,
    financingInstruments: z
      .array(z.enum(financingInstruments))
      .min(1, 'choose at least one financing instrument')
      .refine(distinct, { message: 'each instrument once' }),
    financingAmount: z.number().min(0, 'must not be negative').max(maxAmount).nullish(),
    jobs: z.number().int().min(0, 'must not be negative').max(10_000_000).nullish(),
    environmentalCategory: z.enum(environmentalCategories).nullish(),
    sdgs: z
      .array(z.number().int().min(1, 'SDGs are numbered 1 to 17').max(sdgNumbers.length, 'SDGs are numbered 1 to 17'))
      .max(sdgNumbers.length)
      .refine(distinct, { message: 'each SDG once' })
      .default([]),
    contact: listingContactInputSchema,
    languages: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .refine(isLanguageCode, { message: 'must be an ISO 639-1 language code, e.g. ru' }),
      )
      .max(20)
      .refine(distinct, { message: 'each language once' })
      .default([]),
    keywords: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    initiativeIds: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    documentIds: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  })
  .superRefine((input, context) => {
    if (input.regionCode && !isRegionCodeOf({ regionCode: input.regionCode, countryCode: input.countryCode })) {
      context.addIssue({
        code: 'custom',
        path: ['regionCode'],
        message: `must be a subdivision of ${input.countryCode} (start with ${input.countryCode}-)`,
      });
    }
    if ((input.latitude == null) !== (input.longitude == null)) {
      context.addIssue({
        code: 'custom',
        path: [input.latitude == null ? 'latitude' : 'longitude'],
        message: 'give both latitude and longitude, or neither',
      });
    }
    if (input.financingAmount != null && input.financingAmount > input.capitalCost) {
      context.addIssue({
        code: 'custom',
        path: ['financingAmount'],
        message: 'must not exceed the capital cost',
      });
    }
  });
export type ProjectInput = z.infer<typeof projectInputSchema>;

/** Create (or edit) and, with `submit`, send to moderation in the same step. */
export const projectWriteQuerySchema = z.object({
  submit: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ description: 'true: submit for moderation in the same step' }),
});

export const projectReturnInputSchema = z.object({
  reason: z.string().trim().min(1, 'say what the owner should change').max(2000),
});

export const projectParamsSchema = z.object({ id: z.uuid('must be a project id (UUID)') });

const yesNo = z.enum(['yes', 'no']);

export const projectListQuerySchema = z.object({
  text: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Words of the title, summary or keywords, any language' }),
  country: z.string().trim().toUpperCase().length(2).optional(),
  region: z.string().trim().toUpperCase().max(10).optional(),
  section: z.enum(isicSections as [string, ...string[]]).optional(),
  division: isicDivisionSchema.optional(),
  stage: z.enum(projectStages).optional(),
  instrument: z.enum(financingInstruments).optional(),
  minUsd: z.coerce.number().min(0).optional(),
  maxUsd: z.coerce.number().min(0).optional(),
  sdg: z.coerce.number().int().min(1).max(17).optional(),
  environmentalCategory: z.enum(environmentalCategories).optional(),
  initiative: z.string().trim().min(1).max(100).optional(),
  status: z.enum(projectStatuses).optional(),
  demo: yesNo.optional().meta({ description: 'yes: only demo projects; no: only real ones' }),
  mine: yesNo.optional().meta({ description: "yes: only the signed-in user's own projects" }),
  sort: z.enum(['newest', 'cost']).default('newest'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

export const moderationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const usdFigureSchema = z
  .object({
    capitalCost: z.number().nullable(),
    financingAmount: z.number().nullable(),
    /** The day of the rate used; null while no rate on or before the project's date is recorded. */
    rateDate: z.string().nullable(),
    unitsPerUsd: z.number().nullable(),
    source: z.string().nullable(),
    /** The rate used is a demonstration rate, not a published one. */
    demoRate: z.boolean(),
    /** Why there is no USD figure, when there is none. */
    note: z.enum(['no rate recorded']).nullable(),
  })
  .meta({ id: 'ProjectUsdFigure' });

export const projectContactSchema = z
  .object({ name: z.string(), email: z.string(), phone: z.string().nullable(), organisation: z.string().nullable() })
  .meta({ id: 'ListingContact' });

export const projectPermissionsSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  moderate: z.boolean(),
  renew: z.boolean(),
  withdraw: z.boolean(),
  manageDocuments: z.boolean(),
});

export const projectSummarySchema = z
  .object({
    id: z.uuid(),
    ownerUserId: z.uuid(),
    title: userTextSchema,
    summary: userTextSchema,
    sponsorName: z.string(),
    countryCode: z.string(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    isicDivision: z.string(),
    isicSection: z.string(),
    stage: z.enum(projectStages),
    capitalCost: z.number(),
    currency: z.string(),
    financingInstruments: z.array(z.enum(financingInstruments)),
    financingAmount: z.number().nullable(),
    usd: usdFigureSchema,
    jobs: z.number().int().nullable(),
    environmentalCategory: z.enum(environmentalCategories).nullable(),
    sdgs: z.array(z.number().int()),
    languages: z.array(z.string()),
    keywords: z.array(z.string()),
    initiativeIds: z.array(z.string()),
    documentIds: z.array(z.string()),
    status: z.enum(projectStatuses),
    /** Shown to the owner and moderators only. */
    returnReason: z.string().nullable(),
    submittedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    lastActivityAt: z.string(),
    updatedAt: z.string(),
    /** Published and without activity for longer than the platform's stale period. */
    stale: z.boolean(),
    demo: z.boolean(),
    permissions: projectPermissionsSchema,
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectDocumentSchema = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'ProjectDocument' });
export type ProjectDocument = z.infer<typeof projectDocumentSchema>;

export const projectStatusChangeSchema = z.object({
  fromStatus: z.enum(projectStatuses).nullable(),
  toStatus: z.enum(projectStatuses),
  reason: z.string().nullable(),
  at: z.string(),
});

export const projectDetailSchema = projectSummarySchema
  .extend({
    /** Only for the owner, the Secretariat, the country's focal point and a counterpart both sides agreed with. */
    contact: projectContactSchema.nullable(),
    /** The moderation history, for the owner and moderators; null for everyone else. */
    statusHistory: z.array(projectStatusChangeSchema).nullable(),
    documents: z.array(projectDocumentSchema),
  })
  .meta({ id: 'ProjectDetail' });
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const projectListSchema = z.object({ items: z.array(projectSummarySchema), total: z.number().int() });
export const projectDocumentListSchema = z.object({ items: z.array(projectDocumentSchema) });

export const documentParamsSchema = z.object({
  id: z.uuid('must be a project id (UUID)'),
  documentId: z.uuid('must be a document id (UUID)'),
});

export const documentUploadQuerySchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1, 'name the file')
    .max(200)
    .refine((name) => !/[/\\\p{Cc}]/u.test(name), { message: 'must be a plain file name' }),
});
