import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyUsers } from '../../../../packages/core/src/notifications/notify-users.ts';
import { emailOutbox } from '../../../../packages/core/src/tables.ts';
import { buildApp } from '../app.ts';
import { type SignedIn, signIn } from '../testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { startMailer } from './smtp-mailer.ts';

/**
 * The mailer against a real SMTP server on the loopback interface: e-mails arrive in the recipient's language with
 * the absolute link, soon after the change that queued them; a server that refuses is retried and finally given up.
 */
let platform: TestPlatform;
let smtp: SMTPServer;
let smtpPort: number;
const received: ParsedMail[] = [];
/** Recipients the server answers with 550. */
const refused = new Set<string>();

const credentials = { user: 'platform', pass: 'smtp-test-password' };

beforeAll(async () => {
  platform = await createTestPlatform();
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      } else {
        callback();
      }
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await platform?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

const settings = () => ({
  smtpUrl: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${smtpPort}`,
  from: 'SCO Platform <noreply@sco.example.org>',
});

const outboxRowsFor = (address: string) =>
  platform.connection.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));

describe('sending notifications by e-mail', () => {
  let app: FastifyInstance;
  let follower: SignedIn;
  let secretariat: SignedIn;

  beforeAll(async () => {
    // A second app on the same database, as `sco serve` builds it: with the mailer running.
    app = await buildApp({
      connection: platform.connection,
      webDist: null,
      logLevel: 'silent',
      mail: { settings: settings(), publicUrl: 'https://sco.example.org' },
    });
    [follower, secretariat] = await Promise.all([
      signIn(platform.app, { role: 'focal_point', countryCode: 'KZ' }),
      signIn(platform.app, { role: 'secretariat' }),
    ]);
  });
  afterAll(() => app?.close());

  it('delivers the e-mail of a stage change soon after it, in the follower’s language, with the link', async () => {
    const initiativeId = (await app.inject({ url: '/api/v1/initiatives?q=电子门户网站' })).json().items[0].id;
    const headers = follower.headers;
    await app.inject({ method: 'PATCH', url: '/api/v1/me/preferences', headers, payload: { preferredLanguage: 'ru' } });
    await app.inject({
      method: 'PUT',
      url: '/api/v1/subscriptions',
      headers,
      payload: { targetKind: 'initiative', target: initiativeId },
    });
    const changed = await app.inject({
      method: 'POST',
      url: `/api/v1/initiatives/${initiativeId}/stage`,
      headers: secretariat.headers,
      payload: { stage: 'supported', changedOn: '2026-01-15', note: 'Supported at the ministers meeting.' },
    });
    expect(changed.statusCode).toBe(200);

    await expect.poll(() => received.length, { timeout: 20_000, interval: 100 }).toBe(1);
    const [mail] = received;
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.value[0]?.address : null).toBe(follower.user.email);
    expect(mail!.from?.value[0]?.address).toBe('noreply@sco.example.org');
    expect(mail!.subject).toMatch(/^\[ШОС\] Инициатива «.+»: новая стадия — Поддержана$/);
    expect(mail!.text).toContain('Мои подписки');
    expect(mail!.text).toContain(`https://sco.example.org/initiatives/${initiativeId}`);
    expect(mail!.text).not.toContain('moved to');
    // The server has the message a moment before the mailer records it as sent.
    await expect
      .poll(async () => (await outboxRowsFor(follower.user.email))[0]?.status, { timeout: 10_000 })
      .toBe('sent');
    const [row] = await outboxRowsFor(follower.user.email);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row!.sentAt).not.toBeNull();
  });
});

describe('a mail server that refuses', () => {
  it('counts the attempts, records the error and gives up after the fifth, without failing', async () => {
    const recipient = await signIn(platform.app, { role: 'secretariat' });
    refused.add(recipient.user.email);
    // Queued before the mailer starts, so only the drains below send it.
    await platform.connection.db.transaction((tx) =>
      notifyUsers(tx, {
        userIds: [recipient.user.id],
        kind: 'test.notice',
        title: { zh: '测试', ru: 'Проверка', en: 'Check' },
        link: '/',
      }),
    );
    let clock = new Date();
    const mailer = startMailer({
      connection: platform.connection,
      settings: settings(),
      publicUrl: null,
      log: platform.app.log,
      intervalMs: 60 * 60 * 1000,
      now: () => clock,
    });
    try {
      clock = new Date(Date.now() + 1000);
      expect(await mailer.drainNow()).toEqual({ sent: 0, failedAttempts: 1, gaveUp: 0 });
      const [afterFirst] = await outboxRowsFor(recipient.user.email);
      expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1 });
      expect(afterFirst!.lastError).toMatch(/550/);

      // Not due again until the retry delay has passed.
      expect(await mailer.drainNow()).toEqual({ sent: 0, failedAttempts: 0, gaveUp: 0 });
      for (let attempt = 2; attempt <= 5; attempt++) {
        clock = new Date(clock.getTime() + 60 * 60 * 1000);
        expect((await mailer.drainNow()).failedAttempts, `attempt ${attempt}`).toBe(1);
      }
      const [afterLast] = await outboxRowsFor(recipient.user.email);
      expect(afterLast).toMatchObject({ status: 'failed', attempts: 5 });
      expect(afterLast!.lastError).toMatch(/550/);
      clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
      expect(await mailer.drainNow()).toEqual({ sent: 0, failedAttempts: 0, gaveUp: 0 });
      expect(received.some((mail) => mail.subject?.includes('Check'))).toBe(false);
    } finally {
      await mailer.stop();
    }
  });
});

describe('two mailers on one database', () => {
  it('send each e-mail once, as two servers would', async () => {
    const recipients = await Promise.all([1, 2, 3, 4, 5, 6].map(() => signIn(platform.app, { role: 'secretariat' })));
    await platform.connection.db.transaction((tx) =>
      notifyUsers(tx, {
        userIds: recipients.map((r) => r.user.id),
        kind: 'test.notice',
        title: { zh: '并发', ru: 'Параллельно', en: 'Concurrent' },
        link: '/',
      }),
    );
    const start = () =>
      startMailer({
        connection: platform.connection,
        settings: settings(),
        publicUrl: null,
        log: platform.app.log,
        intervalMs: 60 * 60 * 1000,
      });
    const [first, second] = [start(), start()];
    try {
      const results = await Promise.all([first.drainNow(), second.drainNow()]);
      expect(results[0]!.sent + results[1]!.sent).toBe(6);
      const delivered = received
        .filter((mail) => mail.subject === '[SCO] Concurrent')
        .map((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null))
        .sort();
      expect(delivered).toEqual(recipients.map((r) => r.user.email).sort());
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
