import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from './testing/test-platform.ts';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform?.close());

interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: unknown[]; responses?: Record<string, unknown> }>>;
}

const openApi = async () => (await platform.app.inject('/api/openapi.json')).json() as OpenApiDocument;

/** Writes anyone may make without a session: signing in starts one, signing out of none is a no-op. */
const publicWrites = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout']);

describe('the platform edge', () => {
  it('reports health with the engine in use', async () => {
    const response = await platform.app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', engine: platform.databaseUrl ? 'postgres' : 'pglite' });
  });

  it('publishes a valid OpenAPI document and a reference page', async () => {
    const document = await openApi();
    const validation = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0]);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    for (const path of [
      '/api/v1/statements',
      '/api/v1/documents',
      '/api/v1/events',
      '/api/v1/initiatives',
      '/api/v1/meetings',
      '/api/v1/countries',
      '/api/v1/reports',
    ]) {
      expect(document.paths[path]?.get, path).toBeDefined();
    }
    const docs = await platform.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API path with a problem document', async () => {
    const response = await platform.app.inject('/api/v1/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses every write without a session, and documents its security', async () => {
    const document = await openApi();
    const writes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
    );
    expect(writes.length).toBeGreaterThan(5);
    for (const { method, path, operation } of writes) {
      const key = `${method} ${path}`;
      if (publicWrites.has(key)) continue;
      expect(operation.security, key).toBeDefined();
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const response = await platform.app.inject({ method: method as 'POST', url, payload: {} });
      // Validation runs before authentication, so an empty body may be refused as invalid first; the module
      // tests send valid bodies without a session to each write route and expect 401.
      expect([400, 401], key).toContain(response.statusCode);
      expect(response.headers['content-type'], key).toContain('application/problem+json');
    }
  });
});
