import type { ModuleContext } from '../../../core/src/module/platform-module.ts';

export async function seedIncentivesParks(_context: ModuleContext): Promise<void> {}
