import { z } from 'zod';
import { userTextSchema } from '../user-text.ts';
import { interestInitiators, interestStatuses, listingKinds, pipelineStages } from '../vocabulary.ts';

const listingKindSchema = z.enum(listingKinds);

export const listingParamsSchema = z.object({
  kind: listingKindSchema,
  id: z.uuid('must be a listing id (UUID)'),
});

export const interestParamsSchema = z.object({ id: z.uuid('must be an interest id (UUID)') });

const listingRefInputSchema = z.object({ kind: listingKindSchema, id: z.uuid('must be a listing id (UUID)') });

export const expressInterestInputSchema = z.object({
  target: listingRefInputSchema,
  /** One of the caller's own published listings, presented to the other side (e.g. their investor profile). */
  source: listingRefInputSchema.optional(),
  message: z.string().trim().min(1, 'message: say why you are interested.').max(4000),
});
export type ExpressInterestInput = z.infer<typeof expressInterestInputSchema>;

export const introduceListingsInputSchema = z.object({
  target: listingRefInputSchema,
  source: listingRefInputSchema,
  message: z.string().trim().min(1, 'message: say why these two should meet.').max(4000),
});
export type IntroduceListingsInput = z.infer<typeof introduceListingsInputSchema>;

export const moveStageInputSchema = z.object({
  to: z.enum(pipelineStages),
  reason: z.string().trim().max(2000).optional(),
});

export const noteInputSchema = z.object({ note: z.string().trim().min(1, 'note: write something.').max(4000) });

export const interestListQuerySchema = z.object({
  box: z.enum(['sent', 'received', 'brokered', 'all']).optional(),
  /** Only interests in this listing, e.g. to know whether the caller already wrote to it. */
  targetKind: listingKindSchema.optional(),
  targetId: z.uuid('must be a listing id (UUID)').optional(),
  /** `true`: only open interests (pending or accepted). */
  openOnly: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type InterestListQuery = z.infer<typeof interestListQuerySchema>;

export const dealsQuerySchema = z.object({ initiativeId: z.string().trim().min(1).max(100) });

/** What anyone may know of a listing an interest points at: its public face, never its contact. */
export const listingRefSchema = z
  .object({
    kind: listingKindSchema,
    id: z.string(),
    title: userTextSchema,
    organisation: z.string(),
    countryCode: z.string(),
    demo: z.boolean(),
  })
  .meta({ id: 'InvestmentListingRef' });
export type ListingRef = z.infer<typeof listingRefSchema>;

export const revealedContactSchema = z
  .object({
    name: z.string().nullable(),
    email: z.string(),
    phone: z.string().nullable(),
    organisation: z.string().nullable(),
  })
  .meta({ id: 'InvestmentRevealedContact' });

export const interestEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fromStage: z.enum(pipelineStages).nullable(),
  toStage: z.enum(pipelineStages).nullable(),
  note: z.string().nullable(),
  /** Which side acted, or the broker/Secretariat; never a name. */
  actor: z.enum(['source', 'target', 'broker', 'secretariat', 'platform']),
  /**
   * The name of the focal point or Secretariat officer who acted (introduced, wrote a note); null for the two sides,
   * whose identity only the consent of both reveals.
   */
  authorName: z.string().nullable(),
  at: z.iso.datetime(),
});

export const interestSchema = z
  .object({
    id: z.string(),
    target: listingRefSchema,
    source: listingRefSchema.nullable(),
    initiatedBy: z.enum(interestInitiators),
    brokered: z.boolean(),
    message: z.string(),
    status: z.enum(interestStatuses),
    pipelineStage: z.enum(pipelineStages),
    closedReason: z.string().nullable(),
    /** The caller's place in this interest. */
    myRole: z.enum(['source', 'target', 'broker', 'secretariat']),
    consents: z.object({ source: z.iso.datetime().nullable(), target: z.iso.datetime().nullable() }),
    /** Whether the caller still has to accept or decline. */
    awaitingMyAnswer: z.boolean(),
    /** Whether the caller may move the pipeline now: a side or the introducing focal point, once both agreed. */
    canMovePipeline: z.boolean(),
    /** Both sides' contacts: present only once both consented (status accepted). */
    contacts: z.object({ source: revealedContactSchema, target: revealedContactSchema }).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'InvestmentInterest' });
export type PresentedInterest = z.infer<typeof interestSchema>;

export const interestDetailSchema = interestSchema
  .extend({ events: z.array(interestEventSchema) })
  .meta({ id: 'InvestmentInterestDetail' });
export type PresentedInterestDetail = z.infer<typeof interestDetailSchema>;

export const interestListSchema = z.object({
  items: z.array(interestSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const pipelineSchema = z
  .object({
    kind: listingKindSchema,
    id: z.string(),
    /** Viewer-days: each reader counts once per day; the owner's own views do not count. */
    viewed: z.number().int(),
    /** Interests currently at each stage; declined and withdrawn ones count as closed. */
    interest: z.number().int(),
    meeting: z.number().int(),
    nda: z.number().int(),
    deal: z.number().int(),
    closed: z.number().int(),
    /** Published without activity for longer than the stale period. */
    stale: z.boolean(),
    staleAfterDays: z.number().int(),
    lastActivityAt: z.iso.datetime(),
  })
  .meta({ id: 'InvestmentPipeline' });
export type PresentedPipeline = z.infer<typeof pipelineSchema>;

export const viewRecordedSchema = z.object({ counted: z.boolean() });

export const dealsSchema = z
  .object({
    initiativeId: z.string(),
    /** Interests at stage deal whose project or profile cites the initiative. */
    dealCount: z.number().int(),
    listings: z.array(listingRefSchema.extend({ deals: z.number().int() })),
  })
  .meta({ id: 'InvestmentInitiativeDeals' });
export type PresentedDeals = z.infer<typeof dealsSchema>;
