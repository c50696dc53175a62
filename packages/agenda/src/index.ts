import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../../core/src/auth/actor.ts';
import type { PlatformModule } from '../../core/src/module/platform-module.ts';
import { todayUtc } from './alerts/overdue.ts';
import { sweepOverdueInitiatives } from './alerts/sweep-overdue-initiatives.ts';
import { parseText } from './ingest/parse-text.ts';
import { ingestText } from './persistence/publish-text.ts';
import type { TextOrigin } from './persistence/store-text.ts';
import { registerAlertRoutes } from './routes/alert-routes.ts';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerReadRoutes } from './routes/read-routes.ts';
import { registerReviewRoutes } from './routes/review-routes.ts';
import { registerWriteRoutes } from './routes/write-routes.ts';

export { type AgendaChange, notifyAgendaChange } from './alerts/notify-agenda-change.ts';
export { parseText } from './ingest/parse-text.ts';
export { ingestText, type PublishOutcome } from './persistence/publish-text.ts';
export {
  type AgendaDocumentRecord,
  type AgendaInitiativeRecord,
  findAgendaRecords,
} from './read/agenda-records.ts';

const seedFile = (name: string) => fileURLToPath(new URL(`../seed/${name}`, import.meta.url));

/**
 * The texts the platform starts with, published without review (they were reviewed when they were added here):
 * the official Chinese communiqué of the 24th Heads of Government meeting, and texts the project wrote restating
 * earlier meetings (see seed/SOURCES.md), labelled unofficial.
 */
// A source note is one free text, shown as written whatever the reader's language; the seed's notes are therefore
// written in all three languages.
const restatementNote =
  "本平台作者根据公开报道转述，事实真实，非正式措辞 · Изложение авторов платформы по открытым сообщениям: факты достоверны, формулировки неофициальные · Restated by the platform's authors from public reports: real facts, not the official wording (packages/agenda/seed/SOURCES.md)";

export const seedTexts: readonly ({ file: string } & TextOrigin)[] = [
  {
    file: seedFile('communique-24-zh.txt'),
    provenance: 'official',
    sourceNote:
      '联合公报中文正式文本 · Официальный текст Совместного коммюнике на китайском языке · Official Chinese text of the Joint Communiqué',
  },
  { file: seedFile('communique-18-ru.txt'), provenance: 'unofficial_translation', sourceNote: restatementNote },
  { file: seedFile('communique-18-en.txt'), provenance: 'unofficial_translation', sourceNote: restatementNote },
  { file: seedFile('communique-22-en.txt'), provenance: 'unofficial_translation', sourceNote: restatementNote },
  {
    file: seedFile('declaration-25-tianjin-en.txt'),
    provenance: 'unofficial_translation',
    sourceNote: restatementNote,
  },
];

/** The agenda: SCO texts as linked, searchable, trilingual data; their review; implementation reports. */
export const agendaModule: PlatformModule = {
  name: 'agenda',
  registerRoutes(app, context) {
    registerReadRoutes(app, context);
    registerWriteRoutes(app, context);
    registerReviewRoutes(app, context);
    registerAlertRoutes(app, context);
    registerExportRoutes(app, context);
  },
  jobs: [
    {
      name: 'overdue-initiatives',
      everyMs: 60 * 60 * 1000,
      run: async ({ db }) => {
        await sweepOverdueInitiatives({ db, today: todayUtc() });
      },
    },
  ],
  async seed({ db }) {
    for (const { file, ...origin } of seedTexts) {
      const parsed = parseText({ text: await readFile(file, 'utf8') });
      await ingestText({ db, parsed, origin, actor: systemActor('seed') });
    }
  },
};
