import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { systemActor } from '../../../../packages/core/src/auth/actor.ts';
import { createUser } from '../../../../packages/core/src/auth/create-user.ts';
import type { Role } from '../../../../packages/core/src/auth/roles.ts';
import { testConnectionOf } from './test-platform.ts';

export interface SignInAs {
  role: Role;
  /** For focal points; defaults to KZ. Ignored for other roles. */
  countryCode?: string;
  /** Defaults to a fresh unique address. */
  email?: string;
}

export interface SignedIn {
  user: { id: string; email: string; role: Role; countryCode: string | null };
  /** `sco_session=…`, for the cookie header. */
  cookie: string;
  csrfToken: string;
  /** Cookie and CSRF headers, ready for `app.inject({ headers })`, reads and writes alike. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export const testPassword = 'correct horse battery staple';

let counter = 0;

/**
 * Creates a user through the use case (as the platform itself) and signs in through the API. Each call comes from
 * its own client address, so that tests never trip the per-address login rate limit of one another.
 */
export async function signIn(app: FastifyInstance, as: SignInAs): Promise<SignedIn> {
  const { db } = testConnectionOf(app);
  const email = as.email ?? `${as.role.replace('_', '-')}-${randomUUID().slice(0, 8)}@example.org`;
  const countryCode = as.role === 'focal_point' ? (as.countryCode ?? 'KZ') : null;
  const user = await createUser({
    db,
    actor: systemActor('test'),
    input: { email, password: testPassword, role: as.role, countryCode },
  });
  counter++;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: testPassword },
    remoteAddress: `10.77.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`,
  });
  if (response.statusCode !== 200) throw new Error(`signIn: login answered ${response.statusCode}: ${response.body}`);
  const sessionCookie = response.cookies.find((c) => c.name === 'sco_session');
  if (!sessionCookie) throw new Error('signIn: login set no sco_session cookie');
  const { csrfToken } = response.json() as { csrfToken: string };
  const cookie = `sco_session=${sessionCookie.value}`;
  return {
    user: { id: user.id, email: user.email, role: user.role, countryCode: user.countryCode },
    cookie,
    csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken },
  };
}
