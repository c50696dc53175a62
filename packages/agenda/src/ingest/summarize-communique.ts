import type { ParsedText } from './types.ts';

export interface CommuniqueSummary {
  statements: number;
  /** Documents counted once per title, however many statements cite them. */
  distinctDocuments: number;
  events: number;
  initiatives: number;
  participants: number;
}

/** Counts of what a parsed communiqué holds, for the CLI's ingest report. */
export function summarizeCommunique(parsed: ParsedText): CommuniqueSummary {
  const documentTitles = new Set(
    parsed.statements.flatMap((statement) => statement.documents.map((document) => document.title)),
  );
  return {
    statements: parsed.statements.length,
    distinctDocuments: documentTitles.size,
    events: parsed.statements.reduce((count, statement) => count + statement.events.length, 0),
    initiatives: parsed.statements.reduce((count, statement) => count + statement.initiatives.length, 0),
    participants: parsed.meeting.participants.length,
  };
}
