import { z } from 'zod';
import { localizedTextSchema } from '../../../core/src/localized-text.ts';
import { forumMeetingStatuses } from '../vocabulary.ts';

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
