import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseConnection } from '../../../packages/core/src/db/database.ts';
import { registerSessionPlugin } from '../../../packages/core/src/http/session-plugin.ts';
import type { ApiApp, PlatformModule } from '../../../packages/core/src/module/platform-module.ts';
import type { MailSettings } from './config.ts';
import { frameworkErrorProblem, registerNulCharacterGuard, registerProblemHandlers } from './http/problem.ts';
import { startMailer } from './mail/smtp-mailer.ts';
import { platformModules } from './modules.ts';
import { startPlatformJobs } from './platform-jobs.ts';

export interface BuildAppOptions {
  connection: DatabaseConnection;
  modules?: readonly PlatformModule[];
  /** Folder of the built web app; when missing, only the API is served. */
  webDist?: string | null;
  secureCookies?: boolean;
  logLevel?: string;
  /** Send queued e-mail through this SMTP server while the app runs; without it e-mail waits in the outbox. */
  mail?: { settings: MailSettings; publicUrl: string | null } | null;
  /** Run the modules' jobs at start and on their schedule; tests leave them off and run them explicitly. */
  runJobs?: boolean;
}

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const apiVersionPrefix = '/api/v1';

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel ?? 'info' },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    frameworkErrors: frameworkErrorProblem,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerNulCharacterGuard(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SCO Cooperation Platform API',
        version: '1.0.0',
        description:
          'The SCO cooperation agenda as linked, searchable, trilingual data. Errors are application/problem+json with a stable `code`. ' +
          'Writes need a session cookie (POST /api/v1/auth/login) and the `x-csrf-token` header returned at login.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sco_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(cookie);
  registerSessionPlugin(app as unknown as ApiApp, {
    db: options.connection.db,
    secureCookies: options.secureCookies ?? false,
  });

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await options.connection.db.execute('select 1');
      return { status: 'ok' as const, engine: options.connection.engine };
    },
  );

  const context = { db: options.connection.db, engine: options.connection.engine };
  const modules = options.modules ?? platformModules;
  for (const module of modules) {
    await app.register(async (scope) => module.registerRoutes(scope as unknown as ApiApp, context), {
      prefix: apiVersionPrefix,
    });
  }

  const webDist = options.webDist === undefined ? defaultWebDist : options.webDist;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    // The SPA owns every non-API path; unknown API paths stay problem+json 404s.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (path.startsWith('/api/')) return reply.callNotFound();
      const file = path.slice(1);
      if (file && !file.includes('..') && existsSync(`${webDist}/${file}`)) return reply.sendFile(file);
      return reply.type('text/html').sendFile('index.html');
    });
  }

  // Background work starts once the app is ready and stops before its database connection closes.
  const stops: (() => Promise<void>)[] = [];
  const mail = options.mail;
  app.addHook('onReady', async () => {
    if (mail) {
      const mailer = startMailer({ connection: options.connection, ...mail, log: app.log });
      stops.push(() => mailer.stop());
    }
    if (options.runJobs) stops.push(startPlatformJobs({ modules, context, log: app.log }));
  });
  app.addHook('onClose', async () => {
    await Promise.all(stops.map((stop) => stop()));
  });

  await app.ready();
  return app;
}
