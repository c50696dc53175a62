import type { ModuleContext } from '../../../core/src/module/platform-module.ts';

export async function seedDemoShipments(_context: ModuleContext): Promise<void> {}
