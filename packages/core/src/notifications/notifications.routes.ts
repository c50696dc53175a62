import { problemResponses } from '../http/problem-schema.ts';
import { requireActor } from '../http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../module/platform-module.ts';
import { countEmailOutbox } from './drain-email-outbox.ts';
import { getEmailPreferences, setPreferredLanguage } from './email-preferences.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './notification-inbox.ts';
import {
  emailOutboxCountsSchema,
  notificationIdParamsSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationSchema,
  preferencesPatchSchema,
  preferencesSchema,
  readAllResponseSchema,
} from './notifications.schemas.ts';

const tags = ['notifications'];
const signedIn = [{ session: [] }];
const signedInWrite = [{ session: [], csrf: [] }];
const signedInRead = { 400: problemResponses.write[400], 401: problemResponses.write[401] };

/** A signed-in user's notifications and e-mail language, under /api/v1. Each user reaches only their own. */
export function registerNotificationsRoutes(app: ApiApp, { db }: ModuleContext): void {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the number unread',
        security: signedIn,
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...signedInRead },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      reply.header('cache-control', 'no-store');
      return listNotifications({ db, actor, query: request.query });
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        description: 'Another user’s notification is not found (404).',
        security: signedInWrite,
        params: notificationIdParamsSchema,
        response: { 200: notificationSchema, ...problemResponses.write },
      },
    },
    (request) => markNotificationRead({ db, actor: requireActor(request), id: request.params.id }),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        security: signedInWrite,
        response: { 200: readAllResponseSchema, ...problemResponses.write },
      },
    },
    (request) => markAllNotificationsRead({ db, actor: requireActor(request) }),
  );

  app.get(
    '/me/preferences',
    {
      schema: {
        tags,
        summary: 'My e-mail address and the language of my e-mails',
        security: signedIn,
        response: { 200: preferencesSchema, ...signedInRead },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      reply.header('cache-control', 'no-store');
      return getEmailPreferences({ db, actor });
    },
  );

  app.patch(
    '/me/preferences',
    {
      schema: {
        tags,
        summary: 'Choose the language of my e-mails',
        security: signedInWrite,
        body: preferencesPatchSchema,
        response: { 200: preferencesSchema, ...problemResponses.write },
      },
    },
    (request) => setPreferredLanguage({ db, actor: requireActor(request), language: request.body.preferredLanguage }),
  );

  app.get(
    '/email-outbox',
    {
      schema: {
        tags,
        summary: 'How many e-mails wait, were sent and were given up on (admin)',
        security: signedIn,
        response: { 200: emailOutboxCountsSchema, ...signedInRead, 403: problemResponses.write[403] },
      },
    },
    async (request) => {
      requireActor(request, ['admin']);
      return countEmailOutbox(db);
    },
  );
}
