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

export const meetingIdFor = (body: string, number: number) => `${bodySlugs[body] ?? 'meeting'}-${number}`;
export const statementIdFor = (meetingId: string, ordinal: number) => `${meetingId}-s${ordinal}`;
export const documentIdFor = (title: string) => `doc-${shortHash(title)}`;
export const eventIdFor = (name: string, startDate: string | null) => `evt-${shortHash(`${name}|${startDate ?? ''}`)}`;
export const initiativeIdFor = (title: string) => `ini-${shortHash(title)}`;
