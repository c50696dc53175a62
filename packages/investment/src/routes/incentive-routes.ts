import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';

export function registerIncentiveRoutes(_app: ApiApp, _context: ModuleContext) {}
