import { z } from 'zod';
import { isCountryCode } from '../../../core/src/countries.ts';
import { type Language, type LocalizedText, languages, localizedTextSchema } from '../../../core/src/localized-text.ts';
import { isCurrencyCode } from '../reference/currencies.ts';
import { isIsicSector } from '../reference/isic.ts';
import { incentiveKinds, projectStages } from '../vocabulary.ts';
import { checkOutcomes, eligibilityConditions, eligibilityVerdicts } from './evaluate-incentives.ts';

export const isoDateSchema = z.iso.date('must be a date, YYYY-MM-DD');

/** ISO 3166-1 alpha-2 code of a state the platform knows. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { message: 'must be the ISO 3166-1 code of a known country' });

/** ISO 3166-2 subdivision, e.g. KZ-ALA, CN-HI. */
export const regionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code such as CN-HI');

export const sectorCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isIsicSector, { message: 'must be an ISIC Rev.4 section letter or division number' });

export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code' });

export const recordIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{2,79}$/, 'must be 3–80 lower-case letters, digits and hyphens');

/** Trimmed text up to `maxLength`; PostgreSQL cannot store the NUL character in text or jsonb, so it is refused. */
export const storableTextSchema = (maxLength: number) =>
  z
    .string()
    .trim()
    .max(maxLength)
    .refine((text) => !text.includes('\u0000'), { message: 'must not contain the NUL character' });

/**
 * Text the Secretariat enters in one or more of zh, ru, en. `official` names the language whose wording is the
 * state's own (e.g. the official name of a law); the others are stored as unofficial translations.
 */
export const localizedInputSchema = (what: string, maxLength: number) =>
  z
    .object({
      zh: storableTextSchema(maxLength).optional(),
      ru: storableTextSchema(maxLength).optional(),
      en: storableTextSchema(maxLength).optional(),
      official: z.enum(languages).optional(),
    })
    .refine((value) => languages.some((language) => (value[language] ?? '').length > 0), {
      message: `${what} needs a text in at least one of zh, ru, en.`,
    })
    .refine((value) => !value.official || (value[value.official] ?? '').length > 0, {
      message: `${what}: the official language must have a text.`,
    })
    .transform((value) => toLocalizedText(value));

function toLocalizedText(value: Partial<Record<Language, string>> & { official?: Language }): LocalizedText {
  const result: LocalizedText = {};
  for (const language of languages) {
    const text = value[language];
    if (text) {
      result[language] = {
        text,
        provenance: language === value.official ? 'official' : 'unofficial_translation',
      };
    }
  }
  return result;
}

export const eligibilityInputSchema = z
  .object({
    sectors: z.array(sectorCodeSchema).max(100).optional(),
    excludedSectors: z.array(sectorCodeSchema).max(100).optional(),
    regions: z.array(regionCodeSchema).max(200).optional(),
    parkIds: z.array(recordIdSchema).max(100).optional(),
    minInvestment: z
      .object({ amount: z.number().positive('must be above zero'), currency: currencyCodeSchema })
      .optional(),
    minJobs: z.number().int().min(1).optional(),
    stages: z.array(z.enum(projectStages)).optional(),
    otherConditions: localizedInputSchema('otherConditions', 4000).optional(),
  })
  .strict();

const incentiveFields = {
  countryCode: countryCodeSchema,
  kind: z.enum(incentiveKinds),
  title: localizedInputSchema('title', 300),
  benefit: localizedInputSchema('benefit', 4000),
  eligibility: eligibilityInputSchema,
  validFrom: isoDateSchema.nullable().default(null),
  validTo: isoDateSchema.nullable().default(null),
  legalBasis: localizedInputSchema('legalBasis', 1000),
  sourceUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .nullable()
    .default(null),
  sourceTitle: storableTextSchema(500).min(1).nullable().default(null),
  retrievedOn: isoDateSchema.nullable().default(null),
  demo: z.boolean().default(false),
};

type IncentiveFieldsShape = {
  countryCode: string;
  eligibility: { regions?: string[] };
  validFrom: string | null;
  validTo: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
  retrievedOn: string | null;
  demo: boolean;
};

/** ISO 3166-2 codes begin with their country's code: CN-HI lies in CN. */
export const isRegionOf = (regionCode: string, countryCode: string): boolean =>
  regionCode.startsWith(`${countryCode}-`);

