import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import type { ParsedText } from '../ingest/types.ts';
import { meetings } from '../tables.ts';
import { attachTextVersion } from '../versions/attach-version.ts';
import { meetingIdOf, type StoreOutcome, storePrimaryText, type TextOrigin } from './store-text.ts';

/** What a text is to the meeting it belongs to: its first text, a new wording of it, or another language. */
export type TextMode = 'new' | 'replace' | 'version';

export async function modeOfText(tx: Db, parsed: ParsedText): Promise<{ meetingId: string; mode: TextMode }> {
  const meetingId = meetingIdOf(parsed);
  const [meeting] = await tx
    .select({ sourceLanguage: meetings.sourceLanguage })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) return { meetingId, mode: 'new' };
  return { meetingId, mode: meeting.sourceLanguage === parsed.language ? 'replace' : 'version' };
}

export type PublishOutcome = Pick<StoreOutcome, 'meetingId' | 'outcome'> & {
  mode: TextMode;
  /** What subscribers follow that the text speaks of; empty for a language version (its facts are the primary's). */
  reach: Pick<StoreOutcome, 'initiativeIds' | 'topics' | 'countryCodes'>;
};

/** Makes a parsed text public inside the caller's transaction: as the meeting's text, or as a language version. */
export async function publishParsedText(
  tx: Db,
  options: { parsed: ParsedText; origin: TextOrigin; actor: Actor },
): Promise<PublishOutcome> {
  const { meetingId, mode } = await modeOfText(tx, options.parsed);
  if (mode === 'version') {
    const result = await attachTextVersion(tx, { meetingId, ...options });
    return {
      meetingId,
      outcome: result.outcome,
      mode,
      reach: { initiativeIds: [], topics: [], countryCodes: [] },
    };
  }
  const result = await storePrimaryText(tx, options);
  return {
    meetingId,
    outcome: result.outcome,
    mode,
    reach: { initiativeIds: result.initiativeIds, topics: result.topics, countryCodes: result.countryCodes },
  };
}

/** Publishes a text straight away, in its own transaction: for the seed and for `sco ingest --publish`. */
export async function ingestText(options: {
  db: Db;
  parsed: ParsedText;
  origin: TextOrigin;
  actor: Actor;
}): Promise<PublishOutcome> {
  const { db, ...rest } = options;
  return db.transaction((tx) => publishParsedText(tx, rest));
}
