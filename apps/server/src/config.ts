import { DomainError } from '../../../packages/core/src/errors.ts';

/** Configuration comes from the environment only. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL server; unset means the embedded PGlite engine in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Serve session cookies with the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new DomainError('validation_failed', `PORT must be a whole number from 0 to 65535, not "${env.PORT}".`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SCO_DATA_DIR || './data',
    secureCookies: env.SCO_SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
