import type { PlatformModule } from '../module/platform-module.ts';
import { registerNotificationsRoutes } from './notifications.routes.ts';

/** Notifications: a user's in-app notices and the language of their e-mails. */
export const notificationsModule: PlatformModule = {
  name: 'notifications',
  registerRoutes: registerNotificationsRoutes,
};
