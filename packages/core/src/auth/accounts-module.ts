import type { PlatformModule } from '../module/platform-module.ts';
import { registerAccountsRoutes } from './accounts.routes.ts';

/** Accounts: sign-in, sessions and user management. */
export const accountsModule: PlatformModule = {
  name: 'accounts',
  registerRoutes: registerAccountsRoutes,
};
