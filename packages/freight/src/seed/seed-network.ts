import type { ModuleContext } from '../../../core/src/module/platform-module.ts';

export async function seedNetwork(_context: ModuleContext): Promise<void> {}
