import { z } from 'zod';
import { languageSchema } from '../localized-text.ts';

/** Request and response schemas of notifications and the e-mail preferences of the signed-in user. */

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('Stable code of what happened, e.g. initiative.stage_changed'),
    title: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
    link: z.string().describe('Platform path the notification points to'),
    createdAt: z.iso.datetime({ offset: true }),
    readAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'Notification' });
export type PresentedNotification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ description: 'Only notifications not yet read' }),
});

export const notificationListSchema = z
  .object({
    items: z.array(notificationSchema),
    total: z.number().int().describe('Notifications matching the query'),
    unreadCount: z.number().int().describe('All unread notifications of the user'),
  })
  .meta({ id: 'NotificationList' });

export const notificationIdParamsSchema = z.object({ id: z.uuid('must be a notification id (UUID)') });

export const readAllResponseSchema = z.object({
  marked: z.number().int().describe('Notifications marked read by this request'),
  unreadCount: z.number().int(),
});

export const preferencesSchema = z
  .object({
    email: z.string(),
    preferredLanguage: languageSchema.describe('The language of e-mails sent to the user'),
  })
  .meta({ id: 'Preferences' });

export const preferencesPatchSchema = z.object({
  preferredLanguage: languageSchema.describe('zh, ru or en'),
});

export const emailOutboxCountsSchema = z
  .object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() })
  .meta({ id: 'EmailOutboxCounts' });
