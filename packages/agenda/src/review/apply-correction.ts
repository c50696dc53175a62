import { DomainError } from '../../../core/src/errors.ts';
import type { ParsedStatement, ParsedText } from '../ingest/types.ts';
import type { DraftCorrection } from './review-contracts.ts';

const statementAt = (parsed: ParsedText, ordinal: number): ParsedStatement => {
  const statement = parsed.statements.find((candidate) => candidate.ordinal === ordinal);
  if (!statement) {
    throw new DomainError('validation_failed', `ordinal: the text has no statement ${ordinal}.`, { field: 'ordinal' });
  }
  return statement;
};

const factsOf = { document: 'documents', event: 'events', initiative: 'initiatives' } as const;

/**
 * A reviewer's correction applied to a parsed text, returning a new one (the input is not changed). Entity
 * resolutions change nothing here: they are dictionary entries written when the draft is published.
 */
export function applyCorrection(options: { parsed: ParsedText; correction: DraftCorrection }): ParsedText {
  const parsed: ParsedText = structuredClone(options.parsed);
  const correction = options.correction;
  switch (correction.type) {
    case 'set_stance': {
      const statement = statementAt(parsed, correction.ordinal);
      statement.otherStances = statement.otherStances.filter((stance) => stance !== correction.stance);
      statement.stance = correction.stance;
      return parsed;
    }
    case 'set_topics':
      statementAt(parsed, correction.ordinal).topics = [...new Set(correction.topics)];
      return parsed;
    case 'set_actors': {
      const statement = statementAt(parsed, correction.ordinal);
      statement.actorKind = correction.actorKind;
      statement.actorCountryCodes = [...new Set(correction.countryCodes)].sort();
      return parsed;
    }
    case 'remove_fact':
    case 'set_initiative_stage': {
      const statement = statementAt(parsed, correction.ordinal);
      const key = correction.type === 'remove_fact' ? factsOf[correction.fact] : 'initiatives';
      const facts = statement[key] as unknown[];
      if (correction.index >= facts.length) {
        throw new DomainError(
          'validation_failed',
          `index: statement ${correction.ordinal} has ${facts.length} ${key}, no number ${correction.index}.`,
          { field: 'index' },
        );
      }
      if (correction.type === 'remove_fact') facts.splice(correction.index, 1);
      else statement.initiatives[correction.index]!.stage = correction.stage;
      return parsed;
    }
    case 'resolve_entity':
      return parsed;
    case 'set_header': {
      const meeting = parsed.meeting;
      if (correction.place !== undefined) meeting.place = correction.place;
      if (correction.number !== undefined) meeting.number = correction.number;
      if (correction.format !== undefined) meeting.format = correction.format;
      if (correction.startDate !== undefined) meeting.start = { date: correction.startDate, precision: 'day' };
      if (correction.endDate !== undefined) meeting.end = { date: correction.endDate, precision: 'day' };
      if (meeting.end.date < meeting.start.date) {
        throw new DomainError('validation_failed', 'endDate: the meeting cannot end before it starts.', {
          field: 'endDate',
        });
      }
      return parsed;
    }
  }
}
