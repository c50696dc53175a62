import type { CookieSerializeOptions } from '@fastify/cookie';
import { type ResolvedSession, resolveSession } from '../auth/resolve-session.ts';
import { sessionCookieName, sessionLifetimeSeconds, tokensMatch } from '../auth/session-token.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import type { ApiApp } from '../module/platform-module.ts';

export interface SessionPluginOptions {
  db: Db;
  secureCookies: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The live session behind `actor`, when the request carried a valid session cookie. */
    userSession: ResolvedSession | null;
  }
  interface FastifyReply {
    /** Sets the session cookie (HttpOnly, SameSite=Strict, Secure when the server is configured so). */
    setSessionCookie(token: string): FastifyReply;
    clearSessionCookie(): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Skip the CSRF check on this unsafe route: only for routes that create a session (login). */
    csrfExempt?: boolean;
  }
}

/** Methods that change state, and so need the CSRF header when a session cookie authenticates them. */
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const csrfHeaderName = 'x-csrf-token';

/**
 * Resolves the session cookie to `request.actor` and enforces CSRF on unsafe methods. A cookie that does not
 * resolve (unknown, expired, disabled user) leaves the request anonymous; a request authenticated by a session
 * must then carry that session's CSRF token in `x-csrf-token` on POST, PUT, PATCH and DELETE, or it is refused
 * with `csrf_failed` before its handler runs. Needs @fastify/cookie registered first.
 */
export function registerSessionPlugin(app: ApiApp, options: SessionPluginOptions): void {
  const cookieOptions: CookieSerializeOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secureCookies,
  };

  app.decorateRequest('actor', null);
  app.decorateRequest('userSession', null);
  app.decorateReply('setSessionCookie', function (token: string) {
    return this.setCookie(sessionCookieName, token, { ...cookieOptions, maxAge: sessionLifetimeSeconds });
  });
  app.decorateReply('clearSessionCookie', function () {
    return this.clearCookie(sessionCookieName, cookieOptions);
  });

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookieName];
    if (!token) return;
    const session = await resolveSession({ db: options.db, token });
    if (!session) return;
    if (unsafeMethods.has(request.method) && !request.routeOptions.config.csrfExempt) {
      const given = request.headers[csrfHeaderName];
      if (typeof given !== 'string' || given === '') {
        throw new DomainError(
          'csrf_failed',
          `This request needs the ${csrfHeaderName} header with the token returned at sign-in.`,
        );
      }
      if (!tokensMatch(session.csrfToken, given)) {
        throw new DomainError('csrf_failed', `The ${csrfHeaderName} header does not match this session.`);
      }
    }
    request.userSession = session;
    request.actor = session.actor;
  });
}
