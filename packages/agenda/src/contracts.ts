import { z } from 'zod';
import { languageSchema, localizedTextSchema } from '../../core/src/localized-text.ts';
import {
  actorKinds,
  datePrecisions,
  eventFormats,
  initiativeStages,
  reportStatuses,
  reviewStates,
  stances,
  topics,
} from './vocabulary.ts';

/**
 * The agenda's HTTP contract: every request and response shape, shared by the routes (validation, OpenAPI,
 * response allowlists) and the web app (types).
 */

const isoDate = z.iso.date().meta({ description: 'ISO 8601 calendar date, YYYY-MM-DD' });
export const stanceSchema = z.enum(stances);
export const topicSchema = z.enum(topics);
export const actorKindSchema = z.enum(actorKinds);
export const initiativeStageSchema = z.enum(initiativeStages);
export const reportStatusSchema = z.enum(reportStatuses);
export const reviewStateSchema = z.enum(reviewStates);
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 code')
  .transform((code) => code.toUpperCase());

export const spanSchema = z.object({ start: z.number().int(), end: z.number().int() }).meta({ id: 'Span' });

export const partialDateSchema = z.object({ date: isoDate, precision: z.enum(datePrecisions) }).meta({
  id: 'PartialDate',
  description: 'A date with the precision the source gives (day, month or year; day 01 / month 01 when coarser).',
});

export const entityRefSchema = z.object({ id: z.string(), title: localizedTextSchema }).meta({ id: 'EntityRef' });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** Every list: `items` of the page and `total` matching the filter. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });

// ---- statements ---------------------------------------------------------------------------------------------

export const statementSummarySchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    ordinal: z.number().int(),
    meetingDate: isoDate,
    text: localizedTextSchema,
    stance: stanceSchema,
    otherStances: z.array(stanceSchema),
    actorKind: actorKindSchema,
    countries: z.array(z.string()).meta({ description: 'ISO codes of the states the statement speaks for' }),
    topics: z.array(topicSchema),
    documents: z.array(entityRefSchema),
    events: z.array(entityRefSchema),
    initiatives: z.array(entityRefSchema),
    span: spanSchema,
  })
  .meta({ id: 'Statement' });
export type StatementSummary = z.infer<typeof statementSummarySchema>;

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

export const statementListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional().meta({ description: 'Full-text search in Chinese, Russian and English' }),
  topic: commaList(topicSchema).optional().meta({ description: 'One or more topics, comma-separated (any matches)' }),
  stance: commaList(stanceSchema).optional(),
  country: commaList(countryCodeSchema)
    .optional()
    .meta({ description: 'States the statement speaks for (any matches)' }),
  actorKind: actorKindSchema.optional(),
  meeting: z.string().optional(),
  document: z.string().optional(),
  event: z.string().optional(),
  initiative: z.string().optional(),
  from: isoDate.optional().meta({ description: 'Meeting date on or after' }),
  to: isoDate.optional().meta({ description: 'Meeting date on or before' }),
  facets: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ description: 'Also count the matching statements by topic, stance and country' }),
});
export type StatementListQuery = z.infer<typeof statementListQuerySchema>;

export const statementListSchema = listOf(statementSummarySchema).extend({
  facets: z
    .object({
      topic: z.array(facetCountSchema),
      stance: z.array(facetCountSchema),
      country: z.array(facetCountSchema),
    })
    .optional()
    .meta({ description: 'Present when asked for with facets=true' }),
});
export type StatementList = z.infer<typeof statementListSchema>;

