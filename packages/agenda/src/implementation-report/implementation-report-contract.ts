import { z } from 'zod';
import { languageSchema, localizedTextSchema } from '../../../core/src/localized-text.ts';
import {
  eventSummarySchema,
  initiativeStageSchema,
  initiativeSummarySchema,
  reportSchema,
  topicSchema,
} from '../contracts.ts';

const isoDate = z.iso.date().meta({ description: 'ISO 8601 calendar date, YYYY-MM-DD' });

/** The request: a period, optionally some topics, and the language the report is written in. */
export const implementationReportQuerySchema = z
  .object({
    from: isoDate.meta({ description: 'First day of the period' }),
    to: isoDate.meta({ description: 'Last day of the period' }),
    topics: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      )
      .pipe(z.array(topicSchema))
      .optional()
      .meta({ description: 'Topics, comma-separated; initiatives with any of them (all topics when left out)' }),
    lang: languageSchema.default('zh').meta({ description: 'Language of the report: zh, ru or en' }),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'must not be before from' });
export type ImplementationReportQuery = z.infer<typeof implementationReportQuerySchema>;

const countSchema = z.object({ value: z.string(), count: z.number().int() });

export const reportStatementSchema = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    ordinal: z.number().int(),
    meetingDate: isoDate,
    meetingTitle: localizedTextSchema,
    text: localizedTextSchema,
  })
  .meta({ id: 'ImplementationReportStatement', description: 'The statement a stage change is traced to' });

export const reportStageChangeSchema = z.object({
  fromStage: initiativeStageSchema.nullable(),
  toStage: initiativeStageSchema,
  changedOn: isoDate,
  statement: reportStatementSchema.nullable(),
  reportId: z.string().nullable(),
  note: z.string().nullable(),
});

export const reportInitiativeSchema = initiativeSummarySchema
  .pick({
    id: true,
    title: true,
    stage: true,
    stageChangedOn: true,
    topics: true,
    leadCountryCode: true,
    leadBody: true,
    dueOn: true,
  })
  .extend({
    stage: initiativeStageSchema.meta({ description: 'The current stage' }),
    stageChanges: z.array(reportStageChangeSchema).meta({ description: 'Stage changes within the period' }),
  })
  .meta({ id: 'ImplementationReportInitiative' });

export const reportMemberStateReportSchema = reportSchema
  .pick({
    id: true,
    initiative: true,
    countryCode: true,
    periodStart: true,
    periodEnd: true,
    status: true,
    progressPercent: true,
    narrative: true,
    reviewedAt: true,
  })
  .meta({ id: 'ImplementationReportMemberStateReport' });

export const reportEventSchema = eventSummarySchema
  .omit({ status: true, mentionCount: true })
  .meta({ id: 'ImplementationReportEvent' });

export const implementationReportSchema = z
  .object({
    period: z.object({ from: isoDate, to: isoDate }),
    topics: z.array(topicSchema).meta({ description: 'The topics asked for; empty for every topic' }),
    language: languageSchema,
    generatedAt: z.string(),
    source: z.string(),
    provenanceNote: z.string(),
    summary: z.object({
      initiatives: z.number().int(),
      stageChanges: z.number().int(),
      reports: z.number().int(),
      events: z.number().int(),
      initiativesByStage: z.array(countSchema),
      initiativesByTopic: z.array(countSchema),
      reportsByCountry: z.array(countSchema),
    }),
    initiatives: z.array(reportInitiativeSchema),
    reports: z.array(reportMemberStateReportSchema).meta({ description: 'Accepted member-state reports' }),
    events: z.array(reportEventSchema).meta({ description: 'Events held in the period' }),
  })
  .meta({ id: 'ImplementationReport' });
export type ImplementationReport = z.infer<typeof implementationReportSchema>;
export type ReportInitiative = ImplementationReport['initiatives'][number];
export type ReportMemberStateReport = ImplementationReport['reports'][number];
export type ReportEvent = ImplementationReport['events'][number];
