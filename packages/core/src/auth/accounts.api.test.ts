import { createHash } from 'node:crypto';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../apps/server/src/app.ts';
import { signIn, testPassword } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { verifyAuditLog } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { auditLog, loginAttempts, sessions, users } from '../tables.ts';
import { systemActor } from './actor.ts';
import { createUser } from './create-user.ts';
import { loginRateLimit } from './login-rate-limit.ts';
import type { Role } from './roles.ts';

let platform: TestPlatform;
let app: FastifyInstance;
let db: Db;

beforeAll(async () => {
  platform = await createTestPlatform();
  app = platform.app;
  db = platform.connection.db;
});
afterAll(async () => {
  await platform?.close();
});

let ipCounter = 0;
/** A client address no other test uses, so that the per-address rate limit stays out of unrelated tests. */
const freshIp = () => {
  ipCounter++;
  return `192.0.2.${ipCounter}`;
};
let emailCounter = 0;
const freshEmail = (what: string) => `${what}-${++emailCounter}@example.org`;

async function addUser(role: Role, options: { email?: string; countryCode?: string } = {}) {
  const email = options.email ?? freshEmail(role);
  const user = await createUser({
    db,
    actor: systemActor('test'),
    input: {
      email,
      password: testPassword,
      role,
      countryCode: role === 'focal_point' ? (options.countryCode ?? 'UZ') : null,
    },
  });
  return user;
}

const login = (email: string, password: string, remoteAddress = freshIp(), headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress, headers });

const sessionCookieOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === 'sco_session');

const problem = (response: LightMyRequestResponse) =>
  response.json() as { code: string; detail: string; status: number };

