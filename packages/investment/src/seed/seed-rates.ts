import type { ModuleContext } from '../../../core/src/module/platform-module.ts';

export async function seedRates(_context: ModuleContext): Promise<void> {}
