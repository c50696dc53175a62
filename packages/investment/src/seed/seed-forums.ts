import type { ModuleContext } from '../../../core/src/module/platform-module.ts';

export async function seedForums(_context: ModuleContext): Promise<void> {}