async function auditCount(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

async function lastAuditEntry() {
  const [row] = await db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row;
}

describe('POST /api/v1/auth/login', () => {
  it('signs in: user, CSRF token, an HttpOnly SameSite=Strict cookie whose hash is stored, and a session.create entry', async () => {
    const user = await addUser('secretariat');
    const response = await login(user.email.toUpperCase(), testPassword);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      user: { id: user.id, email: user.email, displayName: user.email, role: 'secretariat', countryCode: null },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(response.headers['cache-control']).toBe('no-store');

    const cookie = sessionCookieOf(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 12 * 60 * 60 });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const tokenHash = createHash('sha256')
      .update(cookie?.value ?? '')
      .digest('hex');
    const [stored] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
    expect(stored).toMatchObject({ userId: user.id, csrfToken: body.csrfToken });
    const lifetimeHours = ((stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0)) / 3_600_000;
    expect(lifetimeHours).toBeCloseTo(12, 3);
    expect(
      await db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, cookie?.value ?? '')),
    ).toEqual([]);

    expect(await lastAuditEntry()).toMatchObject({
      action: 'session.create',
      actorId: user.id,
      actorLabel: user.email,
      entityType: 'session',
      entityId: tokenHash.slice(0, 16),
    });
  });

  it('sets the Secure flag when the server is configured for HTTPS', async () => {
    const user = await addUser('admin');
    const secureApp = await buildApp({
      connection: platform.connection,
      webDist: null,
      logLevel: 'silent',
      secureCookies: true,
    });
    try {
      const response = await secureApp.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: testPassword },
        remoteAddress: freshIp(),
      });
      expect(response.statusCode).toBe(200);
      expect(sessionCookieOf(response)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await secureApp.close();
    }
  });

  it('answers a wrong password, an unknown e-mail and a disabled account with the same 401, and sets no cookie', async () => {
    const user = await addUser('secretariat');
    const disabled = await addUser('secretariat');
    await db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id));
    const expected = {
      status: 401,
      code: 'invalid_credentials',
      detail: 'The e-mail address or the password is wrong.',
    };

    for (const response of [
      await login(user.email, 'not the right password'),
      await login('nobody-at-all@example.org', testPassword),
      await login(disabled.email, testPassword),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(problem(response)).toMatchObject(expected);
      expect(sessionCookieOf(response)).toBeUndefined();
    }
  });

  it('rejects a body without a password with 400 and the field message', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@example.org' },
    });
    expect(response.statusCode).toBe(400);
    expect(problem(response)).toMatchObject({
      code: 'validation_failed',
      detail: 'body.password: The password is required.',
    });
  });

  it('refuses the sixth attempt within 15 minutes after five failures for one e-mail, with Retry-After, even with the right password', async () => {
    const user = await addUser('secretariat');
    for (let i = 0; i < loginRateLimit.maxFailuresPerEmail; i++) {
      expect((await login(user.email, `wrong password ${i}`)).statusCode).toBe(401);
    }
    const refused = await login(user.email, testPassword);
    expect(refused.statusCode).toBe(429);
    expect(problem(refused)).toMatchObject({
      code: 'rate_limited',
      detail: 'Too many failed sign-in attempts. Try again in 15 minutes.',
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(sessionCookieOf(refused)).toBeUndefined();

    // Other accounts are not affected, and refused attempts are not recorded (they would extend the lock-out).
    const other = await addUser('secretariat');
    expect((await login(other.email, testPassword)).statusCode).toBe(200);
    const [recorded] = await db.select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.email, user.email));
    expect(recorded?.n).toBe(loginRateLimit.maxFailuresPerEmail);
  });

  it('counts only failures inside the window, and only those since the last successful sign-in', async () => {
    const old = await addUser('secretariat');
    await db.insert(loginAttempts).values(
      Array.from({ length: 10 }, () => ({
        email: old.email,
        ip: '198.51.100.1',
        succeeded: false,
        at: sql`now() - interval '16 minutes'`,
      })),
    );
    expect((await login(old.email, testPassword)).statusCode).toBe(200);

    const user = await addUser('secretariat');
    for (let i = 0; i < 4; i++) expect((await login(user.email, 'wrong password')).statusCode).toBe(401);
    expect((await login(user.email, testPassword)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(user.email, 'wrong password')).statusCode).toBe(401);
    expect((await login(user.email, 'wrong password')).statusCode).toBe(429);
  });

  it('refuses an address after 20 failures, whichever e-mails they named, while other addresses still sign in', async () => {
    const ip = freshIp();
    for (let i = 0; i < loginRateLimit.maxFailuresPerIp; i++) {
      expect((await login(freshEmail('guess'), 'wrong password', ip)).statusCode).toBe(401);
    }
    const user = await addUser('admin');
    const refused = await login(user.email, testPassword, ip);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(user.email, testPassword)).statusCode).toBe(200);
  });

  it('lets at most five of a parallel burst of wrong passwords through to the password check', async () => {
    const user = await addUser('secretariat');
    const responses = await Promise.all(Array.from({ length: 12 }, () => login(user.email, 'wrong password')));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(loginRateLimit.maxFailuresPerEmail);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(12 - loginRateLimit.maxFailuresPerEmail);
  });
});

describe('GET /api/v1/auth/me', () => {
  it('is 401 when signed out or with an unknown cookie', async () => {
    for (const headers of [{}, { cookie: 'sco_session=nonsense' }, { cookie: `sco_session=${'A'.repeat(43)}` }]) {
      const response = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
      expect(response.statusCode).toBe(401);
      expect(problem(response)).toMatchObject({ code: 'unauthenticated', detail: 'Sign in to do this.' });
    }
  });

  it('returns the user and the CSRF token of the session', async () => {
    const signedIn = await signIn(app, { role: 'focal_point', countryCode: 'KG' });
    const response = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: signedIn.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      user: {
        id: signedIn.user.id,
        email: signedIn.user.email,
        displayName: signedIn.user.email,
        role: 'focal_point',
        countryCode: 'KG',
      },
      csrfToken: signedIn.csrfToken,
    });
  });

  it('is 401 once the session has expired or the user is disabled', async () => {
    const expired = await signIn(app, { role: 'secretariat' });
    await db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.userId, expired.user.id));
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: expired.headers })).statusCode).toBe(
      401,
    );

    const disabled = await signIn(app, { role: 'secretariat' });
    await db.update(users).set({ disabled: true }).where(eq(users.id, disabled.user.id));
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: disabled.headers })).statusCode).toBe(
      401,
    );
  });
});

