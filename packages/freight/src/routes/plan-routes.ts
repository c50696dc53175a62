import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';

export function registerPlanRoutes(_app: ApiApp, _context: ModuleContext) {}
