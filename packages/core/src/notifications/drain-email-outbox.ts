import { and, asc, eq, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Engine } from '../db/database.ts';
import { emailOutbox, notifications } from '../tables.ts';
import { isDueForAttempt, maxEmailAttempts } from './email-retry-schedule.ts';
import { composeOutgoingText } from './notification-email.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Hands one e-mail to the mail server; rejects when the server refuses it or cannot be reached. */
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

export interface DrainResult {
  sent: number;
  /** Attempts that failed; the e-mail is tried again later unless it has used its last attempt. */
  failedAttempts: number;
  /** E-mails that used their last attempt in this drain and are now `failed`. */
  gaveUp: number;
}

export interface DrainEmailOutboxOptions {
  db: Db;
  engine: Engine;
  send: SendEmail;
  /** The platform's public address, to make notification links absolute; null sends no link. */
  publicBaseUrl: string | null;
  /** The clock, for the retry schedule. */
  now?: () => Date;
  /** At most this many e-mails per drain, so one drain never runs unbounded. */
  limit?: number;
}

const errorTextLimit = 1000;

/**
 * E-mails a drain in this process is sending, per database. PostgreSQL's row locks keep other drains away; on
 * PGlite, where the row is not locked while it is sent, this keeps a second drain of the same process away.
 */
const sendingNow = new WeakMap<Db, Set<string>>();

/**
 * Sends the pending e-mails that are due, oldest first, one at a time. On PostgreSQL each e-mail is sent while
 * its row is locked (`FOR UPDATE SKIP LOCKED`), so two servers never send the same one. PGlite serves one process
 * and blocks every query during a transaction, so there the row is read and updated around the send instead.
 */
export async function drainEmailOutbox(options: DrainEmailOutboxOptions): Promise<DrainResult> {
  const { db, engine, send, publicBaseUrl } = options;
  const now = options.now ?? (() => new Date());
  const limit = options.limit ?? 50;
  const result: DrainResult = { sent: 0, failedAttempts: 0, gaveUp: 0 };
  // A row that failed stays due when it is old (the schedule counts from its creation): try each once per drain.
  const tried: string[] = [];
  const sending = sendingNow.get(db) ?? new Set<string>();
  sendingNow.set(db, sending);

  const sendNext = async (handle: Db): Promise<boolean> => {
    const [row] = await handle
      .select({
        id: emailOutbox.id,
        notificationId: emailOutbox.notificationId,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        bodyText: emailOutbox.bodyText,
        attempts: emailOutbox.attempts,
      })
      .from(emailOutbox)
      .where(and(...dueConditions(now(), tried)))
      .orderBy(asc(emailOutbox.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return false;
    tried.push(row.id);
    if (sending.has(row.id)) return true;
    sending.add(row.id);
    try {
      await sendAndRecord(handle, row);
    } finally {
      sending.delete(row.id);
    }
    return true;
  };

  const sendAndRecord = async (
    handle: Db,
    row: {
      id: string;
      notificationId: string | null;
      toAddress: string;
      subject: string;
      bodyText: string;
      attempts: number;
    },
  ): Promise<void> => {
    const link = row.notificationId ? await linkOf(handle, row.notificationId) : null;
    try {
      await send({
        to: row.toAddress,
        subject: row.subject,
        text: composeOutgoingText({ bodyText: row.bodyText, link, publicBaseUrl }),
      });
    } catch (error) {
      const attempts = row.attempts + 1;
      const gaveUp = attempts >= maxEmailAttempts;
      await handle
        .update(emailOutbox)
        .set({
          attempts,
          lastError: describeError(error).slice(0, errorTextLimit),
          status: gaveUp ? 'failed' : 'pending',
        })
        .where(eq(emailOutbox.id, row.id));
      result.failedAttempts++;
      if (gaveUp) result.gaveUp++;
      return;
    }
    await handle
      .update(emailOutbox)
      .set({ status: 'sent', attempts: sql`${emailOutbox.attempts} + 1`, sentAt: now(), lastError: null })
      .where(eq(emailOutbox.id, row.id));
    result.sent++;
  };

  for (let handled = 0; handled < limit; handled++) {
    const more = engine === 'postgres' ? await db.transaction((tx) => sendNext(tx)) : await sendNext(db);
    if (!more) break;
  }
  return result;
}

const dueConditions = (now: Date, tried: string[]): SQL[] => [
  eq(emailOutbox.status, 'pending'),
  isDueForAttempt(now),
  // An empty id list would produce invalid SQL.
  ...(tried.length > 0 ? [notInArray(emailOutbox.id, tried)] : []),
];

async function linkOf(db: Db, notificationId: string): Promise<string | null> {
  const [row] = await db
    .select({ link: notifications.link })
    .from(notifications)
    .where(eq(notifications.id, notificationId));
  return row?.link ?? null;
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** How many e-mails wait, went out and were given up on: what an administrator checks when mail seems lost. */
export async function countEmailOutbox(db: Db): Promise<{ pending: number; sent: number; failed: number }> {
  const rows = await db
    .select({ status: emailOutbox.status, count: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .groupBy(emailOutbox.status);
  const countOf = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  return { pending: countOf('pending'), sent: countOf('sent'), failed: countOf('failed') };
}
