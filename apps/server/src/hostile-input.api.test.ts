import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../packages/core/src/auth/roles.ts';
import { type SignedIn, signIn } from './testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from './testing/test-platform.ts';

let platform: TestPlatform;
const sessions = new Map<Role, SignedIn>();

beforeAll(async () => {
  platform = await createTestPlatform();
  for (const role of ['business', 'focal_point', 'secretariat', 'forwarder', 'carrier'] as const) {
    sessions.set(role, await signIn(platform.app, { role, countryCode: 'KZ' }));
  }
});
afterAll(() => platform?.close());

interface Operation {
  method: string;
  path: string;
}

async function operations(): Promise<Operation[]> {
  const document = (await platform.app.inject('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** Path parameters no route expects: not an id, a well-formed id of nothing, an overlong one, markup, unicode. */
const hostileIds = [
  'not-an-id',
  '00000000-0000-4000-8000-000000000000',
  'x'.repeat(300),
  '%3Cscript%3E',
  '%E4%B8%8A%E5%90%88',
];

/** Bodies of every wrong shape. */
const hostileBodies: unknown[] = [
  {},
  [],
  'text',
  42,
  null,
  { id: { $ne: 1 }, title: 7, amount: -1, currency: 'XXX', stage: 'operating', status: 'published' },
  { email: 'a'.repeat(5000), language: 'fr', countryCode: 'ZZ', from: '2025-13-45', limit: -1 },
];

/** Query strings of wrong values for the usual filter names. */
const hostileQuery =
  '?limit=-5&offset=abc&page=0&q=%00&lang=fr&country=ZZZ&from=2025-99-99&to=yesterday&sort=drop&kind=x&id=1&demo=maybe';

describe('hostile input', () => {
  it('never answers 500 to any route, for anonymous readers and every role', async () => {
    const routes = await operations();
    expect(routes.length).toBeGreaterThan(50);
    const failures: string[] = [];
    const callers: (SignedIn | null)[] = [null, ...sessions.values()];
    for (const { method, path } of routes) {
      // Signing out would end the session the rest of the sweep uses.
      if (path === '/api/v1/auth/logout') continue;
      for (const id of path.includes('{') ? hostileIds : hostileIds.slice(0, 1)) {
        const url = path.replace(/\{[^}]+\}/g, id);
        for (const caller of callers) {
          const headers = caller?.headers ?? {};
          const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : hostileBodies;
          for (const body of bodies) {
            const response = await platform.app.inject({
              method: method as 'GET',
              url: method === 'GET' ? `${url}${hostileQuery}` : url,
              headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
              payload: body === undefined ? undefined : JSON.stringify(body),
            });
            if (response.statusCode >= 500) {
              failures.push(`${method} ${url} as ${caller ? 'signed in' : 'anonymous'}: ${response.statusCode}`);
            } else if (response.statusCode >= 400) {
              expect(response.headers['content-type'], `${method} ${url}`).toContain('application/problem+json');
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
