import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Platform accounts. Roles: public readers need no account; see `auth/roles.ts`. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  /** Set for focal points: the one member state they act for. */
  countryCode: text('country_code'),
  disabled: boolean('disabled').notNull().default(false),
  /** The language of e-mails sent to the user: zh, ru or en. */
  preferredLanguage: text('preferred_language').notNull().default('en'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Cookie sessions. `tokenHash` is sha256 of the cookie value, so a leaked table does not leak sessions. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Login attempts, kept in the database so that rate limiting holds across several server processes. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('login_attempts_email_at_idx').on(table.email, table.at),
    index('login_attempts_ip_at_idx').on(table.ip, table.at),
  ],
);

/**
 * Append-only, hash-chained audit log: each entry's hash covers its content and the previous entry's hash, so
 * any edit or deletion breaks the chain (`sco audit verify`). Updates and deletes are also refused by a trigger.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    /** ISO 8601 UTC, stored as text so the hashed form and the stored form are the same string. */
    at: text('at').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('audit_log_entity_idx').on(table.entityType, table.entityId)],
);

/** In-app notifications. Written in the same transaction as the change they announce. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Stable code of what happened, e.g. initiative.stage_changed. */
    kind: text('kind').notNull(),
    /** Short text in each language; see LocalizedText. */
    title: jsonb('title').notNull(),
    /** The platform path the notification points to, e.g. /initiatives/ini-…. */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.createdAt)],
);

/**
 * E-mails to send, written with the notification they carry and sent afterwards by the mailer when SMTP is
 * configured, so a slow or absent mail server never blocks or undoes a change.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    /** pending, sent or failed (after the last attempt). */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [index('email_outbox_status_idx').on(table.status, table.createdAt)],
);
