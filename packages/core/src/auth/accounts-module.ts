import type { PlatformModule } from '../module/platform-module.ts';

/** Accounts: sign-in, sessions and user management. */
export const accountsModule: PlatformModule = {
  name: 'accounts',
  registerRoutes() {},
};
