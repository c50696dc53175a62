import { z } from 'zod';
import { userTextSchema } from '../user-text.ts';
import { investorTypes, listingKinds, partneringTypes, profileKinds, projectStages } from '../vocabulary.ts';
import { matchFactorMaxPoints, sectorFitLevels } from './score-match.ts';

export const defaultMatchLimit = 20;

export const matchQuerySchema = z.object({
  kind: z.enum(listingKinds).meta({ description: 'What the listing to find matches for is' }),
  id: z.uuid('must be a project or profile id (UUID)'),
  limit: z.coerce.number().int().min(1).max(100).default(defaultMatchLimit),
});
export type MatchQuery = z.infer<typeof matchQuerySchema>;

const conceptSchema = z.object({
  id: z.string(),
  label: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
});

const factors = Object.keys(matchFactorMaxPoints) as [
  keyof typeof matchFactorMaxPoints,
  ...(keyof typeof matchFactorMaxPoints)[],
];

/** The facts behind one reason, as codes and numbers the reader's language renders. */
export const matchReasonDetailSchema = z.union([
  z.object({
    factor: z.literal('sector'),
    level: z.enum(sectorFitLevels),
    seekerSector: z.string().nullable(),
    candidateSector: z.string().nullable(),
    division: z.string().nullable(),
    section: z.string().nullable(),
  }),
  z.object({
    factor: z.literal('place'),
    level: z.enum(['region', 'country', 'any', 'outside']),
    countryCode: z.string(),
    regionCode: z.string().nullable(),
  }),
  z.object({
    factor: z.literal('ticket'),
    position: z.enum(['inside', 'near', 'outside', 'unknown']),
    amountUsd: z.number().nullable(),
    minUsd: z.number().nullable(),
    maxUsd: z.number().nullable(),
  }),
  z.object({
    factor: z.enum(['stage', 'instrument', 'language']),
    level: z.enum(['shared', 'any', 'none']),
    shared: z.array(z.string()),
  }),
  z.object({
    factor: z.literal('keywords'),
    concepts: z.array(conceptSchema).meta({ description: 'Industry concepts both name, in any language' }),
    words: z.array(z.string()).meta({ description: 'Words both use (at most 8 shown)' }),
  }),
]);

export const matchReasonSchema = z
  .object({
    factor: z.enum(factors),
    points: z.number().int(),
    maxPoints: z.number().int(),
    detail: matchReasonDetailSchema,
  })
  .meta({ id: 'InvestmentMatchReason' });
export type PresentedMatchReason = z.infer<typeof matchReasonSchema>;

export const matchSchema = z
  .object({
    kind: z.enum(listingKinds),
    id: z.uuid(),
    title: userTextSchema,
    organisationName: z.string().meta({ description: "A project's sponsor or a profile's organisation" }),
    countryCode: z.string(),
    profileKind: z.enum(profileKinds).nullable(),
    investorType: z.enum(investorTypes).nullable(),
    partneringType: z.enum(partneringTypes).nullable(),
    stage: z.enum(projectStages).nullable(),
    sectors: z.array(z.string()),
    demo: z.boolean(),
    score: z.number().int().min(0).max(100),
    reasons: z.array(matchReasonSchema),
  })
  .meta({ id: 'InvestmentMatch' });
export type PresentedMatch = z.infer<typeof matchSchema>;

export const matchListSchema = z.object({
  seeker: z.object({ kind: z.enum(listingKinds), id: z.uuid() }),
  items: z.array(matchSchema),
  candidates: z.number().int().meta({ description: 'Candidates scored after the SQL hard filters' }),
});
