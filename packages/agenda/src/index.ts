import type { PlatformModule } from '../../core/src/module/platform-module.ts';

/** The agenda: communiqués as linked, searchable, trilingual data, and implementation reports. */
export const agendaModule: PlatformModule = {
  name: 'agenda',
  registerRoutes() {},
};
