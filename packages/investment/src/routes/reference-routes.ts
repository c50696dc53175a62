import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';

export function registerReferenceRoutes(_app: ApiApp, _context: ModuleContext) {}
