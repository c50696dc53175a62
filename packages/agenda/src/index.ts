import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../../core/src/auth/actor.ts';
import type { PlatformModule } from '../../core/src/module/platform-module.ts';
import { parseChineseText } from './ingest/zh/parse-chinese-text.ts';
import { ingestCommunique } from './persistence/ingest-communique.ts';
import { registerReadRoutes } from './routes/read-routes.ts';
import { registerWriteRoutes } from './routes/write-routes.ts';

export { parseChineseText } from './ingest/zh/parse-chinese-text.ts';
export { type IngestOutcome, ingestCommunique } from './persistence/ingest-communique.ts';

/** The official texts the platform starts with. */
export const seedTextFiles = [fileURLToPath(new URL('../seed/communique-24-zh.txt', import.meta.url))];

/** The agenda: communiqués as linked, searchable, trilingual data, and implementation reports. */
export const agendaModule: PlatformModule = {
  name: 'agenda',
  registerRoutes(app, context) {
    registerReadRoutes(app, context);
    registerWriteRoutes(app, context);
  },
  async seed({ db }) {
    for (const file of seedTextFiles) {
      const parsed = parseChineseText({ text: await readFile(file, 'utf8') });
      await ingestCommunique({ db, parsed, actor: systemActor('seed') });
    }
  },
};
