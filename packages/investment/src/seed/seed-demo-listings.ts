import type { ModuleContext } from '../../../core/src/module/platform-module.ts';

export async function seedDemoListings(_context: ModuleContext): Promise<void> {}
