import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { DatabaseConnection } from '../../../../packages/core/src/db/database.ts';
import { type DrainResult, drainEmailOutbox } from '../../../../packages/core/src/notifications/drain-email-outbox.ts';
import { onEmailQueued } from '../../../../packages/core/src/notifications/email-queued-signal.ts';
import type { MailSettings } from '../config.ts';

export interface Mailer {
  /** Drains the outbox now, after any drain already under way; resolves with what this drain did. */
  drainNow(): Promise<DrainResult>;
  /** Stops the timer and waits for a drain under way; nothing is sent afterwards. */
  stop(): Promise<void>;
}

export interface StartMailerOptions {
  connection: DatabaseConnection;
  settings: MailSettings;
  /** The platform's public address, for absolute links; null sends no links. */
  publicUrl: string | null;
  log: FastifyBaseLogger;
  /** How often the outbox is drained besides right after e-mail is queued. */
  intervalMs?: number;
  /** The clock, for the retry schedule. */
  now?: () => Date;
}

/** A queued e-mail's transaction is still committing when the signal comes: wait this long before draining. */
const afterQueuedDelayMs = 250;

const nothingDone: DrainResult = { sent: 0, failedAttempts: 0, gaveUp: 0 };

/**
 * Sends the e-mail outbox through SMTP: every few seconds, and shortly after a notification queues e-mail in this
 * process. Drains never overlap, failures are recorded on the row (see drainEmailOutbox), and a mail server that
 * is down or refuses never stops the platform.
 */
export function startMailer(options: StartMailerOptions): Mailer {
  const { connection, settings, publicUrl, log } = options;
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  let stopped = false;
  let inFlight = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const drainOnce = async (): Promise<DrainResult> => {
    if (stopped) return nothingDone;
    try {
      const result = await drainEmailOutbox({
        db: connection.db,
        engine: connection.engine,
        publicBaseUrl: publicUrl,
        ...(options.now ? { now: options.now } : {}),
        send: async (email) => {
          await transport.sendMail({ from: settings.from, to: email.to, subject: email.subject, text: email.text });
        },
      });
      if (result.failedAttempts > 0) log.warn(result, 'some e-mails could not be sent; they are retried later');
      return result;
    } catch (error) {
      log.error({ err: error }, 'the e-mail outbox could not be drained');
      return nothingDone;
    }
  };

  const drainNow = (): Promise<DrainResult> => {
    inFlight++;
    const run = queue.then(drainOnce).finally(() => {
      inFlight--;
    });
    queue = run;
    return run;
  };

  // A periodic round only when nothing is under way, so a slow mail server never piles drains up.
  const timer = setInterval(() => {
    if (inFlight === 0) void drainNow();
  }, options.intervalMs ?? 5_000);
  let queuedTimer: NodeJS.Timeout | undefined;
  const stopListening = onEmailQueued(() => {
    clearTimeout(queuedTimer);
    queuedTimer = setTimeout(() => void drainNow(), afterQueuedDelayMs);
  });

  return {
    drainNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(queuedTimer);
      stopListening();
      await queue;
      transport.close();
    },
  };
}
