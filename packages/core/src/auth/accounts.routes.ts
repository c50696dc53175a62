import { z } from 'zod';
import { isDomainError } from '../errors.ts';
import { requireActor } from '../http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../module/platform-module.ts';
import {
  createUserInputSchema,
  loginRequestSchema,
  sessionResponseSchema,
  userIdParamsSchema,
  userResponseSchema,
  usersResponseSchema,
} from './accounts.schemas.ts';
import { createUser } from './create-user.ts';
import { disableUser } from './disable-user.ts';
import { listUsers } from './list-users.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { presentSessionUser, presentUserAccount } from './user.presenter.ts';

const tags = ['accounts'];
const signedIn = [{ session: [] }];
const signedInWrite = [{ session: [], csrf: [] }];

/** Routes of the accounts module, under /api/v1. */
export function registerAccountsRoutes(app: ApiApp, { db }: ModuleContext): void {
  // The domain says how long to wait; HTTP says it with Retry-After.
  app.addHook('onError', async (_request, reply, error) => {
    const seconds =
      isDomainError(error) && error.code === 'rate_limited' ? error.details?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
  });

  app.post(
    '/auth/login',
    {
      config: { csrfExempt: true },
      schema: {
        tags,
        summary: 'Sign in',
        description:
          'Checks the credentials and sets the HttpOnly session cookie `sco_session` (12 hours). Returns the CSRF token to send as ' +
          '`x-csrf-token` on writes. Wrong credentials: 401 `invalid_credentials`; too many failures: 429 `rate_limited` with Retry-After.',
        body: loginRequestSchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await signIn({ db, email: request.body.email, password: request.body.password, ip: request.ip });
      reply.setSessionCookie(result.sessionToken).header('cache-control', 'no-store');
      return { user: presentSessionUser(result.user), csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Sign out',
        description: 'Ends the session and clears its cookie. Without a session it only clears the cookie.',
        security: signedInWrite,
        response: { 204: z.null().describe('Signed out.') },
      },
    },
    async (request, reply) => {
      const session = request.userSession;
      if (session && request.actor) await signOut({ db, actor: request.actor, tokenHash: session.tokenHash });
      return reply.clearSessionCookie().code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user',
        description: 'The user and the CSRF token of the current session; 401 when signed out.',
        security: signedIn,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      requireActor(request);
      const session = request.userSession;
      if (!session) throw new Error('an actor without a session');
      reply.header('cache-control', 'no-store');
      return { user: presentSessionUser(session.user), csrfToken: session.csrfToken };
    },
  );

  app.get(
    '/users',
    {
      schema: { tags, summary: 'List accounts (admin)', security: signedIn, response: { 200: usersResponseSchema } },
    },
    async (request) => {
      requireActor(request, ['admin']);
      const users = await listUsers({ db });
      return { users: users.map(presentUserAccount) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create an account (admin)',
        description:
          'Focal points need the member state they act for; other roles have none. A taken e-mail: 409 `conflict`.',
        security: signedInWrite,
        body: createUserInputSchema,
        response: { 201: userResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ['admin']);
      const user = await createUser({ db, actor, input: request.body });
      return reply.code(201).send({ user: presentUserAccount(user) });
    },
  );

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags,
        summary: 'Disable an account (admin)',
        description:
          'Ends its sessions at once; it can no longer sign in. Disabling a disabled account changes nothing.',
        security: signedInWrite,
        params: userIdParamsSchema,
        response: { 200: userResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request, ['admin']);
      const user = await disableUser({ db, actor, userId: request.params.id });
      return { user: presentUserAccount(user) };
    },
  );
}
