import { z } from 'zod';
import { languageSchema, localizedTextSchema } from '../../../core/src/localized-text.ts';
import {
  actorKindSchema,
  initiativeStageSchema,
  pageQuerySchema,
  partialDateSchema,
  spanSchema,
  stanceSchema,
  topicSchema,
} from '../contracts.ts';
import { eventFormats } from '../vocabulary.ts';

/** The HTTP contract of reviewing ingested texts before they are published, and of the entity dictionary. */

export const draftStatuses = ['pending', 'published', 'rejected'] as const;
export const draftModes = ['new', 'replace', 'version'] as const;
export const textKinds = ['communique', 'declaration', 'statement'] as const;
const isoDate = z.iso.date();

export const draftInputSchema = z.object({
  text: z.string().min(1, 'must not be empty').max(1_000_000, 'must be at most 1,000,000 characters'),
  fileName: z.string().trim().max(200).optional(),
  provenance: z.enum(['official', 'unofficial_translation']).default('official'),
  sourceNote: z.string().trim().max(2000).optional(),
});

const factRef = { ordinal: z.number().int().min(1), index: z.number().int().min(0) };
export const factKindsInDraft = ['document', 'event', 'initiative'] as const;

/** One correction a reviewer makes to an extracted text; applied in order. */
export const draftCorrectionSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('set_stance'), ordinal: factRef.ordinal, stance: stanceSchema }),
    z.object({ type: z.literal('set_topics'), ordinal: factRef.ordinal, topics: z.array(topicSchema).max(20) }),
    z.object({
      type: z.literal('set_actors'),
      ordinal: factRef.ordinal,
      actorKind: actorKindSchema,
      countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an upper-case ISO 3166-1 code')).max(30),
    }),
    z.object({ type: z.literal('remove_fact'), fact: z.enum(factKindsInDraft), ...factRef }),
    z.object({ type: z.literal('set_initiative_stage'), ...factRef, stage: initiativeStageSchema }),
    z.object({
      type: z.literal('resolve_entity'),
      fact: z.enum(['document', 'initiative']),
      name: z.string().trim().min(1).max(500),
      entityId: z.string().trim().min(1).max(100),
    }),
    z.object({
      type: z.literal('set_header'),
      place: z.string().trim().max(200).optional(),
      number: z.number().int().min(1).max(500).nullable().optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
      format: z.enum(eventFormats).optional(),
    }),
  ])
  .meta({ id: 'DraftCorrection' });
export type DraftCorrection = z.infer<typeof draftCorrectionSchema>;

export const draftCorrectionInputSchema = z.object({ corrections: z.array(draftCorrectionSchema).min(1).max(200) });

export const alignmentReportSchema = z
  .object({
    paired: z.number().int(),
    missingInVersion: z.array(z.number().int()),
    extraInVersion: z.array(z.number().int()),
    suspect: z.array(z.object({ ordinal: z.number().int(), reason: z.string() })),
  })
  .meta({ id: 'AlignmentReport' });

export const draftSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(draftStatuses),
    fileName: z.string().nullable(),
    language: languageSchema,
    kind: z.enum(textKinds),
    provenance: z.enum(['official', 'unofficial_translation']),
    meetingId: z.string(),
    mode: z.enum(draftModes),
    title: z.string(),
    startDate: isoDate,
    statementCount: z.number().int(),
    correctionCount: z.number().int(),
    createdAt: z.string(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'DraftSummary' });

export const draftListQuerySchema = pageQuerySchema.extend({ status: z.enum(draftStatuses).optional() });

/** How a name in the draft resolves in the entity dictionary, so the reviewer sees what publishing will link. */
export const entityResolutionSchema = z
  .object({
    fact: z.enum(['document', 'initiative']),
    name: z.string(),
    entityId: z.string(),
    via: z.enum(['dictionary', 'known', 'translation', 'new']),
    /** The existing record's title, null when publishing will create the record. */
    existingTitle: localizedTextSchema.nullable(),
  })
  .meta({ id: 'EntityResolution' });

