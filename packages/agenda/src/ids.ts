import { createHash } from 'node:crypto';

/**
 * Deterministic identifiers: the same document, event or initiative named in a re-ingested text gets the same id,
 * so links and reports stay attached.
 */
const shortHash = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 12);

const bodySlugs: Record<string, string> = {
  heads_of_government: 'heads-of-government',
  heads_of_state: 'heads-of-state',
  ministers: 'ministers',
  other: 'meeting',
};

/**
 * A meeting is identified the same way in every language: by its body and number, or its date when the text gives
 * no number. A statement adopted at a meeting is a text of its own beside the meeting's communiqué or declaration.
 */
export const meetingIdFor = (meeting: { body: string; number: number | null; startDate: string; kind: string }) =>
  `${bodySlugs[meeting.body] ?? 'meeting'}-${meeting.number ?? meeting.startDate}${meeting.kind === 'statement' ? '-statement' : ''}`;
export const statementIdFor = (meetingId: string, ordinal: number) => `${meetingId}-s${ordinal}`;
export const documentIdFor = (title: string) => `doc-${shortHash(title)}`;
export const eventIdFor = (name: string, startDate: string | null) => `evt-${shortHash(`${name}|${startDate ?? ''}`)}`;
export const initiativeIdFor = (title: string) => `ini-${shortHash(title)}`;
