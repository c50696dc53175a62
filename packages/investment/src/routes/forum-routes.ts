import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  calendarQuerySchema,
  forumDetailSchema,
  forumInputSchema,
  forumMeetingSchema,
  forumParamsSchema,
  forumSummarySchema,
  forumUpdateSchema,
  meetingParamsSchema,
  requestMeetingInputSchema,
} from '../forums/contracts.ts';
import { createForum, updateForum } from '../forums/forum-commands.ts';
import { answerMeeting, requestMeeting } from '../forums/forum-meeting-commands.ts';
import { getForum, listForums, listMyMeetings, meetingCalendar, myScheduleCalendar } from '../forums/forum-reads.ts';

const tags = ['investment-forums'];
const security = [{ session: [], csrf: [] }];
const participants = ['business', 'focal_point', 'secretariat', 'admin'] as const;
const organisers = ['secretariat', 'admin'] as const;
const calendarResponse = z.string().describe('An iCalendar (RFC 5545) file');
const calendarHeaders = (filename: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
});

/** Forums with one-to-one meetings: the forum and its slot grid, booking, answers, calendar files. */
export function registerForumRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/forums',
    {
      schema: {
        tags,
        summary: 'Forums with one-to-one business meetings',
        response: { 200: z.object({ items: z.array(forumSummarySchema) }), ...problemResponses.read },
      },
    },
    async () => ({ items: await listForums({ db }) }),
  );

  app.get(
    '/investment/forums/:id',
    {
      schema: {
        tags,
        summary: 'One forum with its meeting slots, day by day',
        params: forumParamsSchema,
        response: { 200: forumDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getForum({ db, id: request.params.id }),
  );

  app.post(
    '/investment/forums',
    {
      schema: {
        tags,
        summary: 'Add a forum with one-to-one meetings (Secretariat)',
        description:
          'Slots run from dayStart to dayEnd local time in timeZone on every day from startsOn to endsOn; slotMinutes must divide the day.',
        security,
        body: forumInputSchema,
        response: { 201: forumDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const forum = await createForum({ db, actor: requireActor(request, organisers), input: request.body });
      return reply.status(201).send(forum);
    },
  );

  app.patch(
    '/investment/forums/:id',
    {
      schema: {
        tags,
        summary: 'Change a forum (Secretariat)',
        description:
          'Only the fields given change. While the forum has requested or confirmed meetings, changing its dates, hours, time zone, slot length or tables is refused with 409.',
        security,
        params: forumParamsSchema,
        body: forumUpdateSchema,
        response: { 200: forumDetailSchema, ...problemResponses.write },
      },
    },
    (request) =>
      updateForum({ db, actor: requireActor(request, organisers), id: request.params.id, input: request.body }),
  );

  app.get(
    '/investment/forums/:id/meetings',
    {
      schema: {
        tags,
        summary: 'My meetings at a forum',
        params: forumParamsSchema,
        response: { 200: z.object({ items: z.array(forumMeetingSchema) }), ...problemResponses.write },
      },
    },
    async (request) => ({
      items: await listMyMeetings({ db, actor: requireActor(request, participants), forumId: request.params.id }),
    }),
  );

  app.post(
    '/investment/forums/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Request a one-to-one meeting at a slot; the first free table is assigned',
        security,
        params: forumParamsSchema,
        body: requestMeetingInputSchema,
        response: { 201: forumMeetingSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const meeting = await requestMeeting({
        db,
        actor: requireActor(request, participants),
        forumId: request.params.id,
        input: request.body,
      });
      return reply.status(201).send(meeting);
    },
  );

  for (const answer of ['confirm', 'decline', 'cancel'] as const) {
    app.post(
      `/investment/forums/:id/meetings/:meetingId/${answer}`,
      {
        schema: {
          tags,
          summary:
            answer === 'cancel'
              ? 'Cancel a meeting (either participant)'
              : `${answer === 'confirm' ? 'Confirm' : 'Decline'} a meeting request (the invitee)`,
          security,
          params: meetingParamsSchema,
          response: { 200: forumMeetingSchema, ...problemResponses.write },
        },
      },
      (request) =>
        answerMeeting({
          db,
          actor: requireActor(request, participants),
          forumId: request.params.id,
          meetingId: request.params.meetingId,
          answer,
        }),
    );
  }

  app.get(
    '/investment/forums/:id/my-schedule.ics',
    {
      schema: {
        tags,
        summary: 'My meetings at a forum as an iCalendar file',
        params: forumParamsSchema,
        querystring: calendarQuerySchema,
        response: { 200: calendarResponse, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, participants);
      const ics = await myScheduleCalendar({ db, actor, forumId: request.params.id, language: request.query.lang });
      return reply.headers(calendarHeaders(`${request.params.id}-my-schedule.ics`)).send(ics);
    },
  );

  app.get(
    '/investment/forums/:id/meetings/:meetingId.ics',
    {
      schema: {
        tags,
        summary: 'One meeting as an iCalendar file (its participants)',
        params: meetingParamsSchema,
        querystring: calendarQuerySchema,
        response: { 200: calendarResponse, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, participants);
      const { id, meetingId } = request.params;
      const ics = await meetingCalendar({ db, actor, forumId: id, meetingId, language: request.query.lang });
      return reply.headers(calendarHeaders(`meeting-${meetingId}.ics`)).send(ics);
    },
  );
}