const draftFactSchema = z.object({ index: z.number().int(), span: spanSchema });

export const draftDetailSchema = draftSummarySchema
  .extend({
    sourceNote: z.string().nullable(),
    reviewNote: z.string().nullable(),
    text: z.string().meta({ description: 'The normalised text; every span indexes into it' }),
    header: z.object({
      body: z.string(),
      bodyName: z.string(),
      number: z.number().int().nullable(),
      start: partialDateSchema,
      end: partialDateSchema,
      place: z.string(),
      format: z.enum(eventFormats),
      chair: z
        .object({ countryCode: z.string().nullable(), title: z.string().nullable(), personName: z.string().nullable() })
        .nullable(),
      participants: z.array(
        z.object({
          role: z.enum(['head_of_delegation', 'guest', 'observer']),
          countryCode: z.string().nullable(),
          title: z.string().nullable(),
          personName: z.string().nullable(),
          organization: z.string().nullable(),
          span: spanSchema,
        }),
      ),
      span: spanSchema,
    }),
    statements: z.array(
      z.object({
        ordinal: z.number().int(),
        text: z.string(),
        span: spanSchema,
        stance: stanceSchema,
        actorKind: actorKindSchema,
        countryCodes: z.array(z.string()),
        topics: z.array(topicSchema),
        documents: z.array(draftFactSchema.extend({ title: z.string(), adopted: partialDateSchema.nullable() })),
        events: z.array(
          draftFactSchema.extend({
            name: z.string(),
            start: partialDateSchema.nullable(),
            place: z.string().nullable(),
            status: z.enum(['held', 'planned']),
          }),
        ),
        initiatives: z.array(draftFactSchema.extend({ title: z.string(), stage: initiativeStageSchema })),
        /** For a language version: the primary statement this paragraph is paired with, null when unpaired. */
        pairedOrdinal: z.number().int().nullable(),
      }),
    ),
    resolutions: z.array(entityResolutionSchema),
    alignment: alignmentReportSchema.nullable(),
    corrections: z.array(draftCorrectionSchema),
  })
  .meta({ id: 'DraftDetail' });
export type DraftDetail = z.infer<typeof draftDetailSchema>;

export const draftCreatedSchema = z.object({
  id: z.string(),
  outcome: z.enum(['created', 'unchanged']),
  meetingId: z.string(),
  mode: z.enum(draftModes),
});

export const draftDecisionInputSchema = z.object({ note: z.string().trim().max(2000).optional() });

// ---- entity dictionary ----------------------------------------------------------------------------------------

export const entityKindSchema = z.enum(['document', 'initiative']);

export const entityAliasSchema = z
  .object({
    kind: entityKindSchema,
    alias: z.string(),
    aliasKey: z.string(),
    language: languageSchema,
    entityId: z.string(),
    origin: z.enum(['ingest', 'review', 'merge', 'version', 'secretariat']),
    createdAt: z.string(),
  })
  .meta({ id: 'EntityAlias' });

export const entityAliasListQuerySchema = pageQuerySchema.extend({
  kind: entityKindSchema.optional(),
  entityId: z.string().trim().max(100).optional(),
  q: z.string().trim().max(200).optional(),
});

export const entityAliasInputSchema = z.object({
  kind: entityKindSchema,
  alias: z.string().trim().min(1).max(500),
  language: languageSchema,
  entityId: z.string().trim().min(1).max(100),
});

export const entityMergeInputSchema = z.object({
  kind: entityKindSchema,
  fromId: z.string().trim().min(1).max(100),
  intoId: z.string().trim().min(1).max(100),
});

export const entityMergeResultSchema = z.object({
  intoId: z.string(),
  movedLinks: z.number().int(),
  movedAliases: z.number().int(),
});