export const statementPatchSchema = z
  .object({
    stance: stanceSchema.optional(),
    topics: z.array(topicSchema).min(1).optional(),
    translations: z
      .object({
        zh: z.string().trim().min(1).max(10_000).optional(),
        ru: z.string().trim().min(1).max(10_000).optional(),
        en: z.string().trim().min(1).max(10_000).optional(),
      })
      .optional()
      .meta({ description: 'Corrected unofficial translations (an official text cannot be replaced)' }),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one of stance, topics, translations');

// ---- meetings -----------------------------------------------------------------------------------------------

const personSchema = z.object({
  countryCode: z.string().nullable(),
  title: localizedTextSchema.nullable(),
  personName: localizedTextSchema.nullable(),
  span: spanSchema,
});

export const meetingSummarySchema = z
  .object({
    id: z.string(),
    body: z.string(),
    bodyName: localizedTextSchema,
    number: z.number().int().nullable(),
    title: localizedTextSchema,
    startDate: isoDate,
    endDate: isoDate,
    place: localizedTextSchema,
    format: z.enum(eventFormats),
    statementCount: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });

export const factKinds = [
  'document',
  'event',
  'initiative',
  'participant',
  'chair',
  'meeting',
  'next_meeting',
] as const;

export const meetingDetailSchema = meetingSummarySchema
  .extend({
    chair: personSchema.nullable(),
    participants: z.array(
      personSchema.extend({
        role: z.enum(['head_of_delegation', 'guest', 'observer']),
        organization: localizedTextSchema.nullable(),
      }),
    ),
    nextMeeting: z
      .object({
        date: partialDateSchema.nullable(),
        place: localizedTextSchema.nullable(),
        countryCode: z.string().nullable(),
        span: spanSchema,
      })
      .nullable(),
    kind: z.enum(['communique', 'declaration', 'statement']),
    sourceLanguage: languageSchema,
    sourceProvenance: z
      .enum(['official', 'unofficial_translation'])
      .meta({ description: '`unofficial_translation`: a translation or restatement, not the official wording' }),
    sourceNote: z.string().nullable(),
    versions: z.array(
      z.object({
        language: languageSchema,
        provenance: z.enum(['official', 'unofficial_translation']),
        sourceNote: z.string().nullable(),
        alignment: z.object({
          paired: z.number().int(),
          missingInVersion: z.array(z.number().int()),
          extraInVersion: z.array(z.number().int()),
          suspect: z.array(z.object({ ordinal: z.number().int(), reason: z.string() })),
        }),
      }),
    ),
    sourceText: z.string().meta({ description: 'The primary text the facts were extracted from; spans index into it' }),
    contentHash: z.string(),
    statements: z.array(statementSummarySchema),
    facts: z.array(
      z
        .object({ kind: z.enum(factKinds), refId: z.string().nullable(), span: spanSchema })
        .meta({ id: 'ExtractedFact' }),
    ),
  })
  .meta({ id: 'MeetingDetail' });
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

// ---- documents ----------------------------------------------------------------------------------------------

export const documentSummarySchema = z
  .object({
    id: z.string(),
    title: localizedTextSchema,
    adopted: partialDateSchema.nullable(),
    place: localizedTextSchema.nullable(),
    mentionCount: z.number().int(),
  })
  .meta({ id: 'Document' });

export const documentListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  from: isoDate.optional().meta({ description: 'Adopted on or after' }),
  to: isoDate.optional().meta({ description: 'Adopted on or before' }),
});

export const documentDetailSchema = documentSummarySchema
  .extend({ statements: z.array(statementSummarySchema) })
  .meta({ id: 'DocumentDetail' });

// ---- events -------------------------------------------------------------------------------------------------

export const eventSummarySchema = z
  .object({
    id: z.string(),
    name: localizedTextSchema,
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
    place: localizedTextSchema.nullable(),
    hostCountryCode: z.string().nullable(),
    format: z.enum(eventFormats),
    status: z.enum(['held', 'planned']),
    mentionCount: z.number().int(),
  })
  .meta({ id: 'Event' });

export const eventListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['held', 'planned']).optional(),
  country: countryCodeSchema.optional().meta({ description: 'Host country' }),
  from: isoDate.optional().meta({ description: 'Starting on or after' }),
  to: isoDate.optional().meta({ description: 'Starting on or before' }),
  sort: z.enum(['date_asc', 'date_desc']).default('date_asc'),
});

export const eventDetailSchema = eventSummarySchema
  .extend({
    statements: z.array(statementSummarySchema),
    /** Other events of the same recurring series (other editions of the same meeting or forum), oldest first. */
    series: z.array(eventSummarySchema),
  })
  .meta({ id: 'EventDetail' });

// ---- initiatives --------------------------------------------------------------------------------------------

export const stageChangeSchema = z
  .object({
    fromStage: initiativeStageSchema.nullable(),
    toStage: initiativeStageSchema,
    changedOn: isoDate,
    statementId: z.string().nullable(),
    reportId: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'StageChange' });

export const initiativeSummarySchema = z
  .object({
    id: z.string(),
    title: localizedTextSchema,
    stage: initiativeStageSchema,
    stageChangedOn: isoDate,
    topics: z.array(topicSchema),
    mentionCount: z.number().int(),
    acceptedReportCount: z.number().int(),
    leadCountryCode: z.string().nullable().meta({ description: 'The state leading the initiative, if recorded' }),
    leadBody: localizedTextSchema.nullable().meta({ description: 'A body leading the initiative, if recorded' }),
    dueOn: isoDate.nullable(),
    overdue: z
      .boolean()
      .meta({ description: 'The due date has passed and the initiative is neither implemented nor withdrawn' }),
  })
  .meta({ id: 'Initiative' });

export const initiativeListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  stage: commaList(initiativeStageSchema).optional(),
  topic: topicSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true'))
    .meta({ description: 'true: only overdue initiatives; false: only those that are not' }),
});

export const initiativeDetailSchema = initiativeSummarySchema
  .extend({
    history: z.array(stageChangeSchema),
    /** Every statement naming the initiative, across all texts and years, oldest first. */
    mentions: z.array(
      z.object({
        statementId: z.string(),
        meetingId: z.string(),
        meetingTitle: localizedTextSchema,
        meetingDate: isoDate,
        stage: initiativeStageSchema,
      }),
    ),
    statements: z.array(statementSummarySchema),
    reports: z.array(z.lazy(() => reportSchema)),
  })
  .meta({ id: 'InitiativeDetail' });