describe('CSRF', () => {
  it('refuses a write with a session cookie but without the x-csrf-token header, before the handler runs', async () => {
    const admin = await signIn(app, { role: 'admin' });
    const email = freshEmail('csrf');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: { email, password: testPassword, role: 'secretariat' },
    });
    expect(response.statusCode).toBe(403);
    expect(problem(response)).toMatchObject({
      code: 'csrf_failed',
      detail: 'This request needs the x-csrf-token header with the token returned at sign-in.',
    });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("refuses a wrong token, including another session's token", async () => {
    const admin = await signIn(app, { role: 'admin' });
    const other = await signIn(app, { role: 'admin' });
    for (const token of ['wrong', other.csrfToken]) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/users/${other.user.id}/disable`,
        headers: { cookie: admin.cookie, 'x-csrf-token': token },
      });
      expect(response.statusCode).toBe(403);
      expect(problem(response)).toMatchObject({
        code: 'csrf_failed',
        detail: 'The x-csrf-token header does not match this session.',
      });
    }
    const [row] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, other.user.id));
    expect(row?.disabled).toBe(false);
  });

  it('does not apply to reads, nor to login', async () => {
    const signedIn = await signIn(app, { role: 'secretariat' });
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: signedIn.cookie } })).statusCode,
    ).toBe(200);
    const again = await login(signedIn.user.email, testPassword, freshIp(), { cookie: signedIn.cookie });
    expect(again.statusCode).toBe(200);
  });
});

describe('POST /api/v1/auth/logout', () => {
  it('needs the CSRF header, then ends the session, clears the cookie and records session.delete', async () => {
    const signedIn = await signIn(app, { role: 'secretariat' });
    const withoutToken = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: signedIn.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(problem(withoutToken).code).toBe('csrf_failed');
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: signedIn.headers })).statusCode).toBe(
      200,
    );

    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: signedIn.headers });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    const cleared = sessionCookieOf(response);
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
    expect(await lastAuditEntry()).toMatchObject({
      action: 'session.delete',
      actorId: signedIn.user.id,
      entityType: 'session',
    });
    expect(await db.select().from(sessions).where(eq(sessions.userId, signedIn.user.id))).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: signedIn.headers })).statusCode).toBe(
      401,
    );
  });

  it('only clears the cookie when signed out', async () => {
    const before = await auditCount();
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(response.statusCode).toBe(204);
    expect(sessionCookieOf(response)?.value).toBe('');
    expect(await auditCount()).toBe(before);
  });
});

describe('GET /api/v1/users', () => {
  it('is 401 signed out and 403 for focal points and the Secretariat', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
    for (const role of ['focal_point', 'secretariat'] as const) {
      const signedIn = await signIn(app, { role });
      const response = await app.inject({ method: 'GET', url: '/api/v1/users', headers: signedIn.headers });
      expect(response.statusCode).toBe(403);
      expect(problem(response)).toMatchObject({ code: 'forbidden', detail: 'This needs one of the roles: admin.' });
    }
  });

  it('lists accounts for admins, by e-mail, through the allowlist', async () => {
    const admin = await signIn(app, { role: 'admin' });
    const focal = await addUser('focal_point', { countryCode: 'PK', email: 'aaa-focal@example.org' });
    const response = await app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    const listed = response.json().users as Record<string, unknown>[];
    const emails = listed.map((u) => u.email as string);
    expect(emails).toEqual([...emails].sort());
    expect(listed.find((u) => u.id === focal.id)).toEqual({
      id: focal.id,
      email: 'aaa-focal@example.org',
      displayName: 'aaa-focal@example.org',
      role: 'focal_point',
      countryCode: 'PK',
      disabled: false,
      createdAt: focal.createdAt.toISOString(),
    });
    expect(response.body).not.toContain('argon2');
  });
});

describe('POST /api/v1/users', () => {
  const createAs = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/users', headers, payload });

  it('is 401 signed out and 403 for non-admins', async () => {
    const payload = { email: freshEmail('x'), password: testPassword, role: 'secretariat' };
    expect((await createAs({}, payload)).statusCode).toBe(401);
    const secretariat = await signIn(app, { role: 'secretariat' });
    expect((await createAs(secretariat.headers, payload)).statusCode).toBe(403);
  });

  it('creates an account with a user.create audit entry that does not hold the password hash', async () => {
    const admin = await signIn(app, { role: 'admin' });
    const response = await createAs(admin.headers, {
      email: 'New.Focal@Example.org',
      password: 'a long enough password',
      displayName: 'Focal point of Tajikistan',
      role: 'focal_point',
      countryCode: 'TJ',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json().user;
    expect(created).toEqual({
      id: expect.any(String),
      email: 'new.focal@example.org',
      displayName: 'Focal point of Tajikistan',
      role: 'focal_point',
      countryCode: 'TJ',
      disabled: false,
      createdAt: expect.any(String),
    });

    const entry = await lastAuditEntry();
    expect(entry).toMatchObject({
      action: 'user.create',
      actorId: admin.user.id,
      actorLabel: admin.user.email,
      entityType: 'user',
      entityId: created.id,
      before: null,
      after: {
        email: 'new.focal@example.org',
        displayName: 'Focal point of Tajikistan',
        role: 'focal_point',
        countryCode: 'TJ',
      },
    });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|password/i);

    expect((await login('new.focal@example.org', 'a long enough password')).statusCode).toBe(200);
  });

  it.each([
    [
      { email: 'not-an-address', password: testPassword, role: 'secretariat' },
      'body.email: Enter a valid e-mail address, such as name@example.org.',
    ],
    [{ password: testPassword, role: 'secretariat' }, 'body.email: The e-mail address is required.'],
    [
      { email: 'short@example.org', password: 'eleven char', role: 'secretariat' },
      'body.password: The password must be at least 12 characters long.',
    ],
    [
      { email: 'role@example.org', password: testPassword, role: 'superuser' },
      'body.role: The role must be one of: focal_point, secretariat, admin, business, forwarder, shipper, carrier.',
    ],
    [
      { email: 'nocountry@example.org', password: testPassword, role: 'focal_point' },
      'body.countryCode: A focal point needs a country: one of BY, CN, IN, IR, KG, KZ, PK, RU, TJ, UZ.',
    ],
    [
      { email: 'observer@example.org', password: testPassword, role: 'focal_point', countryCode: 'MN' },
      'body.countryCode: "MN" is not an SCO member state; use one of BY, CN, IN, IR, KG, KZ, PK, RU, TJ, UZ.',
    ],
    [
      { email: 'secr@example.org', password: testPassword, role: 'secretariat', countryCode: 'CN' },
      'body.countryCode: Only focal points have a country; leave it empty for the role secretariat.',
    ],
  ])('rejects %j with 400 and writes nothing', async (payload, detail) => {
    const admin = await signIn(app, { role: 'admin' });
    const before = await auditCount();
    const response = await createAs(admin.headers, payload);
    expect(response.statusCode).toBe(400);
    expect(problem(response)).toMatchObject({ code: 'validation_failed', detail });
    expect(await auditCount()).toBe(before);
  });

  it('answers 409 for an e-mail that is taken, whatever its case', async () => {
    const admin = await signIn(app, { role: 'admin' });
    const existing = await addUser('secretariat');
    const response = await createAs(admin.headers, {
      email: existing.email.toUpperCase(),
      password: testPassword,
      role: 'admin',
    });
    expect(response.statusCode).toBe(409);
    expect(problem(response)).toMatchObject({
      code: 'conflict',
      detail: `A user with the e-mail ${existing.email} already exists.`,
    });
  });

  it('writes the user and its audit entry in one transaction: when the entry fails, no user is left behind', async () => {
    const admin = await signIn(app, { role: 'admin' });
    await db.execute(
      sql.raw(`
      create function test_refuse_user_audit() returns trigger as $$
      begin
        if new.action = 'user.create' then raise exception 'audit refused by the test'; end if;
        return new;
      end; $$ language plpgsql`),
    );
    await db.execute(
      sql.raw(
        'create trigger test_refuse_user_audit before insert on audit_log for each row execute function test_refuse_user_audit()',
      ),
    );
    try {
      const before = await auditCount();
      const response = await createAs(admin.headers, {
        email: 'atomic@example.org',
        password: testPassword,
        role: 'secretariat',
      });
      expect(response.statusCode).toBe(500);
      expect(await db.select().from(users).where(eq(users.email, 'atomic@example.org'))).toEqual([]);
      expect(await auditCount()).toBe(before);
    } finally {
      await db.execute(sql.raw('drop trigger test_refuse_user_audit on audit_log'));
      await db.execute(sql.raw('drop function test_refuse_user_audit()'));
    }
    const retried = await createAs(admin.headers, {
      email: 'atomic@example.org',
      password: testPassword,
      role: 'secretariat',
    });
    expect(retried.statusCode).toBe(201);
  });
});

describe('POST /api/v1/users/:id/disable', () => {
  const disable = (id: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/api/v1/users/${id}/disable`, headers });

  it('is 401 signed out and 403 for non-admins', async () => {
    const target = await addUser('secretariat');
    expect((await disable(target.id)).statusCode).toBe(401);
    const focal = await signIn(app, { role: 'focal_point' });
    expect((await disable(target.id, focal.headers)).statusCode).toBe(403);
  });

  it('answers 400 for a malformed id, 404 for an unknown one and 409 for oneself', async () => {
    const admin = await signIn(app, { role: 'admin' });
    const malformed = await disable('42', admin.headers);
    expect(malformed.statusCode).toBe(400);
    expect(problem(malformed).detail).toBe('params.id: The user id must be a UUID.');
    const unknown = await disable('00000000-0000-4000-8000-000000000000', admin.headers);
    expect(unknown.statusCode).toBe(404);
    expect(problem(unknown).code).toBe('not_found');
    const self = await disable(admin.user.id, admin.headers);
    expect(self.statusCode).toBe(409);
    expect(problem(self)).toMatchObject({ code: 'conflict', detail: 'You cannot disable your own account.' });
  });

  it('disables the account, ends its sessions at once and records user.disable once', async () => {
    const admin = await signIn(app, { role: 'admin' });
    const target = await signIn(app, { role: 'focal_point', countryCode: 'IN' });
    const response = await disable(target.user.id, admin.headers);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ id: target.user.id, disabled: true });
    expect(await lastAuditEntry()).toMatchObject({
      action: 'user.disable',
      actorId: admin.user.id,
      entityType: 'user',
      entityId: target.user.id,
      before: { disabled: false },
      after: { disabled: true, endedSessions: 1 },
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: target.headers })).statusCode).toBe(401);
    expect((await login(target.user.email, testPassword)).statusCode).toBe(401);

    const before = await auditCount();
    const again = await disable(target.user.id, admin.headers);
    expect(again.statusCode).toBe(200);
    expect(await auditCount()).toBe(before);
  });
});

describe('the audit log after all of the above', () => {
  it('still verifies, and holds one session.create per successful sign-in of this file', async () => {
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, brokenAt: null });
    const [created] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'session.create'));
    const [succeeded] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.succeeded, true)));
    expect(created?.n).toBe(succeeded?.n);
  });
});
