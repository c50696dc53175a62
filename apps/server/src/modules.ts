import { agendaModule } from '../../../packages/agenda/src/index.ts';
import { accountsModule } from '../../../packages/core/src/auth/accounts-module.ts';
import type { PlatformModule } from '../../../packages/core/src/module/platform-module.ts';
import { notificationsModule } from '../../../packages/core/src/notifications/notifications-module.ts';
import { freightModule } from '../../../packages/freight/src/index.ts';
import { investmentModule } from '../../../packages/investment/src/index.ts';

/** The modules this platform is composed of, in the order their routes and seeds are registered. */
export const platformModules: readonly PlatformModule[] = [
  accountsModule,
  notificationsModule,
  agendaModule,
  investmentModule,
  freightModule,
];