export const initiativeStageChangeInputSchema = z.object({
  stage: initiativeStageSchema,
  changedOn: isoDate,
  note: z.string().trim().min(1).max(2000),
});

// ---- reports ------------------------------------------------------------------------------------------------

export const evidenceLinkSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  label: z.string().trim().min(1).max(200),
});

export const reportSchema = z
  .object({
    id: z.string(),
    initiative: entityRefSchema,
    countryCode: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    status: reportStatusSchema,
    progressPercent: z.number().int(),
    narrative: localizedTextSchema,
    evidenceLinks: z.array(evidenceLinkSchema),
    reviewState: reviewStateSchema,
    reviewNote: z.string().nullable(),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof reportSchema>;

export const reportInputSchema = z
  .object({
    initiativeId: z.string().min(1),
    countryCode: countryCodeSchema,
    periodStart: isoDate,
    periodEnd: isoDate,
    status: reportStatusSchema,
    progressPercent: z.number().int().min(0).max(100),
    narrative: z.object({
      language: z.enum(['zh', 'ru', 'en']),
      text: z.string().trim().min(10, 'must be at least 10 characters').max(20_000),
    }),
    evidenceLinks: z.array(evidenceLinkSchema).max(20).default([]),
  })
  .refine((input) => input.periodStart <= input.periodEnd, {
    path: ['periodEnd'],
    message: 'must not be before periodStart',
  });
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reportListQuerySchema = pageQuerySchema.extend({
  initiative: z.string().optional(),
  country: countryCodeSchema.optional(),
  reviewState: reviewStateSchema.optional(),
});

export const reportReviewInputSchema = z.object({ note: z.string().trim().max(2000).optional() });
export const reportReturnInputSchema = z.object({
  note: z.string().trim().min(1, 'say why the report is returned').max(2000),
});

// ---- countries and overview ---------------------------------------------------------------------------------

export const countrySummarySchema = z
  .object({
    code: z.string(),
    status: z.enum(['member', 'observer', 'dialogue_partner', 'guest']),
    name: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
    statementCount: z.number().int(),
    hostedEventCount: z.number().int(),
    acceptedReportCount: z.number().int(),
  })
  .meta({ id: 'Country' });

export const countryDetailSchema = countrySummarySchema
  .extend({
    hostedEvents: z.array(eventSummarySchema),
    /** Statements where the state is named among a limited list of endorsers (e.g. the Belt and Road paragraph). */
    namedIn: z.array(statementSummarySchema),
    reports: z.array(reportSchema),
  })
  .meta({ id: 'CountryDetail' });

export const overviewSchema = z
  .object({
    counts: z.object({
      meetings: z.number().int(),
      statements: z.number().int(),
      documents: z.number().int(),
      events: z.number().int(),
      initiatives: z.number().int(),
      acceptedReports: z.number().int(),
    }),
    statementsByTopic: z.array(facetCountSchema),
    statementsByStance: z.array(facetCountSchema),
    initiativesByStage: z.array(facetCountSchema),
    upcomingEvents: z.array(eventSummarySchema),
    latestMeeting: meetingSummarySchema.nullable(),
  })
  .meta({ id: 'Overview' });
export type Overview = z.infer<typeof overviewSchema>;

// ---- owners, deadlines and subscriptions ---------------------------------------------------------------------

export const initiativeOwnershipInputSchema = z
  .object({
    leadCountryCode: countryCodeSchema.nullable().optional().meta({ description: 'null clears it' }),
    leadBody: z
      .object({
        language: z.enum(['zh', 'ru', 'en']),
        text: z.string().trim().min(1, 'must not be empty').max(300),
      })
      .nullable()
      .optional()
      .meta({ description: 'The leading body’s name as written, in the language it is written in; null clears it' }),
    dueOn: isoDate.nullable().optional().meta({ description: 'null clears it' }),
  })
  .refine((input) => Object.keys(input).length > 0, 'give at least one of leadCountryCode, leadBody, dueOn');
export type InitiativeOwnershipInput = z.infer<typeof initiativeOwnershipInputSchema>;

export const subscriptionTargetKinds = ['initiative', 'topic', 'country'] as const;
export type SubscriptionTargetKind = (typeof subscriptionTargetKinds)[number];

export const subscriptionInputSchema = z.object({
  targetKind: z.enum(subscriptionTargetKinds),
  target: z.string().trim().min(1, 'must not be empty').max(100),
});
export type SubscriptionInput = z.infer<typeof subscriptionInputSchema>;

export const subscriptionSchema = z
  .object({
    targetKind: z.enum(subscriptionTargetKinds),
    target: z.string().meta({ description: 'Initiative id, topic code or ISO country code' }),
    title: localizedTextSchema
      .nullable()
      .meta({ description: 'The initiative’s title; null for topics and countries' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Subscription' });
export type Subscription = z.infer<typeof subscriptionSchema>;
