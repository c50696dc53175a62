import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';

export function registerAuthorityRoutes(_app: ApiApp, _context: ModuleContext) {}
