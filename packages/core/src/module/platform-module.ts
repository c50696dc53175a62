import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db, Engine } from '../db/database.ts';

/** The Fastify instance modules register their routes on, typed for zod schemas. */
export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface ModuleContext {
  db: Db;
  engine: Engine;
}

/**
 * The contract every domain module fulfils. The server composes modules from a list of real imports
 * (apps/server/src/modules.ts); the core never imports a module.
 */
export interface PlatformModule {
  /** Short stable name, also the OpenAPI tag and the URL segment the module's routes live under, if any. */
  name: string;
  /** Registers the module's routes; the app is already prefixed with /api/v1. */
  registerRoutes(app: ApiApp, context: ModuleContext): Promise<void> | void;
  /** Loads the module's seed data on first start; must be idempotent. */
  seed?(context: ModuleContext): Promise<void>;
  /** Work the running server repeats, e.g. a sweep for deadlines passed. */
  jobs?: readonly PlatformJob[];
}

/**
 * A job runs when the server starts and then every `everyMs`. Several servers may run it at once, so each run
 * must be idempotent and safe to repeat.
 */
export interface PlatformJob {
  name: string;
  everyMs: number;
  run(context: ModuleContext): Promise<void>;
}
