import type { PlatformModule } from '../../packages/core/src/module/platform-module.ts';

/** Where the baseline answers, under the API prefix like every real route. */
export const baselinePath = '/api/v1/bench/baseline';

/**
 * A bench-only module: one route that sends a fixed, pre-serialised JSON payload. It runs through the same
 * Fastify instance, hooks (cookie and session lookup) and HTTP stack as the real routes, so the difference to
 * a real route is the route's own work: validation, database queries and serialisation.
 */
export function baselineModule(payload: { json: string }): PlatformModule {
  return {
    name: 'bench',
    registerRoutes(app) {
      app.get('/bench/baseline', { schema: { hide: true } }, (_request, reply) =>
        reply.type('application/json; charset=utf-8').send(payload.json),
      );
    },
  };
}
