import { z } from 'zod';
import { localizedTextSchema } from '../../../core/src/localized-text.ts';
import { isoDateSchema, localizedInputSchema } from '../incentives/contracts.ts';
import { forumMeetingStatuses } from '../vocabulary.ts';
import { forumSettingsProblems, isIanaTimeZone } from './forum-settings-rules.ts';

export const forumParamsSchema = z.object({ id: z.string().trim().min(1).max(100) });
export const meetingParamsSchema = z.object({
  id: z.string().trim().min(1).max(100),
  meetingId: z.uuid('must be a meeting id (UUID)'),
});

export const calendarQuerySchema = z.object({ lang: z.enum(['zh', 'ru', 'en']).default('en') });

export const requestMeetingInputSchema = z
  .object({
    /** The slot's start, as an instant (ISO 8601 with offset or Z). */
    slotStart: z.iso.datetime({ offset: true, message: 'slotStart: give the slot start as an ISO 8601 date-time.' }),
    /** An accepted interest the caller is a side of: the other side is invited. */
    interestId: z.uuid('must be an interest id (UUID)').optional(),
    /** Or the participant to invite directly. */
    inviteeUserId: z.uuid('must be a user id (UUID)').optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((value) => (value.interestId === undefined) !== (value.inviteeUserId === undefined), {
    message: 'Give either interestId or inviteeUserId, not both.',
    path: ['interestId'],
  });
export type RequestMeetingInput = z.infer<typeof requestMeetingInputSchema>;

export const forumSlotSchema = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localTime: z.string(),
});

const forumFields = {
  id: z.string(),
  name: localizedTextSchema,
  place: localizedTextSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  dayStart: z.string(),
  dayEnd: z.string(),
  slotMinutes: z.number().int(),
  tableCount: z.number().int(),
  maxMeetingsPerParticipant: z.number().int(),
  initiativeId: z.string().nullable(),
  demo: z.boolean(),
};

export const forumSummarySchema = z.object(forumFields).meta({ id: 'InvestmentForumSummary' });
export type PresentedForumSummary = z.infer<typeof forumSummarySchema>;

export const forumDetailSchema = z
  .object({
    ...forumFields,
    days: z.array(z.object({ date: z.string(), slots: z.array(forumSlotSchema) })),
  })
  .meta({ id: 'InvestmentForum' });
export type PresentedForum = z.infer<typeof forumDetailSchema>;

export const forumMeetingSchema = z
  .object({
    id: z.string(),
    forumId: z.string(),
    slotStart: z.iso.datetime(),
    slotEnd: z.iso.datetime(),
    /** Forum day and local start time in the forum's time zone. */
    localDate: z.string(),
    localTime: z.string(),
    tableNumber: z.number().int(),
    status: z.enum(forumMeetingStatuses),
    myRole: z.enum(['requester', 'invitee']),
    counterpart: z.object({ userId: z.string(), name: z.string() }),
    interestId: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
    respondedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'InvestmentForumMeeting' });
export type PresentedForumMeeting = z.infer<typeof forumMeetingSchema>;

const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM (00:00–23:59)');

/** Each field of a forum as the Secretariat enters it; how the fields fit together is checked on the whole. */
const forumInputFields = {
  name: localizedInputSchema('name', 300),
  place: localizedInputSchema('place', 300),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  timeZone: z.string().trim().refine(isIanaTimeZone, { message: 'must be an IANA time zone such as Asia/Almaty' }),
  dayStart: localTimeSchema,
  dayEnd: localTimeSchema,
  slotMinutes: z.number().int('must be whole minutes').min(10).max(120),
  tableCount: z.number().int().min(1).max(500),
  maxMeetingsPerParticipant: z.number().int().min(1).max(50),
  /** The agenda initiative the forum carries out; null for none. */
  initiativeId: z.string().trim().min(1).max(100).nullable(),
  demo: z.boolean(),
};

/** A new forum (Secretariat). */
export const forumInputSchema = z
  .object({
    ...forumInputFields,
    initiativeId: forumInputFields.initiativeId.default(null),
    demo: forumInputFields.demo.default(false),
  })
  .superRefine((value, context) => {
    for (const problem of forumSettingsProblems(value)) {
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });
export type ForumInput = z.infer<typeof forumInputSchema>;

/**
 * Changes to a forum (Secretariat): only the fields given change. The dates, hours, time zone, slot length and
 * tables of a forum with requested or confirmed meetings stay as they are.
 */
export const forumUpdateSchema = z
  .object(forumInputFields)
  .partial()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: 'Give at least one field to change.',
  });
export type ForumUpdate = z.infer<typeof forumUpdateSchema>;
