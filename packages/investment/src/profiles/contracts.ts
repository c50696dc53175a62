import { z } from 'zod';
import { isCountryCode, memberCountryCodes } from '../../../core/src/countries.ts';
import { isIsicSector } from '../reference/isic.ts';
import { userTextInputSchema, userTextSchema } from '../user-text.ts';
import {
  financingInstruments,
  investorTypes,
  partneringTypes,
  partnershipTypes,
  profileKinds,
  profileStatuses,
  projectStages,
} from '../vocabulary.ts';

const isoDate = z.iso.date();
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** An ISO 639-1 code Intl knows a name for (it echoes unknown codes back). */
const isLanguageCode = (code: string) => /^[a-z]{2}$/.test(code) && languageNames.of(code) !== code;

const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)]);

export const profileContactInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  phone: z.string().trim().max(50).nullable().default(null),
  organisation: z.string().trim().max(200).nullable().default(null),
});

export const profileContactSchema = z
  .object({ name: z.string(), email: z.string(), phone: z.string().nullable(), organisation: z.string().nullable() })
  .meta({ id: 'InvestmentProfileContact' });

/**
 * A new or edited profile. Investor profiles need an investor type and a ticket range; partnering profiles a
 * partnering type. Target countries and regions left empty mean any. `expiresOn` defaults to 12 months from today
 * and must lie in the future and at most 12 months ahead.
 */
export const profileInputSchema = z
  .object({
    kind: z.enum(profileKinds),
    investorType: z.enum(investorTypes).nullable().default(null),
    partneringType: z.enum(partneringTypes).nullable().default(null),
    organisationName: z.string().trim().min(1).max(200),
    title: userTextInputSchema('The title', 200),
    description: userTextInputSchema('The description', 5000),
    countryCode: z.enum(memberCountryCodes as [string, ...string[]], 'must be an SCO member state (ISO 3166-1)'),
    ticketMinUsd: z.number().nonnegative().max(1e15).nullable().default(null),
    ticketMaxUsd: z.number().nonnegative().max(1e15).nullable().default(null),
    sectors: distinct(
      z.string().refine(isIsicSector, 'must be an ISIC Rev.4 section letter or division number'),
      40,
    ).refine((values) => values.length > 0, 'needs at least one ISIC Rev.4 sector'),
    targetCountries: distinct(
      z
        .string()
        .toUpperCase()
        .refine((code) => isCountryCode(code), 'must be a known ISO 3166-1 alpha-2 country code'),
      40,
    ).default([]),
    targetRegions: distinct(
      z
        .string()
        .toUpperCase()
        .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code such as KZ-MAN'),
      100,
    ).default([]),
    stages: distinct(z.enum(projectStages), projectStages.length).default([]),
    instruments: distinct(z.enum(financingInstruments), financingInstruments.length).default([]),
    partnershipTypes: distinct(z.enum(partnershipTypes), partnershipTypes.length).default([]),
    languages: distinct(
      z.string().toLowerCase().refine(isLanguageCode, 'must be an ISO 639-1 language code'),
      20,
    ).refine((values) => values.length > 0, 'needs at least one ISO 639-1 language'),
    keywords: distinct(z.string().trim().min(1).max(80), 30).default([]),
    contact: profileContactInputSchema,
    initiativeIds: distinct(z.string().min(1).max(200), 20).default([]),
    documentIds: distinct(z.string().min(1).max(200), 20).default([]),
    expiresOn: isoDate.optional().meta({ description: 'Last day the profile is listed; default 12 months ahead' }),
  })
  .superRefine((value, context) => {
    if (value.kind === 'investor') {
      if (!value.investorType)
        context.addIssue({ code: 'custom', path: ['investorType'], message: 'is required for an investor profile' });
      if (value.partneringType)
        context.addIssue({ code: 'custom', path: ['partneringType'], message: 'is only for partnering profiles' });
      if (value.ticketMinUsd === null)
        context.addIssue({ code: 'custom', path: ['ticketMinUsd'], message: 'is required for an investor profile' });
      if (value.ticketMaxUsd === null)
        context.addIssue({ code: 'custom', path: ['ticketMaxUsd'], message: 'is required for an investor profile' });
    } else {
      if (!value.partneringType)
        context.addIssue({ code: 'custom', path: ['partneringType'], message: 'is required for a partnering profile' });
      if (value.investorType)
        context.addIssue({ code: 'custom', path: ['investorType'], message: 'is only for investor profiles' });
    }
    if (value.ticketMinUsd !== null && value.ticketMaxUsd !== null && value.ticketMinUsd > value.ticketMaxUsd) {
      context.addIssue({ code: 'custom', path: ['ticketMaxUsd'], message: 'must not be less than ticketMinUsd' });
    }
  });
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const profileRenewInputSchema = z.object({
  expiresOn: isoDate.optional().meta({ description: 'New last day; default 12 months from today' }),
});

export const profileSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(profileKinds),
    investorType: z.enum(investorTypes).nullable(),
    partneringType: z.enum(partneringTypes).nullable(),
    organisationName: z.string(),
    title: userTextSchema,
    description: userTextSchema,
    countryCode: z.string(),
    ticketMinUsd: z.number().nullable(),
    ticketMaxUsd: z.number().nullable(),
    sectors: z.array(z.string()),
    targetCountries: z.array(z.string()).meta({ description: 'Empty: any country' }),
    targetRegions: z.array(z.string()),
    stages: z.array(z.enum(projectStages)),
    instruments: z.array(z.enum(financingInstruments)),
    partnershipTypes: z.array(z.enum(partnershipTypes)),
    languages: z.array(z.string()),
    keywords: z.array(z.string()),
    contact: profileContactSchema.nullable().meta({
      description:
        "Only for the owner, the Secretariat, the focal point of the profile's country and a counterpart both sides agreed with",
    }),
    initiativeIds: z.array(z.string()),
    documentIds: z.array(z.string()),
    status: z.enum(profileStatuses),
    expiresAt: z.string(),
    ownerUserId: z.uuid(),
    /** Whether the caller may edit, renew and withdraw it. */
    canEdit: z.boolean(),
    stale: z.boolean().meta({ description: 'Published and without activity for 90 days' }),
    demo: z.boolean(),
    lastActivityAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'InvestmentProfile' });
export type PresentedProfile = z.infer<typeof profileSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Filters of the profile list; `mine=true` lists the caller's own profiles in every status. */
export const profileListQuerySchema = z.object({
  kind: z.enum(profileKinds).optional(),
  partneringType: z.enum(partneringTypes).optional(),
  investorType: z.enum(investorTypes).optional(),
  sector: z
    .string()
    .refine(isIsicSector, 'must be an ISIC Rev.4 section letter or division number')
    .optional()
    .meta({ description: 'Profiles naming this sector, its section, or (for a section) one of its divisions' }),
  country: z.string().toUpperCase().length(2).optional().meta({ description: "The profile's own country" }),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Words in the title, description, organisation or keywords' }),
  demo: booleanQuery.optional(),
  mine: booleanQuery.default(false),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ProfileListQuery = z.infer<typeof profileListQuerySchema>;

export const profileListSchema = z.object({ items: z.array(profileSchema), total: z.number().int() });
