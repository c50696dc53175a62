import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';

export function registerTrackingRoutes(_app: ApiApp, _context: ModuleContext) {}