/** Dates in order; regions inside the country; a record presented as real names its source and when it was read. */
function checkIncentiveFields(value: IncentiveFieldsShape, context: z.RefinementCtx) {
  const foreignRegions = (value.eligibility.regions ?? []).filter((region) => !isRegionOf(region, value.countryCode));
  if (foreignRegions.length > 0) {
    context.addIssue({
      code: 'custom',
      path: ['eligibility', 'regions'],
      message: `${foreignRegions.join(', ')} not in ${value.countryCode}`,
    });
  }
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    context.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo must not be before validFrom' });
  }
  if (!value.demo && (!value.sourceUrl || !value.sourceTitle || !value.retrievedOn)) {
    context.addIssue({
      code: 'custom',
      path: ['sourceUrl'],
      message: 'a real (non-demo) record needs sourceUrl, sourceTitle and retrievedOn',
    });
  }
}

export const incentiveInputSchema = z
  .object({ id: recordIdSchema, ...incentiveFields })
  .strict()
  .superRefine(checkIncentiveFields);
export type IncentiveInput = z.output<typeof incentiveInputSchema>;

/** A full replacement of an incentive's fields (its id stays). */
export const incentiveUpdateSchema = z.object(incentiveFields).strict().superRefine(checkIncentiveFields);
export type IncentiveUpdate = z.output<typeof incentiveUpdateSchema>;

export const incentiveRetireSchema = z
  .object({
    /** The last day it applies; today when absent. */
    validTo: isoDateSchema.optional(),
  })
  .strict();

export const incentiveParamsSchema = z.object({ id: recordIdSchema });

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const incentiveListQuerySchema = z.object({
  country: countryCodeSchema.optional(),
  kind: z.enum(incentiveKinds).optional(),
  /** Incentives open to this ISIC section or division (including those for any sector). */
  sector: sectorCodeSchema.optional(),
  park: recordIdSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  /** Only incentives in force on this day. */
  validOn: isoDateSchema.optional(),
  demo: booleanQuery.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IncentiveListQuery = z.infer<typeof incentiveListQuerySchema>;

export const eligibilitySchema = z
  .object({
    sectors: z.array(z.string()),
    excludedSectors: z.array(z.string()),
    regions: z.array(z.string()),
    parkIds: z.array(z.string()),
    minInvestment: z.object({ amount: z.number(), currency: z.string() }).nullable(),
    minJobs: z.number().int().nullable(),
    stages: z.array(z.string()),
    otherConditions: localizedTextSchema.nullable(),
  })
  .meta({ id: 'IncentiveEligibility' });

export const incentiveSchema = z
  .object({
    id: z.string(),
    countryCode: z.string(),
    kind: z.enum(incentiveKinds),
    title: localizedTextSchema,
    benefit: localizedTextSchema,
    eligibility: eligibilitySchema,
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    legalBasis: localizedTextSchema,
    sourceUrl: z.string().nullable(),
    sourceTitle: z.string().nullable(),
    retrievedOn: z.string().nullable(),
    demo: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Incentive' });
export type PresentedIncentive = z.infer<typeof incentiveSchema>;

export const incentiveListSchema = z.object({ items: z.array(incentiveSchema), total: z.number().int() });

const checkFactsSchema = z.object({
  projectValue: z.union([z.string(), z.number()]).nullable().optional(),
  required: z.array(z.union([z.string(), z.number()])).optional(),
  compared: z.number().optional(),
  shortBy: z.number().optional(),
  currency: z.string().optional(),
  missingRateFor: z.string().optional(),
  ratesUsed: z.record(z.string(), z.string()).optional(),
  demoRateUsed: z.boolean().optional(),
  parkId: z.string().optional(),
  parkRule: z.enum(['region', 'radius']).optional(),
  distanceKm: z.number().optional(),
});

export const projectIncentivesSchema = z
  .object({
    projectId: z.string(),
    countryCode: z.string(),
    /** The day validity and exchange rates were judged on. */
    evaluatedOn: z.string(),
    parkRadiusKm: z.number(),
    items: z.array(
      z.object({
        incentive: incentiveSchema,
        verdict: z.enum(eligibilityVerdicts),
        checks: z.array(
          z.object({
            condition: z.enum(eligibilityConditions),
            outcome: z.enum(checkOutcomes),
            message: z.string(),
            facts: checkFactsSchema,
          }),
        ),
        toConfirm: localizedTextSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'ProjectIncentives' });
export type ProjectIncentives = z.infer<typeof projectIncentivesSchema>;
