import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';

export function registerDocumentRoutes(_app: ApiApp, _context: ModuleContext) {}
